import { describe, expect, it } from 'vitest';
import { addressOf, ensureAddress } from '../../../src/domain/devices/address-view';
import { DiskDevice } from '../../../src/domain/devices/disk';
import { DomainXml } from '../../../src/domain/domain-xml';
import { XmlElement } from '../../../src/domain/xml/nodes';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { goldenInputs } from '../../helpers/xml-corpus';

const EVERY_DEVICE = goldenInputs().find((g) => g.name === 'every-device')?.text ?? '';

describe('device addresses', () => {
  const domain = DomainXml.parse(EVERY_DEVICE);
  const address = (name: string) =>
    addressOf(domain.devices.find((d) => d.element.name === name && addressOf(d))!);

  it('reads each address type with numbers as numbers', () => {
    const pci = address('disk');
    expect([pci?.type, pci?.domain, pci?.bus, pci?.slot, pci?.function]).toEqual([
      'pci',
      0,
      4,
      0,
      0,
    ]);
    const channel = address('channel');
    expect([channel?.type, channel?.controller, channel?.bus, channel?.port]).toEqual([
      'virtio-serial',
      0,
      0,
      '1',
    ]);
    const usb = address('input');
    expect([usb?.type, usb?.bus, usb?.port]).toEqual(['usb', 0, '1']);
    const drive = addressOf(domain.devicesOf(DiskDevice)[1]!);
    expect([drive?.type, drive?.controller, drive?.target, drive?.unit]).toEqual([
      'drive',
      0,
      0,
      0,
    ]);
  });

  it("writes an address after the device's other children, as libvirt does", () => {
    const disk = new DiskDevice(new XmlElement('disk'));
    disk.targetDev = 'vdb';
    disk.alias = 'ua-b';
    const ccw = ensureAddress(disk);
    ccw.type = 'ccw';
    ccw.cssid = 0xfe;
    ccw.ssid = 0;
    ccw.devno = 0x0001;
    disk.bootOrder = 1;
    expect(serializeElement(disk.element)).toBe(`<disk>
  <target dev="vdb"/>
  <boot order="1"/>
  <alias name="ua-b"/>
  <address type="ccw" cssid="0xfe" ssid="0x0" devno="0x0001"/>
</disk>`);
  });
});
