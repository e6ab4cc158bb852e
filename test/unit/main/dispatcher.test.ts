import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../../src/main/ipc/dispatcher';
import { DriverError } from '../../../src/drivers/driver';
import { VirErr, VirFrom } from '../../../src/shared/libvirt-errors';

const UUID = '6f1b0b4e-1c7a-4c59-9a57-2b8f3f0d8a11';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = () => Promise.reject(new Error('not in this test'));
  return {
    'app.info': () => Promise.resolve({ version: '1.0.0', shell: 'web' }),
    'hosts.list': () => Promise.resolve([]),
    'hosts.add': fail,
    'hosts.remove': fail,
    'hosts.reconnect': fail,
    'hosts.rename': fail,
    'hosts.disconnect': fail,
    'hosts.connect': fail,
    'vms.list': fail,
    'vms.details': fail,
    'vms.lifecycle': fail,
    'vms.xml': fail,
    'vms.createOptions': fail,
    'vms.previewXml': fail,
    'vms.create': fail,
    'vms.delete': fail,
    'devices.list': fail,
    'devices.previewXml': fail,
    'devices.hostSupport': fail,
    'devices.attachCheck': fail,
    'devices.attach': fail,
    'devices.detach': fail,
    'devices.retryDetach': fail,
    'devices.cancelPending': fail,
    'devices.detachAtNextBoot': fail,
    'devices.changeMedia': fail,
    'devices.hostResources': fail,
    'networks.start': fail,
    'console.open': fail,
    'console.write': fail,
    'console.ack': fail,
    'console.close': fail,
    'display.open': fail,
    'display.close': fail,
    ...overrides,
  };
}

describe('contract dispatcher', () => {
  const context = { shell: 'test' } as const;

  it('answers a known method with its value', async () => {
    const dispatch = createDispatcher(handlers());
    await expect(dispatch('app.info', {}, context)).resolves.toEqual({
      ok: true,
      value: { version: '1.0.0', shell: 'web' },
    });
  });

  it('refuses unknown channels', async () => {
    const dispatch = createDispatcher(handlers());
    const result = await dispatch('fs.read', {}, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('validates the payload before the handler runs', async () => {
    const lifecycle = vi.fn();
    const dispatch = createDispatcher(handlers({ 'vms.lifecycle': lifecycle }));
    const result = await dispatch(
      'vms.lifecycle',
      { hostId: 'demo', uuid: UUID, action: 'explode' },
      context,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(result.ok ? '' : result.error.message).toMatch(/action.*Nothing was changed/);
    expect(lifecycle).not.toHaveBeenCalled();
    const extra = await dispatch('hosts.list', { sneaky: true }, context);
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('applies schema defaults', async () => {
    const xml = vi.fn((args: { inactive: boolean }) => Promise.resolve(String(args.inactive)));
    const dispatch = createDispatcher(handlers({ 'vms.xml': xml }));
    await expect(dispatch('vms.xml', { hostId: 'demo', uuid: UUID }, context)).resolves.toEqual({
      ok: true,
      value: 'false',
    });
  });

  it('maps libvirt errors to stable codes and keeps their numbers', async () => {
    const dispatch = createDispatcher(
      handlers({
        'vms.lifecycle': () =>
          Promise.reject(
            new DriverError(
              'Requested operation is not valid: domain is already running',
              VirErr.OPERATION_INVALID,
              VirFrom.QEMU,
            ),
          ),
      }),
    );
    const result = await dispatch(
      'vms.lifecycle',
      { hostId: 'demo', uuid: UUID, action: 'start' },
      context,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'operation-invalid',
        message: 'Requested operation is not valid: domain is already running',
        libvirt: { code: VirErr.OPERATION_INVALID, domain: VirFrom.QEMU },
      },
    });
  });

  it('turns unexpected exceptions into internal errors', async () => {
    const dispatch = createDispatcher(
      handlers({ 'hosts.list': () => Promise.reject(new TypeError('boom')) }),
    );
    await expect(dispatch('hosts.list', {}, context)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'Unexpected error: boom' },
    });
  });
});
