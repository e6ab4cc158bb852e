import type { SeedVm } from './types';

/** The image this VM's definition points at is gone: starting it fails with libvirt's error. */
export const LEGACY_NAS_MISSING_IMAGE = '/var/lib/libvirt/images/legacy-nas.qcow2';

/** A VM that cannot start, so the error path of every lifecycle view can be seen. */
export const legacyNas: SeedVm = {
  state: 'shutoff',
  guest: {
    family: 'linux',
    issue: 'Rocky Linux 8.10 (Green Obsidian)\nKernel {kernel} on an x86_64',
    kernel: '4.18.0-553.el8_10.x86_64',
    cpuLoad: 0.05,
    unplug: 'releases',
  },
  xml: `<domain type='kvm'>
  <name>legacy-nas</name>
  <uuid>8b1f4c2a-6d3e-4f70-9a1b-c2d3e4f5a6b7</uuid>
  <title>Old file server</title>
  <description>Its disk image was moved away: starting it fails, as it would on libvirt.</description>
  <metadata>
    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
      <libosinfo:os id="http://rockylinux.org/rocky/8"/>
    </libosinfo:libosinfo>
  </metadata>
  <memory unit='KiB'>262144</memory>
  <currentMemory unit='KiB'>262144</currentMemory>
  <vcpu placement='static'>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <boot dev='hd'/>
  </os>
  <features>
    <acpi/>
    <apic/>
  </features>
  <cpu mode='host-model' check='partial'/>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/legacy-nas.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <controller type='usb' index='0' model='qemu-xhci' ports='15'/>
    <controller type='pci' index='0' model='pcie-root'/>
    <controller type='virtio-serial' index='0'/>
    <interface type='network'>
      <mac address='52:54:00:0a:11:01'/>
      <source network='default'/>
      <model type='virtio'/>
    </interface>
    <serial type='pty'>
      <target type='isa-serial' port='0'>
        <model name='isa-serial'/>
      </target>
    </serial>
    <console type='pty'>
      <target type='serial' port='0'/>
    </console>
    <channel type='unix'>
      <target type='virtio' name='org.qemu.guest_agent.0'/>
    </channel>
    <graphics type='vnc' port='-1' autoport='yes' listen='127.0.0.1'>
      <listen type='address' address='127.0.0.1'/>
    </graphics>
    <video>
      <model type='virtio' heads='1' primary='yes'/>
    </video>
    <memballoon model='virtio'/>
    <rng model='virtio'>
      <backend model='random'>/dev/urandom</backend>
    </rng>
  </devices>
</domain>
`,
};
