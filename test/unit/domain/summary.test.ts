import { describe, expect, it } from 'vitest';
import { findDevice } from '../../../src/domain/devices/find';
import { matchFor, summarizeDevices } from '../../../src/domain/devices/summary';
import { DomainXml } from '../../../src/domain/domain-xml';
import { corpusDocuments, goldenInputs, liveFile } from '../../helpers/xml-corpus';

const live = DomainXml.parse(liveFile('q35-running.xml'));

describe('summarizeDevices', () => {
  const summaries = summarizeDevices(live);
  const byTitle = (title: string) => summaries.find((s) => s.title === title);

  it('lists every device once, the serial port without its mirror console', () => {
    expect(summaries.map((s) => s.kind)).not.toContain('emulator');
    expect(summaries.filter((s) => s.alias === 'serial0').map((s) => s.kind)).toEqual(['serial']);
    expect(summaries).toHaveLength(live.devices.length - 1);
  });

  it('names each device the way that works in both the live and the saved definition', () => {
    expect(byTitle('disk vda')?.match).toEqual({ kind: 'disk', target: 'vda' });
    expect(byTitle('disk sdb')?.match).toEqual({ kind: 'alias', alias: 'ua-data' });
    expect(byTitle('network interface 52:54:00:6b:3c:58')?.match).toEqual({
      kind: 'interface',
      mac: '52:54:00:6b:3c:58',
    });
    expect(byTitle('host PCI device 0000:3b:00.1')?.match).toEqual({
      kind: 'hostdev',
      source: { pci: { domain: 0, bus: 0x3b, slot: 0, function: 1 } },
    });
    expect(byTitle('virtio video')?.match).toEqual({ kind: 'video', model: 'virtio' });
  });

  it('says why a device cannot leave the running VM', () => {
    expect(byTitle('disk vda')?.liveRemovalProblem).toBeUndefined();
    expect(byTitle('cdrom sda')?.liveRemovalProblem).toMatch(/Eject its media instead/);
    expect(byTitle('scsi controller 0')?.liveRemovalProblem).toMatch(
      /still has devices on it \(disk sdb\)/,
    );
    expect(byTitle('scsi controller 1')?.liveRemovalProblem).toBeUndefined();
  });
});

describe('matchFor finds its own device again, across the corpus', () => {
  it('names exactly its device, or gives no match', () => {
    let found = 0;
    for (const { text } of [
      ...corpusDocuments('cli/compare'),
      { text: liveFile('q35-running.xml') },
    ]) {
      if (!text.startsWith('<domain')) continue;
      const domain = DomainXml.parse(text);
      for (const device of domain.devices) {
        const match = matchFor(domain, device);
        if (!match) continue;
        expect(findDevice(domain, match).element).toBe(device.element);
        found++;
      }
    }
    // The rest have no alias (inactive definitions have none) and share their identity
    // with another device: two USB tablets, USB companion controllers on index 0, ...
    expect(found).toBeGreaterThan(700);
  });
});

describe('device titles', () => {
  it('say what each device is, by its model or name', () => {
    const { text } = goldenInputs().find((g) => g.name === 'every-device')!;
    const titles = summarizeDevices(DomainXml.parse(text)).map((s) => s.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'shared directory shared',
        'virtio random number generator',
        'i6300esb watchdog',
        'tpm-crb TPM',
        'ich9 sound card',
        'virtio memory balloon',
        'dimm memory module',
        'shared memory shmem0',
        'USB redirection (spicevmc)',
        'smartcard (passthrough)',
        'vsock (CID 3)',
        'host SCSI device scsi_host0:0:0:1',
      ]),
    );
  });
});
