import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { createAppCore } from '../app-core';
import { startLoopbackDisplayServer } from '../display/loopback-display-server';
import { APP_ORIGIN, APP_PAGE_URL, registerAppScheme, serveAppProtocol } from './app-protocol';
import { confirmLocalProgramWith } from './confirm-program';
import { hardenContents, hardenSession } from './harden';
import { bridgeIpc, forwardEvents } from './ipc-bridge';
import { mainWindowOptions } from './window-options';

/** The desktop shell: app lifecycle and the window. Everything else lives in AppCore. */
const core = createAppCore({
  configDir: process.env['VIRTDECK_CONFIG_DIR'] ?? app.getPath('userData'),
  confirmLocalProgram: confirmLocalProgramWith(
    dialog,
    () => BrowserWindow.getFocusedWindow() ?? undefined,
  ),
});
let displayServer: ReturnType<typeof startLoopbackDisplayServer> | undefined;
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

registerAppScheme(protocol);

function createMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  hardenContents(window.webContents, APP_PAGE_URL, (url) => void shell.openExternal(url));
  forwardEvents(core, window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_PAGE_URL);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(async () => {
  hardenSession(session.defaultSession);
  serveAppProtocol(protocol, net, rendererDir);
  bridgeIpc(ipcMain, core, APP_PAGE_URL);
  // The page has no server of its own: display sockets (VNC) need a loopback endpoint,
  // known before the first window can ask for a display.
  displayServer = startLoopbackDisplayServer(core.displays, APP_ORIGIN);
  core.displays.endpoint = (await displayServer).url;
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void displayServer?.then((server) => server.close());
  void core.close();
});
