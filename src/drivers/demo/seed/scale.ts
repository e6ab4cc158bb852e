import type { GuestProfile, SeedVm } from './types';

export interface ScaleVm extends SeedVm {
  /** Known up front, so a thousand of them are listed without parsing any XML. */
  name: string;
  uuid: string;
  vcpus: number;
  memoryKiB: number;
}

const STATES: readonly ScaleVm['state'][] = ['running', 'running', 'shutoff', 'running', 'paused'];

/** The n-th (1-based) generated VM for scale tests: small, Alpine, in a mix of states. */
export function scaleVm(n: number): ScaleVm {
  const name = `scale-${String(n).padStart(4, '0')}`;
  const uuid = `5ca1e000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  const mac = `52:54:00:5c:${((n >> 8) & 0xff).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`;
  const vcpus = 1 + (n % 2);
  const memoryKiB = 262144 * (1 + (n % 4));
  const guest: GuestProfile = {
    family: 'linux',
    issue: 'Welcome to Alpine Linux 3.20\nKernel {kernel} on an x86_64 (/dev/{tty})',
    kernel: '6.6.58-0-virt',
    cpuLoad: 0.02 + (n % 7) * 0.03,
    unplug: 'releases',
  };
  const xml = `<domain type='kvm'>
  <name>${name}</name>
  <uuid>${uuid}</uuid>
  <metadata>
    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
      <libosinfo:os id="http://alpinelinux.org/alpinelinux/3.20"/>
    </libosinfo:libosinfo>
  </metadata>
  <memory unit='KiB'>${memoryKiB}</memory>
  <currentMemory unit='KiB'>${memoryKiB}</currentMemory>
  <vcpu placement='static'>${vcpus}</vcpu>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <boot dev='hd'/>
  </os>
  <features>
    <acpi/>
    <apic/>
  </features>
  <clock offset='utc'/>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/${name}.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <controller type='pci' index='0' model='pcie-root'/>
    <interface type='network'>
      <mac address='${mac}'/>
      <source network='default'/>
      <model type='virtio'/>
    </interface>
    <serial type='pty'>
      <target type='isa-serial' port='0'/>
    </serial>
    <console type='pty'>
      <target type='serial' port='0'/>
    </console>
    <memballoon model='virtio'/>
  </devices>
</domain>
`;
  return {
    name,
    uuid,
    vcpus,
    memoryKiB,
    xml,
    guest,
    state: STATES[n % STATES.length] ?? 'running',
  };
}
