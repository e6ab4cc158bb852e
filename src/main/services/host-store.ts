import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const SavedHost = z.object({ id: z.string(), name: z.string(), uri: z.string() });
const SavedHosts = z.object({ version: z.literal(1), hosts: z.array(SavedHost) });
export type SavedHost = z.infer<typeof SavedHost>;

/**
 * The hosts the user added, in hosts.json under the app's config folder. Only names and
 * URIs: never passwords or keys (SSH uses the agent and ~/.ssh).
 */
export class HostStore {
  readonly #file: string;

  constructor(configDir: string) {
    this.#file = join(configDir, 'hosts.json');
  }

  async load(): Promise<SavedHost[]> {
    let text: string;
    try {
      text = await readFile(this.#file, 'utf8');
    } catch {
      return []; // first start
    }
    const parsed = SavedHosts.safeParse(JSON.parse(text));
    if (!parsed.success) {
      throw new Error(`${this.#file} is damaged (${parsed.error.issues[0]?.message}); fix or delete it.`);
    }
    return parsed.data.hosts;
  }

  /** Writes the whole list atomically, so a crash never leaves half a file. */
  async save(hosts: SavedHost[]): Promise<void> {
    const dir = join(this.#file, '..');
    await mkdir(dir, { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify({ version: 1, hosts }, null, 2)}\n`, { mode: 0o600 });
    await rename(temporary, this.#file);
  }
}
