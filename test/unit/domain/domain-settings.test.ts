import { describe, expect, it } from 'vitest';
import { DomainXml } from '../../../src/domain/domain-xml';
import { parseXmlDocuments, XmlParseError } from '../../../src/domain/xml/parse';
import { serializeDocument } from '../../../src/domain/xml/serialize';
import { corpusFile, goldenInputs } from '../../helpers/xml-corpus';

const EVERY_DEVICE = goldenInputs().find((g) => g.name === 'every-device')?.text ?? '';

describe('domain settings', () => {
  const domain = DomainXml.parse(EVERY_DEVICE);

  it('reads memory with units, and the CPU mode, model and topology', () => {
    expect(domain.maxMemoryKiB).toBe(32 * 1024 * 1024);
    expect(domain.maxMemorySlots).toBe(16);
    expect(domain.memoryKiB).toBe(4 * 1024 * 1024);
    expect([domain.vcpus, domain.vcpusCurrent, domain.vcpuPlacement]).toEqual([4, 2, 'static']);
    expect([domain.cpuMode, domain.cpuModel, domain.cpuModelFallback]).toEqual([
      'custom',
      'Skylake-Client-IBRS',
      'forbid',
    ]);
    expect([domain.cpuSockets, domain.cpuDies, domain.cpuCores, domain.cpuThreads]).toEqual([
      1, 1, 2, 2,
    ]);
  });

  it('reads firmware, boot order, features, clock and power management', () => {
    expect(domain.loader).toBe('/usr/share/edk2/ovmf/OVMF_CODE.secboot.fd');
    expect([domain.loaderReadonly, domain.loaderSecure, domain.loaderType]).toEqual([
      true,
      true,
      'pflash',
    ]);
    expect(domain.nvramTemplate).toBe('/usr/share/edk2/ovmf/OVMF_VARS.secboot.fd');
    expect(domain.bootDevices).toEqual(['hd', 'cdrom']);
    expect([domain.bootMenu, domain.bootMenuTimeoutMs]).toEqual([true, 3000]);
    expect([domain.acpi, domain.apic, domain.pae, domain.vmport, domain.smm]).toEqual([
      true,
      true,
      true,
      false,
      true,
    ]);
    expect([domain.hypervRelaxed, domain.hypervSpinlockRetries, domain.kvmHidden]).toEqual([
      true,
      8191,
      true,
    ]);
    expect(domain.clockOffset).toBe('localtime');
    expect(domain.timers).toEqual([
      { name: 'rtc', tickpolicy: 'catchup' },
      { name: 'pit', tickpolicy: 'delay' },
      { name: 'hpet', present: false },
    ]);
    expect([domain.suspendToMem, domain.suspendToDisk, domain.onCrash]).toEqual([
      false,
      false,
      'coredump-restart',
    ]);
  });

  it('creates what is missing in libvirt order', () => {
    const bare = DomainXml.parse("<domain type='kvm'><name>x</name><devices/></domain>");
    bare.clockOffset = 'utc';
    bare.cpuCores = 2;
    bare.pae = true;
    bare.loader = '/l.fd';
    bare.maxMemoryKiB = 1024;
    expect(bare.toXml()).toBe(
      '<domain type=\'kvm\'><name>x</name><maxMemory unit="KiB">1024</maxMemory><os><loader>/l.fd</loader></os><features><pae/></features><cpu><topology cores="2"/></cpu><clock offset="utc"/><devices/></domain>',
    );
  });
});

describe('text with several documents', () => {
  it('splits where a new root starts, and writes back to the same text', () => {
    const text = corpusFile('cli/compare/virt-install-kvm-centos7.xml');
    const documents = parseXmlDocuments(text);
    expect(documents.map((d) => d.root.name)).toEqual(['domain', 'domain']);
    expect(documents.map(serializeDocument).join('')).toBe(text);
  });

  it('reports errors at their line in the whole text', () => {
    let error: unknown;
    try {
      parseXmlDocuments('<a/>\n<b>\n<c></b>\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlParseError);
    expect([(error as XmlParseError).line, (error as XmlParseError).column]).toEqual([3, 4]);
  });
});
