import { DriverError } from '../driver';
import { VirErr, VirFrom } from '../../shared/libvirt-errors';
import { attr, firstChild } from './xml/tree';
import type { XmlElement } from './xml/tree';

/*
 * The live attaches libvirt 9's QEMU driver refuses by the device's own fields, with its
 * wording (seen on libvirt 9.0 / QEMU 7.2). Kinds it has no live attach for at all are
 * refused before this, by checkHotplug.
 */

/** QEMU's own refusal, passed on by libvirt as an internal error. */
const qemuRefused = (command: 'device_add' | 'device_del', detail: string) =>
  new DriverError(
    `internal error: unable to execute QEMU command '${command}': ${detail}`,
    VirErr.INTERNAL_ERROR,
    VirFrom.QEMU,
  );

/** A serial port on the ISA bus (an x86 one without a target type is one, too). */
function onIsaBus(device: XmlElement): boolean {
  if (device.name !== 'serial') return false;
  const target = attr(firstChild(device, 'target'), 'type');
  return target === undefined || target === 'isa-serial';
}

const ISA = "Bus 'isa.0' does not support hotplugging";

/** QEMU cannot unplug from the ISA bus either. */
export function checkLiveDetach(device: XmlElement): void {
  if (onIsaBus(device)) throw qemuRefused('device_del', ISA);
}

const unsupported = (detail: string) =>
  new DriverError(`Operation not supported: ${detail}`, VirErr.OPERATION_UNSUPPORTED, VirFrom.QEMU);

export function checkLiveAttach(device: XmlElement): void {
  const type = attr(device, 'type');
  switch (device.name) {
    case 'controller':
      if (type !== 'scsi') throw unsupported(`'${type ?? ''}' controller cannot be hot plugged.`);
      return;
    case 'input': {
      const bus = attr(device, 'bus');
      if (bus === 'ps2') throw unsupported(`input device on bus '${bus}' cannot be hot plugged.`);
      return;
    }
    case 'watchdog': {
      const model = attr(device, 'model');
      if (model !== 'i6300esb')
        throw unsupported(`hotplug of watchdog of model ${model ?? ''} is not supported`);
      return;
    }
    case 'filesystem':
      if (attr(firstChild(device, 'driver'), 'type') !== 'virtiofs')
        throw unsupported('only virtiofs filesystems can be hotplugged');
      return;
    case 'serial':
      if (onIsaBus(device)) throw qemuRefused('device_add', ISA);
      return;
    case 'disk':
      if (attr(device, 'device') === 'floppy')
        throw unsupported("floppy device hotplug isn't supported");
      return;
    default:
      return;
  }
}
