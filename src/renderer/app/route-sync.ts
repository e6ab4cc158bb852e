import { useUiStore } from '../stores/ui-store';
import { formatRoute, parseRoute, type Route } from './route';

/** The route the window shows now. */
function currentRoute(): Route {
  const ui = useUiStore.getState();
  if (ui.selectedHostId === undefined) return {};
  if (ui.selectedVmUuid === undefined || ui.vmPageTab === undefined)
    return { hostId: ui.selectedHostId };
  return { hostId: ui.selectedHostId, vm: { uuid: ui.selectedVmUuid, tab: ui.vmPageTab } };
}

function show(route: Route | undefined): void {
  if (!route) return;
  const ui = useUiStore.getState();
  if (route.hostId !== undefined) ui.selectHost(route.hostId);
  if (route.vm) ui.openVm(route.vm.uuid, route.vm.tab);
  else ui.closeVmPage();
}

/**
 * Keeps the address and the window in step, both ways: the address's route is shown at
 * start and on Back and Forward; what the user opens becomes a new history entry (a
 * change of tab replaces the entry, so Back leaves the VM rather than walking its tabs).
 * Returns a function that stops it.
 */
export function syncRouteWithAddress(win: Window = window): () => void {
  let applying = false;
  const apply = (): void => {
    applying = true;
    try {
      show(parseRoute(win.location.hash));
    } finally {
      applying = false;
    }
  };
  apply();
  let shown = formatRoute(currentRoute());
  const unsubscribe = useUiStore.subscribe(() => {
    const next = currentRoute();
    const hash = formatRoute(next);
    if (hash === shown) return;
    const before = parseRoute(shown) ?? {};
    shown = hash;
    if (applying) return;
    const sameVm =
      before.hostId === next.hostId && before.vm !== undefined && before.vm.uuid === next.vm?.uuid;
    // The first place shown (the start page, then the first host) is no step to go back to.
    if (sameVm || before.hostId === undefined) win.history.replaceState(null, '', hash);
    else win.history.pushState(null, '', hash);
  });
  win.addEventListener('popstate', apply);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', apply);
  };
}
