import type { DeviceSpec } from '../../shared/devices';
import type { DomainXml } from '../domain-xml';
import type { XmlElement } from '../xml/nodes';
import { checkDeviceFits } from './add-checks';
import { buildDisk, buildHostdev, buildNic } from './build';
import { buildController, buildRedirdev, buildSmartcard } from './build-buses';
import { buildChannel, buildConsole, buildSerial } from './build-chardev';
import { buildGraphics, buildInput, buildSound, buildVideo } from './build-display';
import {
  buildFilesystem,
  buildMemory,
  buildRng,
  buildTpm,
  buildVsock,
  buildWatchdog,
} from './build-platform';

/**
 * The device element for any spec a dialog sends, ready for `DomainXml.addDevice` or an
 * attach. `domain` is the definition it joins: disk targets and controller indexes are
 * picked free in it, and `alsoInUse` counts further definitions' disk targets as taken.
 * A device the definitions cannot take (a second VNC display, memory without slots, ...)
 * is refused first, with what to do (`checkDeviceFits`).
 */
export function buildDevice(
  domain: DomainXml,
  spec: DeviceSpec,
  alsoInUse: readonly DomainXml[] = [],
): XmlElement {
  for (const definition of [domain, ...alsoInUse]) checkDeviceFits(definition, spec);
  switch (spec.kind) {
    case 'disk':
      return buildDisk(domain, spec, alsoInUse);
    case 'interface':
      return buildNic(spec);
    case 'hostdev':
      return buildHostdev(spec);
    case 'controller':
      return buildController(domain, spec);
    case 'filesystem':
      return buildFilesystem(spec);
    case 'rng':
      return buildRng(spec);
    case 'watchdog':
      return buildWatchdog(spec);
    case 'input':
      return buildInput(spec);
    case 'serial':
      return buildSerial(spec);
    case 'console':
      return buildConsole(spec);
    case 'channel':
      return buildChannel(spec);
    case 'sound':
      return buildSound(spec);
    case 'video':
      return buildVideo(spec);
    case 'graphics':
      return buildGraphics(spec);
    case 'tpm':
      return buildTpm(spec);
    case 'vsock':
      return buildVsock(spec);
    case 'redirdev':
      return buildRedirdev(spec);
    case 'smartcard':
      return buildSmartcard(spec);
    case 'memory':
      return buildMemory(spec);
  }
}
