// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContractTransport } from '../../../src/shared/ipc/client';
import { BRIDGE_GLOBAL } from '../../../src/shared/ipc/wire';
import { selectTransport } from '../../../src/renderer/ipc/select-transport';

afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  vi.unstubAllGlobals();
});

describe('transport choice', () => {
  it('uses the Electron bridge when the preload exposed one', () => {
    const bridge: ContractTransport = { invoke: vi.fn(), subscribe: vi.fn() };
    (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge;
    const openSocket = vi.fn();
    vi.stubGlobal('WebSocket', openSocket);
    expect(selectTransport(() => undefined)).toBe(bridge);
    expect(openSocket).not.toHaveBeenCalled();
  });

  it('opens a WebSocket to the page’s host otherwise', () => {
    const urls: string[] = [];
    vi.stubGlobal(
      'WebSocket',
      class {
        constructor(url: string) {
          urls.push(url);
        }
        addEventListener() {}
      },
    );
    selectTransport(() => undefined);
    // No token in the address: the cookie the printed link set is the credential.
    expect(urls).toEqual([`ws://${window.location.host}/ws`]);
  });
});
