import { describe, expect, it } from 'vitest';
import {
  defaultGuestChoice,
  parseDomainCapabilities,
  parseHostCapabilities,
} from '../../../src/domain/capabilities';
import { corpusFile } from '../../helpers/xml-corpus';

describe('host capabilities', () => {
  const kvm = parseHostCapabilities(corpusFile('capabilities/kvm-x86_64.xml'));

  it('lists guests with their emulator, machines and domain types', () => {
    expect(kvm.hostArch).toBe('x86_64');
    const x86 = kvm.guests.find((g) => g.arch === 'x86_64' && g.osType === 'hvm');
    expect(x86?.emulator).toBe('/usr/bin/qemu-system-x86_64');
    expect(x86?.domainTypes).toEqual(['qemu', 'kvm']);
    expect(x86?.machines).toContainEqual({ name: 'pc', canonical: 'pc-i440fx-6.1' });
    expect(x86?.machines).toContainEqual({
      name: 'q35',
      canonical: expect.stringMatching(/^pc-q35-/) as string,
    });
  });

  it('prefers KVM and q35 for a new x86 guest, and emulation where KVM is missing', () => {
    expect(defaultGuestChoice(kvm, 'x86_64')).toEqual({ hypervisor: 'kvm', machine: 'q35' });
    const tcg = parseHostCapabilities(corpusFile('capabilities/test-qemu-no-kvm.xml'));
    expect(defaultGuestChoice(tcg, 'x86_64')?.hypervisor).toBe('qemu');
    expect(defaultGuestChoice(kvm, 'sparc-unheard-of')).toBeUndefined();
  });

  it('emulates on a VM host without nested virtualization, though libvirt lists KVM', () => {
    const host = (features: string[]) =>
      parseHostCapabilities(
        `<capabilities><host><cpu><arch>x86_64</arch>${features.map((f) => `<feature name='${f}'/>`).join('')}</cpu></host>` +
          `<guest><os_type>hvm</os_type><arch name='x86_64'><machine>q35</machine><domain type='qemu'/><domain type='kvm'/></arch></guest></capabilities>`,
      );
    expect(defaultGuestChoice(host(['avx', 'hypervisor']), 'x86_64')?.hypervisor).toBe('qemu');
    expect(defaultGuestChoice(host(['hypervisor', 'vmx']), 'x86_64')?.hypervisor).toBe('kvm');
    expect(defaultGuestChoice(host(['avx']), 'x86_64')?.hypervisor).toBe('kvm');
  });

  it('rejects a document that is not capabilities', () => {
    expect(() => parseHostCapabilities('<domain/>')).toThrow(
      /Expected a <capabilities> document but found <domain>/,
    );
  });
});

describe('domain capabilities', () => {
  const caps = parseDomainCapabilities(corpusFile('capabilities/kvm-x86_64-domcaps-latest.xml'));

  it('reads the emulator, machine, limits and enums', () => {
    expect(caps.domainType).toBe('kvm');
    expect(caps.machine).toBe('pc-q35-9.0');
    expect(caps.maxVcpus).toBe(4096);
    expect(caps.values('devices/disk', 'bus')).toContain('virtio');
    expect(caps.values('os', 'firmware')).toContain('efi');
    expect(caps.values('devices/graphics', 'type')).toContain('vnc');
    expect(caps.supports('devices/hostdev')).toBe(true);
    expect(caps.values('devices/nothing', 'bus')).toEqual([]);
  });
});
