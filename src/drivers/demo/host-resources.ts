import type { HostResources } from '../driver';
import { demoErrors } from './errors';
import type { DemoStorage } from './storage';

/** A couple of host devices, in the XML libvirt's node device driver reports. */
const NODE_DEVICES = [
  `<device>
  <name>usb_1_4</name>
  <parent>usb_usb1</parent>
  <capability type='usb_device'>
    <bus>1</bus>
    <device>4</device>
    <product id='0xc52b'>Unifying Receiver</product>
    <vendor id='0x046d'>Logitech, Inc.</vendor>
  </capability>
</device>`,
  `<device>
  <name>usb_2_3</name>
  <parent>usb_usb2</parent>
  <capability type='usb_device'>
    <bus>2</bus>
    <device>3</device>
    <product id='0x5591'>Ultra Flair</product>
    <vendor id='0x0781'>SanDisk Corp.</vendor>
  </capability>
</device>`,
  `<device>
  <name>pci_0000_03_00_0</name>
  <parent>pci_0000_00_1c_0</parent>
  <capability type='pci'>
    <class>0x020000</class>
    <domain>0</domain>
    <bus>3</bus>
    <slot>0</slot>
    <function>0</function>
    <product id='0x1533'>I210 Gigabit Network Connection</product>
    <vendor id='0x8086'>Intel Corporation</vendor>
  </capability>
</device>`,
];

/** The demo host's networks, its pools' volumes and a few host devices to pass through. */
export function demoHostResources(storage: DemoStorage, networks: DemoNetworks): HostResources {
  return {
    networks: networks.list(),
    pools: storage.pools(),
    nodeDeviceXml: [...NODE_DEVICES],
  };
}

/** The demo host's virtual networks: the usual NAT "default", and "isolated", not started. */
export class DemoNetworks {
  readonly #active = new Map<string, boolean>([
    ['default', true],
    ['isolated', false],
  ]);

  list(): HostResources['networks'] {
    return Array.from(this.#active, ([name, active]) => ({ name, active }));
  }

  isActive(name: string): boolean {
    return this.#active.get(name) === true;
  }

  /** As virNetworkCreate: an unknown network is not found, an active one is refused. */
  start(name: string): void {
    const active = this.#active.get(name);
    if (active === undefined) throw demoErrors.noNetwork(name);
    if (active) throw demoErrors.networkActive();
    this.#active.set(name, true);
  }
}
