// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runLifecycleAction } from '../../../src/renderer/app/lifecycle';
import {
  clearPendingAction,
  REBOOT_WAIT_MS,
  settlePendingAction,
  SHUTDOWN_OVERDUE_MS,
} from '../../../src/renderer/app/pending-actions';
import { blockedReason } from '../../../src/renderer/features/toolbar/lifecycle-actions';
import { hostBlockReason } from '../../../src/renderer/features/toolbar/use-host-block';
import { useNotificationsStore } from '../../../src/renderer/stores/notifications-store';
import { usePendingActionsStore } from '../../../src/renderer/stores/pending-actions-store';
import { useUiStore } from '../../../src/renderer/stores/ui-store';
import { FakeHost, HostFailure, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

const vm = makeVm(1, { name: 'db', state: 'running' });
const pending = () => usePendingActionsStore.getState().byUuid[vm.uuid];
const toasts = () => useNotificationsStore.getState().notifications;

beforeEach(() => {
  resetStores();
  vi.useFakeTimers();
});
afterEach(() => {
  clearPendingAction(vm.uuid);
  vi.useRealTimers();
});

const accepting = () => new FakeHost().handle('vms.lifecycle', () => vm);

describe('a shutdown the guest has been asked for', () => {
  it('waits while the guest is up and ends when the host reports it stopped', async () => {
    await runLifecycleAction(accepting().client(), vm, 'shutdown');
    expect(pending()).toEqual({ action: 'shutdown', accepted: true, overdue: false });
    settlePendingAction({ ...vm, state: 'shutdown' });
    expect(pending()?.action).toBe('shutdown');
    settlePendingAction({ ...vm, state: 'shutoff' });
    expect(pending()).toBeUndefined();
  });

  it('offers Force Off after a minute, which opens the confirmation, and takes it back once stopped', async () => {
    await runLifecycleAction(accepting().client(), vm, 'shutdown');
    vi.advanceTimersByTime(SHUTDOWN_OVERDUE_MS - 1);
    expect(toasts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(pending()?.overdue).toBe(true);
    const [offer] = toasts();
    expect(offer?.title).toBe('“db” has not shut down after a minute');
    offer?.action?.run();
    expect(useUiStore.getState().forceOffUuid).toBe(vm.uuid);
    settlePendingAction({ ...vm, state: 'shutoff' });
    expect(toasts()).toEqual([]);
  });

  it('does not wait when the host refuses the request', async () => {
    const host = new FakeHost()
      .handle('vms.lifecycle', () => {
        throw new HostFailure({ code: 'libvirt', message: 'no' });
      })
      .handle('vms.details', () => ({ ...vm, disks: [], nics: [] }));
    await runLifecycleAction(host.client(), vm, 'shutdown');
    expect(pending()).toBeUndefined();
    vi.advanceTimersByTime(SHUTDOWN_OVERDUE_MS);
    expect(toasts().map((t) => t.variant)).toEqual(['danger']);
  });
});

describe('a reboot the guest has been asked for', () => {
  it('ends with the next report of the VM after the host took the request', async () => {
    await runLifecycleAction(accepting().client(), vm, 'reboot');
    expect(pending()?.action).toBe('reboot');
    settlePendingAction(vm);
    expect(pending()).toBeUndefined();
  });

  it('ends by itself when no reboot is reported', async () => {
    await runLifecycleAction(accepting().client(), vm, 'reboot');
    vi.advanceTimersByTime(REBOOT_WAIT_MS);
    expect(pending()).toBeUndefined();
  });
});

describe('why a toolbar action is off', () => {
  const context = { vm, inFlight: undefined, pending: undefined, hostBlock: undefined };

  it('names a host that is away before anything else', () => {
    expect(hostBlockReason('reconnecting')).toBe('The host is reconnecting');
    expect(hostBlockReason('connected')).toBeUndefined();
    const hostBlock = hostBlockReason('reconnecting');
    expect(blockedReason({ ...context, action: 'destroy', hostBlock })).toBe(
      'The host is reconnecting',
    );
  });

  it('keeps Shut Down and Reboot off while one is pending, Force Off on', () => {
    const waiting = {
      ...context,
      pending: { action: 'shutdown', accepted: true, overdue: false },
    } as const;
    expect(blockedReason({ ...waiting, action: 'shutdown' })).toBe('Shutting down…');
    expect(blockedReason({ ...waiting, action: 'reboot' })).toBe('Shutting down…');
    expect(blockedReason({ ...waiting, action: 'destroy' })).toBeUndefined();
    expect(blockedReason({ ...context, action: 'start' })).toBe('');
  });
});
