import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import {
  defaultGuestChoice,
  parseDomainCapabilities,
  parseHostCapabilities,
} from '../../../src/domain/capabilities';
import { describeWhen, qemuSystem, virshProgram } from '../../fixtures/requirements';

describeWhen("this host's own capabilities (qemu:///system)", [qemuSystem, virshProgram], () => {
  const virsh = (...args: string[]) =>
    spawnSync('virsh', ['-c', 'qemu:///system', ...args], { encoding: 'utf8' }).stdout;

  it('offer an x86_64 guest and a usable default for it', () => {
    const caps = parseHostCapabilities(virsh('capabilities'));
    const choice = defaultGuestChoice(caps, 'x86_64');
    expect(choice?.hypervisor).toMatch(/^(kvm|qemu)$/);
    const domcaps = parseDomainCapabilities(
      virsh(
        'domcapabilities',
        '--virttype',
        choice!.hypervisor,
        '--arch',
        'x86_64',
        '--machine',
        choice!.machine ?? 'pc',
      ),
    );
    expect(domcaps.values('devices/disk', 'bus')).toContain('virtio');
  });
});
