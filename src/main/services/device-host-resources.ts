import { parseXml } from '../../domain/xml/parse';
import type { XmlElement } from '../../domain/xml/nodes';
import type { HostResources } from '../../drivers/driver';
import type { HostDeviceOption, HostResourceList } from '../../shared/ipc/contract';

/** The host's networks, pools and passable USB/PCI devices, as the Add hardware dialog lists them. */
export function hostResourceList(resources: HostResources): HostResourceList {
  return {
    networks: resources.networks,
    pools: resources.pools,
    hostDevices: resources.nodeDeviceXml.flatMap((xml) => {
      const option = hostDeviceOption(xml);
      return option ? [option] : [];
    }),
  };
}

/** A USB or PCI node device, or undefined for anything else (or XML we cannot read). */
function hostDeviceOption(xml: string): HostDeviceOption | undefined {
  let device: XmlElement;
  try {
    device = parseXml(xml).root;
  } catch {
    return undefined;
  }
  const name = device.child('name')?.text.trim() ?? '';
  const capability = device.child('capability');
  if (!capability) return undefined;
  const read = (element: string): string => capability.child(element)?.text.trim() ?? '';
  const vendor = capability.child('vendor');
  const product = capability.child('product');
  const description = [vendor?.text.trim(), product?.text.trim()].filter(Boolean).join(' ') || name;
  const type = capability.getAttribute('type');
  if (type === 'usb_device') {
    const usbVendor = vendor?.getAttribute('id');
    const usbProduct = product?.getAttribute('id');
    if (usbVendor === undefined || usbProduct === undefined) return undefined;
    return { kind: 'usb', name, description, usbVendor, usbProduct };
  }
  if (type === 'pci') {
    const hex = (value: string, width: number) => Number(value).toString(16).padStart(width, '0');
    const pciAddress = `${hex(read('domain'), 4)}:${hex(read('bus'), 2)}:${hex(read('slot'), 2)}.${Number(read('function'))}`;
    return { kind: 'pci', name, description, pciAddress };
  }
  return undefined;
}
