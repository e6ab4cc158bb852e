import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DiskDevice } from '../../../src/domain/devices/disk';
import { DomainXml } from '../../../src/domain/domain-xml';
import { buildNewDomain } from '../../../src/domain/new-domain';
import { NewVmSpec } from '../../../src/shared/vm-spec';
import type { NewVmSpecInput } from '../../../src/shared/vm-spec';
import { DIRECT_KERNEL, INSTALLER } from '../../fixtures/new-vm-specs';
import { describeWhen, qemuSystem, virshProgram } from '../../fixtures/requirements';

const build = (spec: NewVmSpecInput) => buildNewDomain(NewVmSpec.parse(spec));
const qemuUri = 'qemu:///system';

describeWhen('the QEMU driver defines the generated XML', [qemuSystem, virshProgram], () => {
  it('defines and undefines an installer VM and a direct-kernel VM', () => {
    for (const spec of [INSTALLER, DIRECT_KERNEL]) {
      const name = `virtdeck-unit-${spec.name}-${process.pid}`;
      const xml = build({ ...spec, name }).toXml();
      const dir = mkdtempSync(join(tmpdir(), 'virtdeck-define-'));
      try {
        writeFileSync(join(dir, 'domain.xml'), xml);
        execFileSync('virsh', ['-c', qemuUri, 'define', join(dir, 'domain.xml')], {
          stdio: 'pipe',
        });
        const defined = DomainXml.parse(
          execFileSync('virsh', ['-c', qemuUri, 'dumpxml', '--inactive', name], {
            encoding: 'utf8',
          }),
        );
        expect(defined.name).toBe(name);
        expect(defined.devicesOf(DiskDevice).length).toBe(spec.disks?.length ?? 0);
      } finally {
        spawnSync('virsh', ['-c', qemuUri, 'undefine', name], { stdio: 'pipe' });
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
