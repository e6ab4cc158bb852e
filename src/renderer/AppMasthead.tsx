import {
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  MastheadToggle,
  PageToggleButton,
} from '@patternfly/react-core';
import { BarsIcon } from '@patternfly/react-icons/dist/esm/icons/bars-icon';
import { ServerIcon } from '@patternfly/react-icons/dist/esm/icons/server-icon';
import { HostStatusText } from './features/hosts/HostStatusText';
import { VmCount } from './features/vm-list/VmCount';
import { useHostsStore } from './stores/hosts-store';
import { useUiStore } from './stores/ui-store';

export function AppMasthead() {
  const hostId = useUiStore((state) => state.selectedHostId);
  const host = useHostsStore((state) => state.hosts.find((h) => h.id === hostId));
  const hostName = host?.name;
  return (
    <Masthead>
      {/* React places this in the document head: the window title follows the host. */}
      <title>{hostName ? `${hostName} — Virtdeck` : 'Virtdeck'}</title>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton isHamburgerButton aria-label="Show or hide the hosts sidebar">
            <BarsIcon />
          </PageToggleButton>
        </MastheadToggle>
        <MastheadBrand>
          <MastheadLogo component="span" className="vd-brand">
            Virtdeck
          </MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        {hostName && (
          <div className="vd-masthead-host">
            <ServerIcon aria-hidden="true" />
            {/* The window is about one host's VMs, so the host is the page's main heading. */}
            <h1 className="vd-masthead-title">{hostName}</h1>
            <span className="vd-masthead-count">
              <VmCount />
            </span>
            {host && host.status !== 'connected' && <HostStatusText host={host} />}
          </div>
        )}
      </MastheadContent>
    </Masthead>
  );
}
