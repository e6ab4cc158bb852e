import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildVolume, VolumeXml } from '../../../src/domain/storage';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { VolumeSpec } from '../../../src/shared/storage';
import { describeWhen, libvirtd, virshProgram } from '../../fixtures/requirements';

const testUri = 'test+unix:///default';

describeWhen('libvirt accepts the volume XML', [libvirtd, virshProgram], () => {
  it("is created in the test driver's pool", () => {
    const name = `virtdeck-unit-${process.pid}.qcow2`;
    const dir = mkdtempSync(join(tmpdir(), 'virtdeck-vol-'));
    const file = join(dir, 'volume.xml');
    try {
      writeFileSync(
        file,
        serializeElement(buildVolume(VolumeSpec.parse({ name, capacityBytes: 2 ** 30 }))),
      );
      // One virsh session: the test driver forgets its state when its last client leaves.
      const session = spawnSync(
        'virsh',
        [
          '-c',
          testUri,
          `vol-create default-pool ${file} ; vol-dumpxml --pool default-pool ${name} ; vol-delete --pool default-pool ${name}`,
        ],
        { encoding: 'utf8' },
      );
      expect(session.stderr).toBe('');
      const out = session.stdout;
      const dumped = {
        stdout: out.slice(out.indexOf('<volume'), out.indexOf('</volume>') + '</volume>'.length),
      };
      expect(VolumeXml.parse(dumped.stdout).capacityBytes).toBe(2 ** 30);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
