import {
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
import { VmPage } from './features/vm-page/VmPage';
import { useSelectedHostVms } from './features/vm-list/use-selected-host-vms';
import { VmList } from './features/vm-list/VmList';
import { useUiStore } from './stores/ui-store';

const MAIN_ID = 'virtdeck-main';

/**
 * The window: masthead, hosts sidebar, and in the content area either the selected
 * host's VM list with its toolbar or one VM's page.
 */
export function App() {
  const selectedVmUuid = useUiStore((state) => state.selectedVmUuid);
  const vmPageTab = useUiStore((state) => state.vmPageTab);
  useSelectedHostVms();
  const sidebar = (
    <PageSidebar>
      <PageSidebarBody>
        <HostsNav />
      </PageSidebarBody>
    </PageSidebar>
  );
  const vmPage = selectedVmUuid !== undefined && vmPageTab !== undefined;
  return (
    <>
      <Page
        masthead={<AppMasthead />}
        sidebar={sidebar}
        isManagedSidebar
        banner={<ConnectionLostBanner />}
        skipToContent={
          <SkipToContent href={`#${MAIN_ID}`}>
            {vmPage ? 'Skip to the virtual machine' : 'Skip to the virtual machines'}
          </SkipToContent>
        }
        mainContainerId={MAIN_ID}
        mainAriaLabel={vmPage ? 'Virtual machine' : 'Virtual machines of the selected host'}
        isContentFilled
      >
        {vmPage ? (
          <VmPage uuid={selectedVmUuid} tab={vmPageTab} />
        ) : (
          <PageSection
            padding={{ default: 'noPadding' }}
            hasBodyWrapper={false}
            isFilled
            className="vd-workspace"
          >
            <VmToolbar />
            <div className="vd-list-body">
              <VmList />
            </div>
          </PageSection>
        )}
      </Page>
      <ForceOffModal />
      <ShortcutsHelpModal />
      <ToastAlerts />
    </>
  );
}
