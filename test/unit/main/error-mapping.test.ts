import { describe, expect, it } from 'vitest';
import { DriverError } from '../../../src/drivers/driver';
import { toErrorShape } from '../../../src/main/ipc/error-mapping';
import { VirErr, VirFrom } from '../../../src/shared/libvirt-errors';

describe('libvirt errors as the app shows them', () => {
  it("gives the test driver's wrong-state errors the stable code and what to do", () => {
    const shape = toErrorShape(
      new DriverError(
        "internal error: Domain 'test' is already running",
        VirErr.INTERNAL_ERROR,
        VirFrom.TEST,
      ),
    );
    expect(shape).toEqual({
      code: 'operation-invalid',
      message:
        "Domain 'test' is already running. The VM is not in a state that allows this; refresh its state and retry.",
      libvirt: { code: VirErr.INTERNAL_ERROR, domain: VirFrom.TEST },
    });
    for (const message of [
      "internal error: domain 'test' not paused",
      "internal error: domain 'x' not running",
    ]) {
      expect(toErrorShape(new DriverError(message, VirErr.INTERNAL_ERROR, VirFrom.TEST)).code).toBe(
        'operation-invalid',
      );
    }
  });

  it('keeps a real driver hint once, and other internal errors generic', () => {
    const hinted =
      'Requested operation is not valid: domain is not running. The VM is not in a state that allows this; refresh its state and retry.';
    expect(
      toErrorShape(new DriverError(hinted, VirErr.OPERATION_INVALID, VirFrom.DOMAIN)).message,
    ).toBe(hinted);
    expect(
      toErrorShape(
        new DriverError('internal error: something broke', VirErr.INTERNAL_ERROR, VirFrom.TEST),
      ).code,
    ).toBe('libvirt');
  });

  it('reports calls cut off by a lost connection as connection errors', () => {
    const closed = new DriverError(
      'The connection to libvirt was closed (end of file); reconnect to continue.',
      VirErr.RPC,
      VirFrom.RPC,
    );
    expect(toErrorShape(closed).code).toBe('connection');
    expect(toErrorShape(new DriverError('x', VirErr.RPC, VirFrom.RPC)).code).toBe('libvirt');
  });
});
