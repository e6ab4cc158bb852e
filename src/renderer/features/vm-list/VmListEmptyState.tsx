import { EmptyState, EmptyStateBody, Spinner } from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons/dist/esm/icons/cubes-icon';
import { SearchIcon } from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { useVmsStore } from '../../stores/vms-store';

/** What the list area says when it has no rows: why, and what to do. */
export function VmListEmptyState({
  hostId,
  filter,
}: {
  hostId: string | undefined;
  filter: string;
}) {
  const load = useVmsStore((state) =>
    hostId === undefined ? undefined : state.loadByHost[hostId],
  );
  if (hostId === undefined) {
    return (
      <EmptyState titleText="No host selected" headingLevel="h2" icon={CubesIcon}>
        <EmptyStateBody>Choose a host in the sidebar to see its virtual machines.</EmptyStateBody>
      </EmptyState>
    );
  }
  if (load === undefined || load === 'loading') {
    return <EmptyState titleText="Loading virtual machines" headingLevel="h2" icon={Spinner} />;
  }
  if (load === 'failed') {
    return (
      <EmptyState titleText="Could not load virtual machines" headingLevel="h2" status="danger">
        <EmptyStateBody>
          Check the host&apos;s connection in the sidebar; the list reloads when it reconnects.
        </EmptyStateBody>
      </EmptyState>
    );
  }
  if (filter.trim() !== '') {
    return (
      <EmptyState titleText="No matching virtual machines" headingLevel="h2" icon={SearchIcon}>
        <EmptyStateBody>
          No virtual machine name contains “{filter.trim()}”. Clear the filter to see all.
        </EmptyStateBody>
      </EmptyState>
    );
  }
  return (
    <EmptyState titleText="No virtual machines" headingLevel="h2" icon={CubesIcon}>
      <EmptyStateBody>This host has no virtual machines yet.</EmptyStateBody>
    </EmptyState>
  );
}
