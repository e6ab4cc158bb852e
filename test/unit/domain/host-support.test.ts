import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDomainCapabilities } from '../../../src/domain/capabilities';
import { hostSupportOf } from '../../../src/domain/host-support';
import { DeviceSpec } from '../../../src/shared/devices';
import { unavailableReason, unsupportedBy } from '../../../src/shared/host-support';

/**
 * The domain capabilities of a Debian 12 host (libvirt 9.0, QEMU 7.2, q35 under TCG) with
 * neither swtpm nor OVMF installed, as `virsh domcapabilities` printed them, and the same
 * host with both, as libvirt lists them then.
 */
const WITHOUT = readFileSync(
  new URL('../../fixtures/xml/live/domcaps-qemu-q35.xml', import.meta.url),
  'utf8',
);
const WITH_SWTPM_AND_OVMF = WITHOUT.replace(
  "<enum name='firmware'/>",
  "<enum name='firmware'><value>efi</value></enum>",
).replace(
  "<value>passthrough</value>\n      </enum>",
  "<value>emulator</value>\n        <value>passthrough</value>\n      </enum>\n      <enum name='backendVersion'>\n        <value>2.0</value>\n      </enum>",
);

const support = (xml: string) => hostSupportOf(parseDomainCapabilities(xml));

describe('what a host cannot do, from its domain capabilities', () => {
  it('says a host without swtpm cannot emulate a TPM, and what to install', () => {
    const reason = unavailableReason(support(WITHOUT), 'tpm.backend', 'emulator');
    expect(reason).toMatch(/^This host cannot emulate a TPM: install swtpm there/);
    expect(unavailableReason(support(WITHOUT), 'tpm.backend', 'passthrough')).toBeUndefined();
    // The spec's default TPM is an emulated one: the whole device is refused with that reason.
    expect(unsupportedBy(support(WITHOUT), DeviceSpec.parse({ kind: 'tpm' }))).toBe(reason);
    expect(
      unsupportedBy(
        support(WITHOUT),
        DeviceSpec.parse({ kind: 'tpm', backend: { type: 'passthrough' } }),
      ),
    ).toBeUndefined();
  });

  it('says a host without OVMF has no UEFI firmware, and what to install', () => {
    expect(unavailableReason(support(WITHOUT), 'firmware', 'efi')).toMatch(/install OVMF there/);
    expect(unavailableReason(support(WITH_SWTPM_AND_OVMF), 'firmware', 'efi')).toBeUndefined();
  });

  it('offers Secure Boot only where the firmware has a Secure Boot build', () => {
    const plainOvmf = WITH_SWTPM_AND_OVMF;
    expect(unavailableReason(support(plainOvmf), 'firmware', 'efi')).toBeUndefined();
    expect(unavailableReason(support(plainOvmf), 'firmware', 'efi-secure')).toMatch(
      /no Secure Boot build: install OVMF's Secure Boot firmware there/,
    );
    const secureOvmf = plainOvmf.replace(
      "<enum name='secure'>\n        <value>no</value>",
      "<enum name='secure'>\n        <value>yes</value>\n        <value>no</value>",
    );
    expect(unavailableReason(support(secureOvmf), 'firmware', 'efi-secure')).toBeUndefined();
    expect(unavailableReason(support(WITHOUT), 'firmware', 'efi-secure')).toMatch(/install OVMF there/);
  });

  it('offers an emulated TPM where swtpm is there, in the versions it lists', () => {
    const withBoth = support(WITH_SWTPM_AND_OVMF);
    expect(unsupportedBy(withBoth, DeviceSpec.parse({ kind: 'tpm' }))).toBeUndefined();
    expect(
      unsupportedBy(
        withBoth,
        DeviceSpec.parse({ kind: 'tpm', backend: { type: 'emulator', version: '1.2' } }),
      ),
    ).toMatch(/cannot emulate TPM 1\.2; choose 2\.0/);
  });

  it('knows the buses, video cards, displays and sharing drivers the machine has', () => {
    const host = support(WITHOUT);
    // q35 has no IDE bus; tpm-spapr is for POWER machines only.
    expect(unavailableReason(host, 'disk.bus', 'ide')).toBe(
      'A q35 VM on this host has no IDE bus for disks; choose one it has (fdc, scsi, virtio, usb, sata).',
    );
    expect(unavailableReason(host, 'disk.bus', 'sata')).toBeUndefined();
    expect(unavailableReason(host, 'tpm.model', 'tpm-spapr')).toMatch(/has no tpm-spapr TPM/);
    expect(unavailableReason(host, 'video.model', 'virtio')).toBeUndefined();
    expect(unavailableReason(host, 'graphics.type', 'spice')).toBeUndefined();
    expect(unavailableReason(host, 'filesystem.driver', 'virtiofs')).toBeUndefined();
    expect(
      unsupportedBy(host, DeviceSpec.parse({ kind: 'disk', source: { type: 'none' }, device: 'cdrom', bus: 'ide' })),
    ).toMatch(/no IDE bus/);
  });

  it('takes what the capabilities do not mention as offered, and an unsupported device as missing', () => {
    const bare = `<domainCapabilities><domain>kvm</domain><machine>pc-q35-7.2</machine>
      <os supported='yes'><enum name='firmware'><value>efi</value></enum></os></domainCapabilities>`;
    expect(support(bare).unavailable).toEqual([]);
    const noTpm = `<domainCapabilities><devices><tpm supported='no'/></devices></domainCapabilities>`;
    expect(unsupportedBy(support(noTpm), DeviceSpec.parse({ kind: 'tpm' }))).toBe(
      "This host's QEMU has no TPMs.",
    );
    expect(hostSupportOf(undefined).unavailable).toEqual([]);
  });
});
