import { str } from './model/props';
import { defineView } from './model/view';
import { parseDocumentOf } from './xml/parse';

/** <network>: a libvirt virtual network, the source of `type='network'` NICs. */
export class NetworkXml extends defineView({
  name: str('name'),
  uuid: str('uuid'),
  /** nat, route, open, bridge, passthrough, ...; absent for an isolated network. */
  forwardMode: str('forward/@mode'),
  bridge: str('bridge/@name'),
  /** The first address block's gateway address and netmask or prefix. */
  ipAddress: str('ip/@address'),
  ipNetmask: str('ip/@netmask'),
  ipPrefix: str('ip/@prefix'),
  dhcpStart: str('ip/dhcp/range/@start'),
  dhcpEnd: str('ip/dhcp/range/@end'),
}) {
  static parse(xml: string): NetworkXml {
    return new NetworkXml(parseDocumentOf(xml, 'network').root);
  }

  /** "NAT", "isolated", "bridge", ...: how the network reaches the outside, for people. */
  get connectivity(): string {
    const mode = this.forwardMode;
    if (mode === undefined) return 'isolated';
    return mode === 'nat' ? 'NAT' : mode;
  }
}
