import { StrictMode } from 'react';
import { config as configureZod } from 'zod';
import { createRoot } from 'react-dom/client';
import '@patternfly/react-core/dist/styles/base.css';
import { createClient } from '../shared/ipc/client';
import { App } from './App';
import { ClientProvider } from './app/client-context';
import { syncStoresWithEvents } from './app/event-sync';
import { loadHosts } from './app/loaders';
import { syncRouteWithAddress } from './app/route-sync';
import { selectTransport } from './ipc/select-transport';
import { initPerfHooks } from './perf/perf-hooks';
import { useConnectionStore } from './stores/connection-store';
import { followOsTheme } from './theme/follow-os-theme';
// Last, so the app's few layout rules come after PatternFly's component styles.
import './styles/app.css';

// zod probes for eval() to speed up parsing; the CSP forbids eval, so tell it not to try.
configureZod({ jitless: true });
initPerfHooks();
followOsTheme(document.documentElement, window.matchMedia('(prefers-color-scheme: dark)'));

const client = createClient(selectTransport(() => useConnectionStore.getState().markLost()));
// Subscribe before the first list so no change between the two is missed.
syncStoresWithEvents(client);
// Before the hosts load: a host named in the address is selected instead of the first.
syncRouteWithAddress();
void loadHosts(client);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <ClientProvider client={client}>
      <App />
    </ClientProvider>
  </StrictMode>,
);
