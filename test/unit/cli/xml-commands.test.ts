import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, LIVE_DIR, corpusFile } from '../../helpers/xml-corpus';
import { runCli } from './run-cli';

/** `virtdeck xml ...` on local files: no libvirt needed. */
describe('virtdeck xml', () => {
  let dir: string;
  const live = join(LIVE_DIR, 'q35-running.xml');
  /** Writes a partial device (or any text) to a file and returns its path. */
  const file = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'virtdeck-xml-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  describe('roundtrip', () => {
    it('writes each document back as it was, two documents of one file included', async () => {
      const name = 'cli/compare/virt-install-many-devices.xml';
      const twoDocuments = 'cli/compare/virt-install-kvm-centos7.xml';
      const result = await runCli([
        'xml',
        'roundtrip',
        join(CORPUS_DIR, name),
        join(CORPUS_DIR, twoDocuments),
      ]);
      expect(result).toEqual({
        code: 0,
        stdout: corpusFile(name) + corpusFile(twoDocuments),
        stderr: '',
      });
    });

    it('exits 1 with the line and column of malformed XML', async () => {
      const bad = await file('bad.xml', '<domain>\n  <name>x</nam>\n</domain>\n');
      const result = await runCli(['xml', 'roundtrip', bad]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `error: ${bad}: The XML is not well-formed (line 2, column 10): </nam> closes <name>. Correct the XML and try again.\n`,
      );
    });

    it('exits 1 for a file it cannot read', async () => {
      const result = await runCli(['xml', 'roundtrip', join(dir, 'missing.xml')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('missing.xml: cannot read the file (ENOENT)');
    });
  });

  describe('find-device', () => {
    const find = async (match: string, ...options: string[]) =>
      runCli(['xml', 'find-device', live, await file('match.xml', match), ...options]);

    it('prints the disk a target names, exactly as the definition has it', async () => {
      const result = await find("<disk><target dev='vda'/></disk>");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^<disk type='file' device='disk'>\n/);
      expect(result.stdout).toContain("<alias name='virtio-disk0'/>");
      expect(result.stdout).toMatch(/<\/disk>\n$/);
    });

    it('finds an interface by MAC, whatever else the element says', async () => {
      const result = await find(
        "<interface type='bridge'><mac address='52:54:00:6B:3C:58'/></interface>",
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("<source network='default'");
    });

    it('exits 2 with the code and what to do when nothing matches', async () => {
      const result = await find("<disk><target dev='vdz'/></disk>");
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'error: not-found: web1 has no disk with target "vdz". Refresh its device list: the device may already be gone.\n',
      });
    });

    it('refuses a controller with devices on it as busy', async () => {
      const result = await find("<controller type='pci' index='1'/>");
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: busy: The pci controller 1 still has devices on it/);
    });

    it('refuses the root bus as never removable', async () => {
      const result = await find("<controller type='pci' index='0'/>");
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: not-removable: The PCIe root bus is part of/);
    });

    it('applies the hot-unplug rules with --live', async () => {
      const cdrom = await find("<disk><target dev='sda'/></disk>", '--live');
      expect(cdrom.code).toBe(2);
      expect(cdrom.stderr).toMatch(/^error: not-hot-unpluggable: /);
      expect((await find("<disk><target dev='sda'/></disk>")).code).toBe(0);
    });

    it('exits 1 when the match is not a device element', async () => {
      const result = await find('<domain/>');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('<domain> is not a device element');
    });
  });
});
