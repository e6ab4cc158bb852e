import { useRef } from 'react';
import {
  Bullseye,
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  PageSection,
  Spinner,
  Tab,
  Tabs,
  TabTitleText,
} from '@patternfly/react-core';
import type { VmSummary } from '../../../shared/dto';
import { useUiStore } from '../../stores/ui-store';
import { useVmsStore } from '../../stores/vms-store';
import { ConsoleSection } from '../console/ConsoleSection';
import { DevicesSection } from '../devices/DevicesSection';
import { DisplaySection } from '../display/DisplaySection';
import { OverviewTab } from '../vm-details/OverviewTab';
import { FullscreenButton } from './FullscreenButton';
import { useEscapeGoesBack } from './use-escape-goes-back';
import { useVmDetails } from './use-vm-details';
import { VmPageHeader } from './VmPageHeader';
import { isVmTab, VM_TAB_TITLES, VM_TABS, type VmTab } from './vm-tabs';

/**
 * One VM's page, filling the content area: its header (name, state, actions, the way
 * back to the list) and its tabs. The console and the display get all the room left
 * and can go full screen. The page is keyed by the VM, so each VM opens at its top.
 */
export function VmPage({ uuid, tab }: { uuid: string; tab: VmTab }) {
  const vm = useVmsStore((state) => state.byUuid[uuid]);
  const closeVmPage = useUiStore((state) => state.closeVmPage);
  useEscapeGoesBack(closeVmPage);
  if (!vm) return <VmNotHere uuid={uuid} onBack={closeVmPage} />;
  return <VmPageBody key={vm.uuid} vm={vm} tab={tab} />;
}

function VmPageBody({ vm, tab }: { vm: VmSummary; tab: VmTab }) {
  const setVmTab = useUiStore((state) => state.setVmTab);
  const consoleArea = useRef<HTMLDivElement>(null);
  const displayArea = useRef<HTMLDivElement>(null);
  useVmDetails(vm);
  return (
    <section className="vd-vm-page" aria-label={`Details of ${vm.name}`}>
      <VmPageHeader vm={vm} />
      <Tabs
        className="vd-vm-tabs"
        activeKey={tab}
        onSelect={(_event, key) => {
          const name = String(key);
          if (isVmTab(name)) setVmTab(name);
        }}
        aria-label={`Views of ${vm.name}`}
        mountOnEnter
        unmountOnExit
      >
        {VM_TABS.map((name) => (
          <Tab
            key={name}
            eventKey={name}
            title={<TabTitleText>{VM_TAB_TITLES[name]}</TabTitleText>}
          />
        ))}
      </Tabs>
      <PageSection
        className={`vd-vm-tab-body vd-vm-tab-body--${tab}`}
        hasBodyWrapper={false}
        role="tabpanel"
        aria-label={VM_TAB_TITLES[tab]}
      >
        {tab === 'overview' && <OverviewTab vm={vm} />}
        {tab === 'hardware' && <DevicesSection vm={vm} />}
        {tab === 'console' && (
          <div ref={consoleArea} className="vd-vm-fill">
            <ConsoleSection
              vm={vm}
              actions={<FullscreenButton area={consoleArea} what="console" />}
            />
          </div>
        )}
        {tab === 'display' && (
          <div ref={displayArea} className="vd-vm-fill">
            <DisplaySection
              vm={vm}
              actions={<FullscreenButton area={displayArea} what="display" />}
            />
          </div>
        )}
      </PageSection>
    </section>
  );
}

/** The address names a VM this host does not have (any more), or its list is still coming. */
function VmNotHere({ uuid, onBack }: { uuid: string; onBack: () => void }) {
  const hostId = useUiStore((state) => state.selectedHostId);
  const load = useVmsStore((state) =>
    hostId === undefined ? undefined : state.loadByHost[hostId],
  );
  if (load === undefined || load === 'loading') {
    return (
      <Bullseye>
        <Spinner aria-label="Loading the VM" />
      </Bullseye>
    );
  }
  return (
    <EmptyState titleText="This VM is not on the host" headingLevel="h1">
      <EmptyStateBody>
        No VM with the UUID {uuid} is on this host: it may have been deleted, or the address is from
        another host.
      </EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Button variant="primary" onClick={onBack}>
            Back to the VM list
          </Button>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
}
