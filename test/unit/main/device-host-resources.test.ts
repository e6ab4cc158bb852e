import { describe, expect, it } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import { hostResourceList } from '../../../src/main/services/device-host-resources';

describe('host resources for the Add hardware dialog', () => {
  it('lists the demo host networks, pool volumes and USB/PCI devices', async () => {
    const driver = createDemoDriver();
    try {
      const list = hostResourceList(await driver.listHostResources());
      expect(list.networks).toEqual([
        { name: 'default', active: true },
        { name: 'isolated', active: false },
      ]);
      expect(list.pools[0]?.volumes).toContainEqual({
        name: 'data-disk.qcow2',
        path: '/var/lib/libvirt/images/data-disk.qcow2',
      });
      expect(list.hostDevices).toContainEqual({
        kind: 'usb',
        name: 'usb_1_4',
        description: 'Logitech, Inc. Unifying Receiver',
        usbVendor: '0x046d',
        usbProduct: '0xc52b',
      });
      expect(list.hostDevices).toContainEqual({
        kind: 'pci',
        name: 'pci_0000_03_00_0',
        description: 'Intel Corporation I210 Gigabit Network Connection',
        pciAddress: '0000:03:00.0',
      });
    } finally {
      await driver.close();
    }
  });

  it('skips node devices it cannot use', () => {
    const list = hostResourceList({
      networks: [],
      pools: [],
      nodeDeviceXml: ['<device><name>net_eth0</name><capability type="net"/></device>', 'not xml'],
    });
    expect(list.hostDevices).toEqual([]);
  });
});
