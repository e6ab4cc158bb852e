import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { FakeHost, HostFailure, LOCAL_HOST, makeVm } from './fake-host';

/** Every mismatch provoked here is checked by its test; none may fail the next one. */
afterEach(() => {
  FakeHost.acknowledgeMismatches();
});

describe('the fake host checks what it answers against the contract', () => {
  it('hands handlers the parsed payload, defaults filled in', async () => {
    const handler = vi.fn(() => '<domain/>');
    const client = new FakeHost().handle('vms.xml', handler).client();
    await expect(client.invoke('vms.xml', { hostId: 'local', uuid: makeVm(1).uuid })).resolves.toBe(
      '<domain/>',
    );
    expect(handler).toHaveBeenCalledWith({
      hostId: 'local',
      uuid: makeVm(1).uuid,
      inactive: false,
    });
  });

  it('answers a payload the contract refuses with a validation error, as the dispatcher does', async () => {
    const handler = vi.fn(() => []);
    const client = new FakeHost().handle('vms.list', handler).client();
    const failure = client.invoke('vms.list', { hostId: '' });
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'validation' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an answer the host never sends, naming the method and what is wrong', async () => {
    const host = new FakeHost().handle(
      'hosts.list',
      () => [{ ...LOCAL_HOST, status: 'up' }] as never,
    );
    const failure = host.client().invoke('hosts.list', {});
    await expect(failure).rejects.not.toBeInstanceOf(AppError);
    await expect(failure).rejects.toThrow(
      /the answer to hosts\.list does not match[\s\S]*0\.status/,
    );
    const [mismatch, ...more] = FakeHost.acknowledgeMismatches();
    expect(mismatch?.message).toMatch(/hosts\.list/);
    expect(more).toEqual([]);
  });

  it('refuses an answer that parses only once the schema changes it', async () => {
    const host = new FakeHost().handle('hosts.list', () => [{ ...LOCAL_HOST, colour: 'red' }]);
    await expect(host.client().invoke('hosts.list', {})).rejects.toThrow(
      /the answer to hosts\.list is not what the host sends[\s\S]*0\.colour: not in the contract/,
    );
    expect(FakeHost.acknowledgeMismatches()).toHaveLength(1);
  });

  it('refuses an answer that leaves out what the host always fills in', async () => {
    const gpu = { pci: { bus: 3, slot: 0 } };
    const host = new FakeHost().handle('devices.list', () => [
      {
        kind: 'hostdev',
        title: 'PCI device 0000:03:00.0',
        inLive: true,
        inConfig: true,
        match: { kind: 'hostdev', source: gpu as never },
      },
    ]);
    await expect(
      host.client().invoke('devices.list', { hostId: 'local', uuid: makeVm(1).uuid }),
    ).rejects.toThrow(/0\.match\.source\.pci\.domain: missing[\s\S]*pci\.function: missing/);
    expect(FakeHost.acknowledgeMismatches()).toHaveLength(1);
  });

  it('keeps a refused answer for the end of the test when the UI swallowed it', async () => {
    const host = new FakeHost().handle('vms.list', () => [{ name: 'web1' }] as never);
    await host
      .client()
      .invoke('vms.list', { hostId: 'local' })
      .catch(() => undefined);
    expect(FakeHost.acknowledgeMismatches().map((error) => error.message)).toEqual([
      expect.stringContaining('the answer to vms.list does not match the contract'),
    ]);
  });

  it('waits for a handler that answers later, and checks that answer too', async () => {
    let answer: (value: never) => void = () => undefined;
    const host = new FakeHost().handle(
      'vms.list',
      () => new Promise((resolve) => (answer = resolve)),
    );
    const later = host.client().invoke('vms.list', { hostId: 'local' });
    answer([{ uuid: 'not-a-vm' }] as never);
    await expect(later).rejects.toThrow(/vms\.list/);
    expect(FakeHost.acknowledgeMismatches()).toHaveLength(1);
  });

  it('answers a HostFailure with its error envelope', async () => {
    const host = new FakeHost().handle('vms.list', () => {
      throw new HostFailure({ code: 'connection', message: 'gone' });
    });
    await expect(host.client().invoke('vms.list', { hostId: 'local' })).rejects.toMatchObject({
      code: 'connection',
      message: 'gone',
    });
    expect(FakeHost.acknowledgeMismatches()).toEqual([]);
  });

  it('emits only events the host could send', () => {
    const host = new FakeHost();
    const seen = vi.fn();
    host.client().on('vm.changed', seen);
    host.emit('vm.changed', { vm: makeVm(1) });
    expect(seen).toHaveBeenCalledWith({ vm: makeVm(1) });
    expect(() =>
      host.emit('vm.changed', { vm: { ...makeVm(2), state: 'flying' } } as never),
    ).toThrow(/the vm\.changed event does not match the contract[\s\S]*vm\.state/);
    expect(() => host.emit('vm.removed', { hostId: 'local' } as never)).toThrow(/uuid/);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
