import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVolume, VolumeXml } from '../../../src/domain/storage';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { VolumeSpec } from '../../../src/shared/storage';

const hasValidator = spawnSync('virt-xml-validate', ['--help']).status !== null;
const testUri = 'test+unix:///default';
const hasTestDriver =
  spawnSync('virsh', ['-c', testUri, 'pool-info', 'default-pool'], { timeout: 10_000 }).status ===
  0;

describe.skipIf(!hasValidator || !hasTestDriver)('libvirt accepts the volume XML', () => {
  it("validates against libvirt's schema and is created in the test driver's pool", () => {
    const name = `virtdeck-unit-${process.pid}.qcow2`;
    const dir = mkdtempSync(join(tmpdir(), 'virtdeck-vol-'));
    const file = join(dir, 'volume.xml');
    try {
      writeFileSync(
        file,
        serializeElement(buildVolume(VolumeSpec.parse({ name, capacityBytes: 2 ** 30 }))),
      );
      const validation = spawnSync('virt-xml-validate', [file, 'storagevol'], { encoding: 'utf8' });
      expect(validation.stdout + validation.stderr).toContain('validates');
      // One virsh session: the test driver forgets its state when its last client leaves.
      const session = spawnSync(
        'virsh',
        ['-c', testUri, `vol-create default-pool ${file} ; vol-dumpxml --pool default-pool ${name} ; vol-delete --pool default-pool ${name}`],
        { encoding: 'utf8' },
      );
      expect(session.stderr).toBe('');
      const out = session.stdout;
      const dumped = { stdout: out.slice(out.indexOf('<volume'), out.indexOf('</volume>') + '</volume>'.length) };
      expect(VolumeXml.parse(dumped.stdout).capacityBytes).toBe(2 ** 30);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
