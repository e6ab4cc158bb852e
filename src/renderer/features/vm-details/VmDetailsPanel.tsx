import { useEffect, useState } from 'react';
import {
  Alert,
  DrawerActions,
  DrawerCloseButton,
  DrawerHead,
  DrawerPanelBody,
  DrawerPanelContent,
  Grid,
  GridItem,
  Skeleton,
  Tab,
  Tabs,
  TabTitleText,
  Title,
} from '@patternfly/react-core';
import { useClient } from '../../app/client-context';
import { loadVmDetails } from '../../app/loaders';
import { VmStateIndicator } from '../../components/VmStateIndicator';
import { useUiStore } from '../../stores/ui-store';
import { useVmDetailsStore } from '../../stores/vm-details-store';
import { useVmsStore } from '../../stores/vms-store';
import { ConsoleSection } from '../console/ConsoleSection';
import { DisplaySection } from '../display/DisplaySection';
import { DevicesSection } from '../devices/DevicesSection';
import { DisksTable } from './DisksTable';
import { LiveUsage } from './LiveUsage';
import { NicsTable } from './NicsTable';
import { OverviewList } from './OverviewList';

const DETAILS_TABS = ['overview', 'console', 'display'] as const;
type DetailsTab = (typeof DETAILS_TABS)[number];

/**
 * The selected VM in depth, in a resizable pane under the list. Details are fetched on
 * selection and again whenever the VM's summary changes (a 'vm.changed' event or an
 * action's answer), so they follow the host without polling.
 */
export function VmDetailsPanel({ uuid }: { uuid: string }) {
  const client = useClient();
  const vm = useVmsStore((state) => state.byUuid[uuid]);
  const entry = useVmDetailsStore((state) => state.byUuid[uuid]);
  const selectVm = useUiStore((state) => state.selectVm);
  const [tab, setTab] = useState<DetailsTab>('overview');

  useEffect(() => {
    if (vm) void loadVmDetails(client, vm.hostId, vm.uuid);
  }, [client, vm]);

  if (!vm) return <DrawerPanelContent />;
  const details = entry?.details;
  return (
    <DrawerPanelContent
      role="region"
      aria-label={`Details of ${vm.name}`}
      className="vd-details"
      isResizable
      defaultSize="46%"
      minSize="180px"
      resizeAriaLabel="Resize the details pane"
    >
      <DrawerHead className="vd-details-head">
        <div className="vd-details-title">
          <Title headingLevel="h2" size="lg">
            {vm.name}
          </Title>
          <VmStateIndicator state={vm.state} />
        </div>
        <DrawerActions>
          <DrawerCloseButton aria-label="Close details" onClick={() => selectVm(undefined)} />
        </DrawerActions>
      </DrawerHead>
      <DrawerPanelBody className="vd-details-body">
        <Tabs
          activeKey={tab}
          onSelect={(_event, key) =>
            setTab(DETAILS_TABS.find((name) => name === key) ?? 'overview')
          }
          aria-label="Views of the VM"
          mountOnEnter
          unmountOnExit
        >
          <Tab eventKey="overview" title={<TabTitleText>Overview</TabTitleText>}>
            {entry?.error && (
              <Alert
                variant="danger"
                isInline
                isPlain
                title={`Could not load details: ${entry.error}`}
              />
            )}
            <Grid hasGutter>
              <GridItem span={12} lg={7} xl={8}>
                <OverviewList vm={vm} details={details} />
              </GridItem>
              <GridItem span={12} lg={5} xl={4}>
                <LiveUsage uuid={uuid} memoryKiB={vm.memoryKiB} />
              </GridItem>
              {details ? (
                <>
                  <GridItem span={12} lg={6}>
                    <DisksTable disks={details.disks} />
                  </GridItem>
                  <GridItem span={12} lg={6}>
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
              <GridItem span={12}>
                <DevicesSection vm={vm} />
              </GridItem>
            </Grid>
          </Tab>
          <Tab eventKey="console" title={<TabTitleText>Serial console</TabTitleText>}>
            <ConsoleSection key={vm.uuid} vm={vm} />
          </Tab>
          <Tab eventKey="display" title={<TabTitleText>Display</TabTitleText>}>
            <DisplaySection key={vm.uuid} vm={vm} />
          </Tab>
        </Tabs>
      </DrawerPanelBody>
    </DrawerPanelContent>
  );
}
