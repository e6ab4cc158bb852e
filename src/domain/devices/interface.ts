import { defineView } from '../model/view';
import { int, oneOf, str } from '../model/props';
import { bootable } from './device';

/** <interface>: a network card of the guest. */
export class InterfaceDevice extends defineView({
  ...bootable,
  /** network, bridge, direct, user, ethernet, hostdev, vhostuser, ... */
  type: str('@type'),
  mac: str('mac/@address'),
  sourceNetwork: str('source/@network'),
  sourceBridge: str('source/@bridge'),
  sourceDev: str('source/@dev'),
  sourceMode: str('source/@mode'),
  model: str('model/@type'),
  targetDev: str('target/@dev'),
  linkState: oneOf('link/@state', ['up', 'down']),
  sourcePortgroup: str('source/@portgroup'),
  /** vhost or qemu, for virtio NICs. */
  driverName: str('driver/@name'),
  driverQueues: int('driver/@queues'),
  mtu: int('mtu/@size'),
  /** The nwfilter applied to the NIC's traffic. */
  filter: str('filterref/@filter'),
}) {
  /** What the card is plugged into: a network, bridge or host device name. */
  get source(): string | undefined {
    return this.sourceNetwork ?? this.sourceBridge ?? this.sourceDev;
  }
}
