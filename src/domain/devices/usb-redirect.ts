import { defineView } from '../model/view';
import { str, yesNo } from '../model/props';
import { bootable, deviceInfo } from './device';

/** <redirdev>: a USB device redirected from the client (SPICE) or over TCP. */
export class RedirdevDevice extends defineView({
  ...bootable,
  bus: str('@bus'),
  /** spicevmc or tcp */
  type: str('@type'),
  sourceMode: str('source/@mode'),
  sourceHost: str('source/@host'),
  sourceService: str('source/@service'),
}) {}

/** <redirfilter>: which USB devices the client may redirect; the first rule is typed. */
export class RedirfilterDevice extends defineView({
  firstRuleClass: str('usbdev/@class'),
  firstRuleVendor: str('usbdev/@vendor'),
  firstRuleProduct: str('usbdev/@product'),
  firstRuleAllow: yesNo('usbdev/@allow'),
}) {}

/** <smartcard>: a CCID smartcard reader, from the host's reader, certificates or the client. */
export class SmartcardDevice extends defineView({
  ...deviceInfo,
  /** host, host-certificates, passthrough */
  mode: str('@mode'),
  /** For passthrough: the chardev type, e.g. spicevmc or tcp. */
  type: str('@type'),
  database: str('database'),
}) {}

/** <hub>: a USB hub that adds ports. */
export class HubDevice extends defineView({
  ...deviceInfo,
  type: str('@type'),
}) {}
