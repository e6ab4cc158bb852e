import { describe, expect, it } from 'vitest';
import { NetworkXml } from '../../../src/domain/network';
import { buildVolume, PoolXml, VolumeXml } from '../../../src/domain/storage';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { VolumeSpec } from '../../../src/shared/storage';
import { assertValidLibvirtXml, describeWhen, xmlSchemaValidator } from '../../fixtures/requirements';
import { corpusFile } from '../../helpers/xml-corpus';

describe('pools, volumes and networks', () => {
  it('reads a pool', () => {
    const pool = PoolXml.parse(corpusFile('storage/pool-dir2.xml'));
    expect([pool.type, pool.name, pool.targetPath]).toEqual([
      'dir',
      'pool-dir2',
      '/var/lib/libvirt/images/pool-dir2',
    ]);
    expect(PoolXml.parse(corpusFile('storage/pool-iscsi.xml')).sourceHost).toBeDefined();
  });

  it('reads a volume, sizes in bytes', () => {
    const volume = VolumeXml.parse(corpusFile('storage/pool-fs-volinput.xml'));
    expect(volume.capacityBytes).toBe(10737418240);
    expect(volume.format).toBe('raw');
  });

  it('reads a network and says how it connects', () => {
    const network = NetworkXml.parse(corpusFile('xmlparse/network-multi-in.xml'));
    expect([network.name, network.bridge, network.ipAddress, network.connectivity]).toEqual([
      'ipv6_multirange',
      'virbr3',
      '192.168.7.1',
      'NAT',
    ]);
    expect(NetworkXml.parse('<network><name>iso</name></network>').connectivity).toBe('isolated');
  });
});

describe('buildVolume', () => {
  it('writes a thin qcow2 image, optionally over a backing image', () => {
    const spec = VolumeSpec.parse({ name: 'vm1.qcow2', capacityBytes: 20 * 2 ** 30 });
    expect(serializeElement(buildVolume(spec))).toBe(`<volume>
  <name>vm1.qcow2</name>
  <capacity unit="bytes">21474836480</capacity>
  <target>
    <format type="qcow2"/>
  </target>
</volume>`);
    const overlay = buildVolume({ ...spec, backing: { path: '/img/base.qcow2', format: 'qcow2' } });
    expect(serializeElement(overlay)).toContain(`  </target>
  <backingStore>
    <path>/img/base.qcow2</path>
    <format type="qcow2"/>
  </backingStore>
</volume>`);
  });

  it('refuses a raw overlay, saying what to choose', () => {
    const spec = VolumeSpec.parse({
      name: 'a.img',
      capacityBytes: 1,
      format: 'raw',
      backing: { path: '/b', format: 'raw' },
    });
    expect(() => buildVolume(spec)).toThrow(
      'Only qcow2 volumes can build on a backing image, and "a.img" is raw. Choose qcow2.',
    );
  });
});

describeWhen("libvirt's storage volume schema accepts the volume XML", xmlSchemaValidator, () => {
  it('for a qcow2 volume', () => {
    const spec = VolumeSpec.parse({ name: 'virtdeck-unit.qcow2', capacityBytes: 2 ** 30 });
    assertValidLibvirtXml(serializeElement(buildVolume(spec)), 'storagevol');
  });
});
