import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options. The renderer gets no Node and no Electron: it is isolated,
 * sandboxed, and reaches the host side only through the preload's allowlisted bridge.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 560,
    title: 'Virtdeck',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

