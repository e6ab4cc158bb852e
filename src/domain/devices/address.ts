import { parseInteger } from '../model/props';
import type { XmlElement } from '../xml/nodes';

/** A PCI address as libvirt writes it on devices and host devices. */
export interface PciAddress {
  domain: number;
  bus: number;
  slot: number;
  function: number;
}

/** Reads a PCI address from an <address> element; undefined unless all parts are numbers. */
export function readPciAddress(address: XmlElement | undefined): PciAddress | undefined {
  if (!address) return undefined;
  const part = (name: string, fallback?: number): number | undefined => {
    const text = address.getAttribute(name);
    return text === undefined ? fallback : parseInteger(text);
  };
  // libvirt treats a missing domain or function as 0.
  const domain = part('domain', 0);
  const bus = part('bus');
  const slot = part('slot');
  const fn = part('function', 0);
  if (domain === undefined || bus === undefined || slot === undefined || fn === undefined)
    return undefined;
  return { domain, bus, slot, function: fn };
}

export function writePciAddress(address: XmlElement, pci: PciAddress): void {
  const hex = (value: number, width: number) => `0x${value.toString(16).padStart(width, '0')}`;
  address.setAttribute('domain', hex(pci.domain, 4));
  address.setAttribute('bus', hex(pci.bus, 2));
  address.setAttribute('slot', hex(pci.slot, 2));
  address.setAttribute('function', hex(pci.function, 1));
}

/** The form lspci and libvirt's messages use: 0000:00:1f.2. */
export function formatPciAddress(pci: PciAddress): string {
  const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');
  return `${hex(pci.domain, 4)}:${hex(pci.bus, 2)}:${hex(pci.slot, 2)}.${hex(pci.function, 1)}`;
}

export function samePciAddress(a: PciAddress, b: PciAddress): boolean {
  return a.domain === b.domain && a.bus === b.bus && a.slot === b.slot && a.function === b.function;
}
