import { createDemoDriver } from '../../src/drivers/demo';
import { describeDriverContract } from './driver-contract';

describeDriverContract(
  'demo host',
  () => Promise.resolve({ driver: createDemoDriver({ timeScale: 0.01 }) }),
  {
    volumePool: 'default',
    newDomainXml: (name) => `<domain type='kvm'>
  <name>${name}</name>
  <memory unit='KiB'>131072</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
  </os>
  <devices>
    <disk type='file' device='disk'>
      <source file='/var/lib/libvirt/images/${name}.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
  </devices>
</domain>
`,
  },
);
