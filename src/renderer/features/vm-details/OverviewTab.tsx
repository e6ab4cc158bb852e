import { Alert, Grid, GridItem, Skeleton } from '@patternfly/react-core';
import type { VmSummary } from '../../../shared/dto';
import { useVmDetailsStore } from '../../stores/vm-details-store';
import { DisksTable } from './DisksTable';
import { LiveUsage } from './LiveUsage';
import { NicsTable } from './NicsTable';
import { OverviewList } from './OverviewList';

/** A VM at a glance: what it is, what it uses now, its disks and network cards (the page loads them). */
export function OverviewTab({ vm }: { vm: VmSummary }) {
  const entry = useVmDetailsStore((state) => state.byUuid[vm.uuid]);
  const details = entry?.details;
  return (
    <>
      {entry?.error && (
        <Alert variant="danger" isInline isPlain title={`Could not load details: ${entry.error}`} />
      )}
      <Grid hasGutter>
        <GridItem span={12} lg={7} xl={8}>
          <OverviewList vm={vm} details={details} />
        </GridItem>
        <GridItem span={12} lg={5} xl={4}>
          <LiveUsage uuid={vm.uuid} memoryKiB={vm.memoryKiB} />
        </GridItem>
        {details ? (
          <>
            <GridItem span={12} xl={6}>
              <DisksTable disks={details.disks} />
            </GridItem>
            <GridItem span={12} xl={6}>
              <NicsTable nics={details.nics} />
            </GridItem>
          </>
        ) : (
          !entry?.error && (
            <GridItem span={12}>
              <Skeleton height="6rem" screenreaderText="Loading devices" />
            </GridItem>
          )
        )}
      </Grid>
    </>
  );
}
