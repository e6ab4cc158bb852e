import { rmSync } from 'node:fs';

/** Once per e2e run: the failure reports of earlier runs go, so each one left is from this run. */
export default function setup(): void {
  rmSync(new URL('../../test-results/e2e', import.meta.url), { recursive: true, force: true });
}
