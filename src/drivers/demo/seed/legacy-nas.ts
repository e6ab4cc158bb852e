import { buildNewDomain } from '../../../domain/new-domain';
import { NewVmSpec } from '../../../shared/vm-spec';
import { formatLikeLibvirt } from '../xml/format';
import { parseXml } from '../xml/tree';
import type { SeedVm } from './types';

/** The image this VM's definition points at is gone: starting it fails with libvirt's error. */
export const LEGACY_NAS_MISSING_IMAGE = '/var/lib/libvirt/images/legacy-nas.qcow2';

/**
 * A VM that cannot start, so the error path of every lifecycle view can be seen. Built the
 * way the app builds a new VM, from a spec.
 */
function legacyNasXml(): string {
  const domain = buildNewDomain(
    NewVmSpec.parse({
      name: 'legacy-nas',
      title: 'Old file server',
      machine: 'pc-q35-7.2',
      memoryMiB: 256,
      vcpus: 1,
      osinfoId: 'http://rockylinux.org/rocky/8',
      disks: [{ kind: 'disk', source: { type: 'file', path: LEGACY_NAS_MISSING_IMAGE }, format: 'qcow2' }],
      nics: [{ kind: 'interface', source: { type: 'network', network: 'default' }, mac: '52:54:00:0a:11:01' }],
    }),
  );
  domain.uuid = '8b1f4c2a-6d3e-4f70-9a1b-c2d3e4f5a6b7';
  domain.description = 'Its disk image was moved away: starting it fails, as it would on libvirt.';
  // Stored in the layout libvirt writes, like the other seeds.
  return formatLikeLibvirt(parseXml(domain.toXml()));
}

export const legacyNas: SeedVm = {
  state: 'shutoff',
  guest: {
    family: 'linux',
    issue: 'Rocky Linux 8.10 (Green Obsidian)\nKernel {kernel} on an x86_64',
    kernel: '4.18.0-553.el8_10.x86_64',
    cpuLoad: 0.05,
    unplug: 'releases',
  },
  xml: legacyNasXml(),
};
