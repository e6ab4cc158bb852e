import { EmptyState, EmptyStateBody, Spinner } from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons/dist/esm/icons/cubes-icon';
import { DisconnectedIcon } from '@patternfly/react-icons/dist/esm/icons/disconnected-icon';
import { SearchIcon } from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { HostConnectionAlert } from '../hosts/HostConnectionAlert';
import { useHostsStore } from '../../stores/hosts-store';
import { useVmsStore } from '../../stores/vms-store';

interface Props {
  hostId: string | undefined;
  filter: string;
}

/** What the list area says when it has no rows: why, and what to do. */
export function VmListEmptyState({ hostId, filter }: Props) {
  const host = useHostsStore((state) => state.hosts.find((h) => h.id === hostId));
  const load = useVmsStore((state) =>
    hostId === undefined ? undefined : state.loadByHost[hostId],
  );
  if (!host) {
    return (
      <EmptyState titleText="No host selected" headingLevel="h2" icon={CubesIcon}>
        <EmptyStateBody>Choose a host in the sidebar to see its virtual machines.</EmptyStateBody>
      </EmptyState>
    );
  }
  if (host.status === 'connecting') {
    return <EmptyState titleText={`Connecting to ${host.name}`} headingLevel="h2" icon={Spinner} />;
  }
  if (host.status !== 'connected') {
    // The alert says what the app is doing about the connection and offers the retry.
    return (
      <>
        <HostConnectionAlert />
        <EmptyState
          titleText="No virtual machines to show yet"
          headingLevel="h2"
          icon={DisconnectedIcon}
        >
          <EmptyStateBody>
            The list appears as soon as {host.name} is connected again.
          </EmptyStateBody>
        </EmptyState>
      </>
    );
  }
  if (load === undefined || load === 'loading') {
    return <EmptyState titleText="Loading virtual machines" headingLevel="h2" icon={Spinner} />;
  }
  if (load === 'failed') {
    return (
      <EmptyState titleText="Could not load virtual machines" headingLevel="h2" status="danger">
        <EmptyStateBody>
          The notification says why. The list is fetched again when the host reconnects.
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
