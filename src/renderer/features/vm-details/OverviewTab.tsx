import { useEffect } from 'react';
import { Alert, Grid, GridItem, Skeleton } from '@patternfly/react-core';
import type { VmSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { loadVmDetails } from '../../app/loaders';
import { useVmDetailsStore } from '../../stores/vm-details-store';
import { DisksTable } from './DisksTable';
import { LiveUsage } from './LiveUsage';
import { NicsTable } from './NicsTable';
import { OverviewList } from './OverviewList';

/**
 * A VM at a glance: what it is, what it uses now, its disks and network cards. Details
 * are fetched when shown and again whenever the VM's summary changes (a 'vm.changed'
 * event or an action's answer), so they follow the host without polling.
 */
export function OverviewTab({ vm }: { vm: VmSummary }) {
  const entry = useVmDetailsStore((state) => state.byUuid[vm.uuid]);
  useVmDetails(vm);
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

/** Loads the VM's details now and after each change of its summary. */
export function useVmDetails(vm: VmSummary): void {
  const client = useClient();
  useEffect(() => {
    void loadVmDetails(client, vm.hostId, vm.uuid);
  }, [client, vm]);
}
