import { demoErrors } from './errors';

/**
 * The demo host's capabilities: an x86_64 machine with KVM, as a typical Linux host with
 * QEMU reports them, cut down to what the app reads (guests, machines, domain types).
 */
export const DEMO_CAPABILITIES = `<capabilities>
  <host>
    <uuid>5a3a5f4e-5c3d-4d62-9a0e-2b6d1c7a9e10</uuid>
    <cpu>
      <arch>x86_64</arch>
    </cpu>
  </host>
  <guest>
    <os_type>hvm</os_type>
    <arch name='x86_64'>
      <wordsize>64</wordsize>
      <emulator>/usr/bin/qemu-system-x86_64</emulator>
      <machine maxCpus='288'>pc-q35-7.2</machine>
      <machine canonical='pc-q35-7.2' maxCpus='288'>q35</machine>
      <machine maxCpus='255'>pc-i440fx-7.2</machine>
      <machine canonical='pc-i440fx-7.2' maxCpus='255'>pc</machine>
      <domain type='qemu'/>
      <domain type='kvm'/>
    </arch>
  </guest>
</capabilities>
`;

/** Domain capabilities for the guest above: BIOS and UEFI firmware, up to 288 vCPUs. */
function demoDomainCapabilities(virttype: string, machine: string): string {
  return `<domainCapabilities>
  <path>/usr/bin/qemu-system-x86_64</path>
  <domain>${virttype}</domain>
  <machine>${machine}</machine>
  <arch>x86_64</arch>
  <vcpu max='288'/>
  <os supported='yes'>
    <enum name='firmware'>
      <value>bios</value>
      <value>efi</value>
    </enum>
  </os>
</domainCapabilities>
`;
}

/** As libvirt answers: unknown arches and domain types are refused. */
export function domainCapabilitiesOf(query: {
  virttype?: string;
  arch?: string;
  machine?: string;
}): string {
  const virttype = query.virttype ?? 'kvm';
  if (query.arch !== undefined && query.arch !== 'x86_64') {
    throw demoErrors.unsupportedGuest(`architecture '${query.arch}'`);
  }
  if (virttype !== 'kvm' && virttype !== 'qemu') {
    throw demoErrors.unsupportedGuest(`virttype '${virttype}'`);
  }
  const machine =
    query.machine === undefined || query.machine === 'q35' ? 'pc-q35-7.2' : query.machine;
  return demoDomainCapabilities(virttype, machine);
}
