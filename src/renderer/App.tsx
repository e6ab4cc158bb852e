import {
  Drawer,
  DrawerContent,
  DrawerContentBody,
  DrawerPanelContent,
  Page,
  PageSection,
  PageSidebar,
  PageSidebarBody,
  SkipToContent,
} from '@patternfly/react-core';
import { AppMasthead } from './AppMasthead';
import { HostsNav } from './features/hosts/HostsNav';
import { ConnectionLostBanner } from './features/notifications/ConnectionLostBanner';
import { ToastAlerts } from './features/notifications/ToastAlerts';
import { ForceOffModal } from './features/toolbar/ForceOffModal';
import { ShortcutsHelpModal } from './features/toolbar/ShortcutsHelpModal';
import { VmToolbar } from './features/toolbar/VmToolbar';
import { VmDetailsPanel } from './features/vm-details/VmDetailsPanel';
import { useSelectedHostVms } from './features/vm-list/use-selected-host-vms';
import { VmList } from './features/vm-list/VmList';
import { useUiStore } from './stores/ui-store';

const MAIN_ID = 'virtdeck-main';

/** The window: masthead, hosts sidebar, toolbar, and the VM list with the details pane below it. */
export function App() {
  const selectedVmUuid = useUiStore((state) => state.selectedVmUuid);
  useSelectedHostVms();
  const sidebar = (
    <PageSidebar>
      <PageSidebarBody>
        <HostsNav />
      </PageSidebarBody>
    </PageSidebar>
  );
  return (
    <>
      <Page
        masthead={<AppMasthead />}
        sidebar={sidebar}
        isManagedSidebar
        banner={<ConnectionLostBanner />}
        skipToContent={
          <SkipToContent href={`#${MAIN_ID}`}>Skip to the virtual machines</SkipToContent>
        }
        mainContainerId={MAIN_ID}
        mainAriaLabel="Virtual machines of the selected host"
        isContentFilled
      >
        <PageSection
          padding={{ default: 'noPadding' }}
          hasBodyWrapper={false}
          isFilled
          className="vd-workspace"
        >
          <VmToolbar />
          <Drawer
            isExpanded={selectedVmUuid !== undefined}
            isInline
            position="bottom"
            className="vd-drawer"
          >
            <DrawerContent
              panelContent={
                selectedVmUuid === undefined ? (
                  <DrawerPanelContent />
                ) : (
                  // Not keyed by VM: the pane stays mounted, and keeps its size, as the selection moves.
                  <VmDetailsPanel uuid={selectedVmUuid} />
                )
              }
            >
              <DrawerContentBody className="vd-list-body">
                <VmList />
              </DrawerContentBody>
            </DrawerContent>
          </Drawer>
        </PageSection>
      </Page>
      <ForceOffModal />
      <ShortcutsHelpModal />
      <ToastAlerts />
    </>
  );
}
