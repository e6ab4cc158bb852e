// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BY_STATE, LifecycleAction, VmState } from '../../../src/shared/dto';
import { failureMessage, runLifecycleAction } from '../../../src/renderer/app/lifecycle';
import {
  ACTION_LABELS,
  isActionEnabled,
  TOOLBAR_ACTIONS,
} from '../../../src/renderer/features/toolbar/lifecycle-actions';
import {
  ACTION_SHORTCUTS,
  actionForShortcut,
  isHelpShortcut,
} from '../../../src/renderer/features/toolbar/shortcuts';
import { useNotificationsStore } from '../../../src/renderer/stores/notifications-store';
import { useUiStore } from '../../../src/renderer/stores/ui-store';
import { useVmsStore } from '../../../src/renderer/stores/vms-store';
import { FakeHost, HostFailure, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

beforeEach(resetStores);

const key = (code: string, extra: Partial<KeyboardEvent> = {}) => ({
  code,
  key: '',
  ctrlKey: true,
  altKey: true,
  metaKey: false,
  shiftKey: false,
  repeat: false,
  ...extra,
});

describe('action enablement', () => {
  it('offers exactly the actions libvirt allows in each state', () => {
    for (const state of VmState.options) {
      const vm = makeVm(1, { state });
      const enabled = TOOLBAR_ACTIONS.filter((action) => isActionEnabled(vm, action));
      expect(new Set(enabled)).toEqual(new Set(ACTIONS_BY_STATE[state]));
    }
  });

  it('enables only Run for a shut-off VM and nothing without a selection', () => {
    const enabled = TOOLBAR_ACTIONS.filter((a) =>
      isActionEnabled(makeVm(1, { state: 'shutoff' }), a),
    );
    expect(enabled.map((a) => ACTION_LABELS[a])).toEqual(['Run']);
    expect(TOOLBAR_ACTIONS.some((a) => isActionEnabled(undefined, a))).toBe(false);
  });

  it('names the buttons as the page objects expect', () => {
    expect(TOOLBAR_ACTIONS.map((a) => ACTION_LABELS[a])).toEqual([
      'Run',
      'Shut Down',
      'Reboot',
      'Force Off',
      'Pause',
      'Resume',
    ]);
  });
});

describe('keyboard shortcuts', () => {
  it('maps Ctrl+Alt+letter to each action, one letter per action', () => {
    for (const action of LifecycleAction.options) {
      expect(actionForShortcut(key(ACTION_SHORTCUTS[action].code))).toBe(action);
    }
    const codes = Object.values(ACTION_SHORTCUTS).map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('ignores the letters without both Ctrl and Alt, or with Shift', () => {
    expect(actionForShortcut(key('KeyR', { altKey: false }))).toBeUndefined();
    expect(actionForShortcut(key('KeyR', { ctrlKey: false }))).toBeUndefined();
    expect(actionForShortcut(key('KeyR', { shiftKey: true }))).toBeUndefined();
  });

  it('opens help on ?', () => {
    expect(
      isHelpShortcut(key('Slash', { key: '?', ctrlKey: false, altKey: false, shiftKey: true })),
    ).toBe(true);
    expect(isHelpShortcut(key('Slash', { key: '/', ctrlKey: false, altKey: false }))).toBe(false);
  });
});

describe('running an action', () => {
  it('stores the VM the host answers with', async () => {
    const vm = makeVm(1, { state: 'shutoff' });
    const host = new FakeHost().handle('vms.lifecycle', () => ({ ...vm, state: 'running' }));
    await runLifecycleAction(host.client(), vm, 'start');
    expect(useVmsStore.getState().byUuid[vm.uuid]?.state).toBe('running');
    expect(useUiStore.getState().actionsInFlight).toEqual({});
  });

  it('raises a toast naming VM, action and reason, then re-reads the VM', async () => {
    const vm = makeVm(1, { name: 'fedora-40', state: 'shutoff' });
    const reason = 'Requested operation is not valid: domain is already running';
    const host = new FakeHost()
      .handle('vms.lifecycle', () => {
        throw new HostFailure({ code: 'operation-invalid', message: reason });
      })
      .handle('vms.details', () => ({ ...vm, state: 'running', disks: [], nics: [] }));
    useVmsStore.getState().upsertVm(vm);

    await runLifecycleAction(host.client(), vm, 'start');

    const [toast] = useNotificationsStore.getState().notifications;
    expect(toast?.title).toBe(`Could not start “fedora-40”: ${reason}`);
    expect(useVmsStore.getState().byUuid[vm.uuid]).toEqual({ ...vm, state: 'running' });
  });

  it('words each action in the failure message', () => {
    expect(failureMessage('db', 'destroy', 'x')).toBe('Could not force off “db”: x');
    expect(failureMessage('db', 'suspend', 'x')).toBe('Could not pause “db”: x');
  });
});
