import { describe, expect, it } from 'vitest';
import { errorFromRemote } from '../../../src/drivers/libvirt/errors';
import { DriverError } from '../../../src/drivers/driver';
import { remoteErrorValue } from './fake-daemon';

describe('libvirt errors', () => {
  it.each([
    [42, 'Domain not found', /refresh the list/],
    [55, 'Requested operation is not valid: domain is not running', /state/],
    [29, 'operation forbidden: read only access prevents virDomainSuspend', /read-only/],
    [
      68,
      'Timed out during operation: cannot acquire state change lock',
      /busy with another operation.*retry/,
    ],
    [86, 'Guest agent is not responding', /qemu-guest-agent/],
    [39, 'unknown procedure: 450', /too old/],
    [9, 'Active console session exists for this domain', /force/],
  ])('keeps libvirt’s message for code %i and adds what to do', (code, message, hint) => {
    const err = errorFromRemote(remoteErrorValue(code, 10, message));
    expect(err).toBeInstanceOf(DriverError);
    expect(err.code).toBe(code);
    expect(err.domain).toBe(10);
    expect(err.message.startsWith(message)).toBe(true);
    expect(err.message).toMatch(hint);
  });

  it.each([
    [
      'Requested operation is not valid: target vdb already exists',
      /already has target vdb; choose another target/,
    ],
    [
      "Requested operation is not valid: network 'default' is not active",
      /Start the network "default"/,
    ],
    [
      "Requested operation is not valid: storage pool 'images' is not active",
      /Start the storage pool "images"/,
    ],
  ])('says what went wrong, not a wrong state, for "%s"', (message, hint) => {
    const err = errorFromRemote(remoteErrorValue(55, 10, message));
    expect(err.message).toMatch(hint);
    expect(err.message).not.toMatch(/not in a state/);
  });

  it.each([
    [
      "internal error: unable to execute QEMU command 'blockdev-remove-medium': Tray of device 'scsi0-0-0-1' is not open",
      /^The guest kept the drive's tray closed, so its media could not be changed/,
    ],
    [
      "internal error: unable to execute QEMU command 'blockdev-open-tray': Device 'ide0-1-0' is locked and force was not specified, wait for tray to open and try again",
      /^The guest has locked the drive's tray, so its media could not be changed/,
    ],
  ])('says what a refused media change means and what to do, for "%s"', (message, what) => {
    const err = errorFromRemote(remoteErrorValue(1, 10, message));
    expect(err.message).toMatch(what);
    expect(err.message).toMatch(
      /Eject the disc in the guest .* or change the media in the saved definition/,
    );
    // QEMU's words stay, after the explanation, for whoever needs them.
    expect(err.message).toContain(`(The host said: ${message.replace('internal error: ', '')})`);
  });

  it('leaves other errors as libvirt wrote them', () => {
    const err = errorFromRemote(
      remoteErrorValue(1, 10, 'internal error: qemu unexpectedly closed the monitor'),
    );
    expect(err.message).toBe('internal error: qemu unexpectedly closed the monitor');
  });

  it('falls back to str1, then to the code, when the message is missing', () => {
    expect(
      errorFromRemote({ ...remoteErrorValue(1, 7, 'x'), message: null, str1: 'from str1' }).message,
    ).toBe('from str1');
    expect(
      errorFromRemote({ ...remoteErrorValue(1, 7, 'x'), message: null, str1: null }).message,
    ).toBe('libvirt error 1');
  });
});
