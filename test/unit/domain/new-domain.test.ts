import { describe, expect, it } from 'vitest';
import { DiskDevice } from '../../../src/domain/devices/disk';
import { DomainXml } from '../../../src/domain/domain-xml';
import { buildNewDomain } from '../../../src/domain/new-domain';
import { NewVmSpec } from '../../../src/shared/vm-spec';
import type { NewVmSpecInput } from '../../../src/shared/vm-spec';
import { DIRECT_KERNEL, INSTALLER } from '../../fixtures/new-vm-specs';
import { assertValidLibvirtXml, describeWhen, xmlSchemaValidator } from '../../fixtures/requirements';

const build = (spec: NewVmSpecInput) => buildNewDomain(NewVmSpec.parse(spec));


describe('buildNewDomain', () => {
  it('writes a complete, ordered definition for an installer VM', () => {
    expect(build(INSTALLER).toXml()).toBe(`<domain type="qemu">
  <name>deb12</name>
  <title>Debian 12 build box</title>
  <metadata>
    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
      <libosinfo:os id="http://debian.org/debian/12"/>
    </libosinfo:libosinfo>
  </metadata>
  <memory unit="KiB">1048576</memory>
  <currentMemory unit="KiB">1048576</currentMemory>
  <vcpu>2</vcpu>
  <os>
    <type arch="x86_64">hvm</type>
    <boot dev="hd"/>
    <boot dev="cdrom"/>
  </os>
  <features>
    <acpi/>
    <apic/>
  </features>
  <clock offset="utc"/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <disk type="file" device="disk">
      <driver name="qemu" type="qcow2"/>
      <source file="/var/lib/libvirt/images/deb12.qcow2"/>
      <target dev="vda" bus="virtio"/>
    </disk>
    <disk type="file" device="cdrom">
      <driver name="qemu"/>
      <source file="/iso/debian-12.iso"/>
      <target dev="sda" bus="sata"/>
      <readonly/>
    </disk>
    <interface type="network">
      <source network="default"/>
      <model type="virtio"/>
    </interface>
    <serial type="pty">
      <target port="0"/>
    </serial>
    <console type="pty">
      <target type="serial" port="0"/>
    </console>
    <channel type="unix">
      <source mode="bind"/>
      <target type="virtio" name="org.qemu.guest_agent.0"/>
    </channel>
    <input type="tablet" bus="usb"/>
    <graphics type="vnc" autoport="yes">
      <listen type="address" address="127.0.0.1"/>
    </graphics>
    <video>
      <model type="virtio"/>
    </video>
    <memballoon model="virtio"/>
    <rng model="virtio">
      <backend model="random">/dev/urandom</backend>
    </rng>
  </devices>
</domain>`);
  });

  it('boots a kernel directly, with the host CPU under KVM and UEFI when asked', () => {
    const domain = build({ ...DIRECT_KERNEL, hypervisor: 'kvm', firmware: 'efi' });
    expect(domain.kernel).toBe('/boot/vmlinuz');
    expect(domain.cmdline).toBe('console=ttyS0');
    expect(domain.firmware).toBe('efi');
    expect(domain.toXml()).toContain('<cpu mode="host-passthrough"/>');
    expect(domain.toXml()).not.toMatch(/graphics|channel|<boot /);
  });

  it('asks for Secure Boot firmware with enrolled keys, and SMM, for UEFI with Secure Boot', () => {
    const xml = build({ ...INSTALLER, hypervisor: 'kvm', firmware: 'efi-secure' }).toXml();
    expect(xml).toMatch(
      /<os firmware="efi">\s*<type[^>]*>hvm<\/type>\s*<firmware>\s*<feature enabled="yes" name="secure-boot"\/>\s*<feature enabled="yes" name="enrolled-keys"\/>\s*<\/firmware>/,
    );
    expect(xml).toMatch(/<smm state="on"\/>/);
  });

  it('reads back through the same model', () => {
    const domain = DomainXml.parse(build(INSTALLER).toXml());
    expect(domain.osinfoId).toBe('http://debian.org/debian/12');
    expect(domain.devicesOf(DiskDevice).map((d) => d.targetDev)).toEqual(['vda', 'sda']);
    domain.osinfoId = undefined;
    expect(domain.toXml()).not.toContain('metadata');
  });

  it('rejects names libvirt refuses, saying why', () => {
    const result = NewVmSpec.safeParse({ ...DIRECT_KERNEL, name: 'a/b' });
    expect(result.error?.issues[0]?.message).toBe(
      'a VM name cannot contain "/" or control characters',
    );
  });
});

/** libvirt's own checks, where this machine has libvirt: its schema, and a real define. */
describeWhen("libvirt's domain schema accepts the generated XML", xmlSchemaValidator, () => {
  const cases: [string, NewVmSpecInput][] = [
    ['installer', INSTALLER],
    [
      'installer with a TPM, a virtiofs share and a watchdog',
      {
        ...INSTALLER,
        hypervisor: 'kvm',
        firmware: 'efi',
        otherDevices: [
          { kind: 'tpm' },
          { kind: 'filesystem', source: '/srv/share', tag: 'share' },
          { kind: 'watchdog' },
        ],
      },
    ],
    ['direct kernel, UEFI, KVM', { ...DIRECT_KERNEL, hypervisor: 'kvm', firmware: 'efi' }],
    ['installer, UEFI with Secure Boot', { ...INSTALLER, hypervisor: 'kvm', firmware: 'efi-secure' }],
    ['test driver', { ...DIRECT_KERNEL, hypervisor: 'test', serialConsole: false }],
  ];
  it.each(cases)('%s', (_name, spec) => {
    assertValidLibvirtXml(build(spec).toXml(), 'domain');
  });
});

describe('further devices of a new VM', () => {
  it('are added after the standard ones, and a virtiofs share gets shared memory', () => {
    const domain = build({
      ...INSTALLER,
      otherDevices: [{ kind: 'tpm' }, { kind: 'filesystem', source: '/srv/share', tag: 'share' }],
    });
    expect([domain.memoryBackingSource, domain.memoryBackingAccess]).toEqual(['memfd', 'shared']);
    const xml = domain.toXml();
    expect(xml).toContain('<tpm model="tpm-crb">');
    expect(xml).toContain('<target dir="share"/>');
    expect(build(INSTALLER).memoryBackingSource).toBeUndefined();
  });
});
