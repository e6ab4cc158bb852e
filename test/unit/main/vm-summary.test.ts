import { describe, expect, it } from 'vitest';
import { readDomainFacts } from '../../../src/main/services/vm-summary';
import { osLabelFromId } from '../../../src/shared/os-label';
import { statsRates } from '../../../src/main/services/stats-rates';

const XML = `<domain type='kvm'>
  <name>fedora</name>
  <uuid>6F1B0B4E-1C7A-4C59-9A57-2B8F3F0D8A11</uuid>
  <title>Build box</title>
  <metadata>
    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
      <libosinfo:os id="http://fedoraproject.org/fedora/40"/>
    </libosinfo:libosinfo>
  </metadata>
  <memory unit='GiB'>4</memory>
  <currentMemory unit='MiB'>2048</currentMemory>
  <vcpu placement='static'>2</vcpu>
  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/fedora.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <interface type='network'>
      <mac address='52:54:00:aa:bb:cc'/>
      <source network='default'/>
      <model type='virtio'/>
    </interface>
  </devices>
</domain>`;

describe('domain facts for the views', () => {
  it('reads what the list and overview show', () => {
    expect(readDomainFacts(XML)).toEqual({
      name: 'fedora',
      uuid: '6f1b0b4e-1c7a-4c59-9a57-2b8f3f0d8a11',
      title: 'Build box',
      osLabel: 'Fedora 40',
      vcpus: 2,
      memoryKiB: 2 * 1024 * 1024,
      arch: 'x86_64',
      machine: 'pc-q35-7.2',
      disks: [
        { target: 'vda', device: 'disk', bus: 'virtio', source: '/var/lib/libvirt/images/fedora.qcow2', format: 'qcow2', readonly: false },
        { target: 'sda', device: 'cdrom', bus: 'sata', readonly: true },
      ],
      nics: [{ type: 'network', mac: '52:54:00:aa:bb:cc', source: 'default', model: 'virtio' }],
    });
  });


  it('names operating systems from libosinfo ids', () => {
    expect(osLabelFromId('http://microsoft.com/win/11')).toBe('Windows 11');
    expect(osLabelFromId('http://debian.org/debian/12')).toBe('Debian 12');
    expect(osLabelFromId('http://example.org/custom/1')).toBe('example.org/custom/1');
  });
});

describe('stats rates', () => {
  const base = {
    uuid: 'u',
    state: 'running' as const,
    vcpus: 2,
    balloonCurrentKiB: 1024,
    blockReadBytes: 0,
    blockWriteBytes: 0,
    netRxBytes: 0,
    netTxBytes: 0,
  };

  it('computes CPU as a share of the VM own vCPUs', () => {
    const rates = statsRates({ ...base, cpuTimeNs: 0 }, { ...base, cpuTimeNs: 1e9, netRxBytes: 2000 }, 1000);
    expect(rates.cpuPercent).toBe(50);
    expect(rates.netRxBps).toBe(2000);
  });

  it('reports zero without a previous sample or after a counter reset', () => {
    expect(statsRates(undefined, { ...base, cpuTimeNs: 5e9 }, 1000).cpuPercent).toBe(0);
    expect(statsRates({ ...base, cpuTimeNs: 5e9 }, { ...base, cpuTimeNs: 1e9 }, 1000).cpuPercent).toBe(0);
  });
});
