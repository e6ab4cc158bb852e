import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../../../scripts/protocol/generate';
import { REQUIRE_ALL, describeWhen } from '../../fixtures/requirements';

/**
 * The committed src/drivers/libvirt/protocol/*.gen.ts are exactly what the generator
 * makes now from libvirt's source. The source comes from the cache that
 * `npm run gen:protocol` fills; under VIRTDECK_REQUIRE_LIBVIRT=1 (CI) the test fetches it
 * itself when the cache is empty, and fails when it cannot.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const PROTOCOL = join(ROOT, 'src/drivers/libvirt/protocol');
const CACHE = join(ROOT, '.cache/libvirt-src');

function cachedSource(): string | undefined {
  if (!existsSync(CACHE)) return undefined;
  const tree = readdirSync(CACHE).find((d) => d.startsWith('libvirt-'));
  return tree && existsSync(join(CACHE, tree, 'src/remote/remote_protocol.x'))
    ? join(CACHE, tree)
    : undefined;
}

function source(): string | undefined {
  const cached = cachedSource();
  if (cached || !REQUIRE_ALL) return cached;
  execFileSync('bash', [join(ROOT, 'scripts/protocol/fetch-libvirt-source.sh')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return cachedSource();
}

const tree = source();
const out = mkdtempSync(join(tmpdir(), 'vdk-gen-'));

describeWhen(
  'generated protocol files',
  tree ? undefined : 'no libvirt source in .cache/libvirt-src (run `npm run gen:protocol`)',
  () => {
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('are what the generator produces from the libvirt source now', async () => {
      const written = await generate(tree!, out);
      const committed = readdirSync(PROTOCOL).filter((f) => f.endsWith('.gen.ts'));
      expect(written.map((p) => p.slice(out.length + 1)).sort()).toEqual(committed.sort());
      for (const file of committed) {
        const fresh = readFileSync(join(out, file), 'utf8');
        const mismatch = fresh !== readFileSync(join(PROTOCOL, file), 'utf8');
        expect(mismatch, `${file} differs: run npm run gen:protocol`).toBe(false);
      }
    }, 60_000);
  },
);
