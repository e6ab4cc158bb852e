// `npm run bench [-- NAME...]`: runs the benchmarks in bench/ (all, or the named ones), each
// printing its own table. Builds the app first: the UI benchmark runs the built browser mode.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild, root } from './ensure-build.mjs';

const BENCHMARKS = ['ui', 'first-list', 'xml', 'rpc', 'ssh'];
const wanted = process.argv.slice(2);
const selected = wanted.length > 0 ? wanted : BENCHMARKS;

ensureBuild();
let failed = 0;
for (const name of selected) {
  const file = join(root, 'bench', `${name}.ts`);
  if (!existsSync(file)) {
    process.stdout.write(`(no benchmark bench/${name}.ts)\n`);
    continue;
  }
  process.stdout.write(`\n### ${name}: npx tsx bench/${name}.ts\n`);
  const result = spawnSync('npx', ['tsx', file], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
