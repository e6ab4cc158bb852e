import { DomainXml } from '../../domain/domain-xml';
import { ChardevDevice } from '../../domain/devices/chardev';
import { DriverError, type Driver, type DomainRecord } from '../../drivers/driver';
import { AppError } from '../../shared/errors';
import { VirErr } from '../../shared/libvirt-errors';

/**
 * What is checked before a console is opened, so that each refusal says what to do rather
 * than relaying libvirt's "cannot find character device (null)".
 */
export async function checkConsoleTarget(
  driver: Driver,
  uuid: string,
  device: string | undefined,
): Promise<DomainRecord> {
  const record = await checkRunning(driver, uuid, 'its serial console exists only while it runs');
  const names = consoleDeviceNames(await driver.getDomainXml(uuid));
  if (names.length === 0) {
    throw new AppError({
      code: 'not-found',
      message: `“${record.name}” has no serial console. Add a Serial or Console device (Add hardware), then restart it.`,
    });
  }
  if (device !== undefined && !names.includes(device)) {
    throw new AppError({
      code: 'not-found',
      message: `“${record.name}” has no console or serial device named “${device}”. Its devices: ${names.join(', ')}.`,
    });
  }
  return record;
}

/** The VM, when it runs (or is paused); otherwise an error that says to run it first. */
export async function checkRunning(driver: Driver, uuid: string, why: string): Promise<DomainRecord> {
  const record = await driver.lookupDomain(uuid).catch((error: unknown) => {
    if (error instanceof DriverError && error.code === VirErr.NO_DOMAIN) {
      throw new AppError({
        code: 'not-found',
        message: `There is no VM with UUID ${uuid} on this host any more; it may have been deleted. Pick another VM.`,
      });
    }
    throw error;
  });
  if (!['running', 'paused', 'blocked'].includes(record.state)) {
    throw new AppError({
      code: 'operation-invalid',
      message: `“${record.name}” is not running. Run it first; ${why}.`,
    });
  }
  return record;
}

/**
 * The aliases a console can be opened by: serial ports, consoles and parallel ports (what
 * libvirt's QEMU driver searches). An unnamed device still counts: the first console is
 * opened without a name.
 */
function consoleDeviceNames(xml: string): string[] {
  const chardevs = DomainXml.parse(xml)
    .devicesOf(ChardevDevice)
    .filter((device) => device.elementName !== 'channel');
  const names = chardevs.map(
    (device) => device.alias ?? `${device.elementName}${device.targetPort ?? 0}`,
  );
  return [...new Set(names)];
}

/** libvirt's refusal while another client holds the console. */
export function isConsoleBusy(error: unknown): boolean {
  return (
    error instanceof DriverError &&
    error.code === VirErr.OPERATION_FAILED &&
    /Active console session exists/.test(error.message)
  );
}

export function consoleBusyError(vmName: string, holder: 'window' | 'elsewhere'): AppError {
  const where =
    holder === 'window'
      ? 'in another Virtdeck window'
      : 'in another client (another Virtdeck, virsh console or virt-manager)';
  return new AppError({
    code: 'busy',
    message: `The serial console of “${vmName}” is open ${where}. Take it over to disconnect that client.`,
  });
}
