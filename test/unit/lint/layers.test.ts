import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, checked on small sources placed (virtually) in each
 * folder: a forbidden import must be reported, an allowed one must not.
 */
const eslint = new ESLint({
  cwd: new URL('../../..', import.meta.url).pathname,
  // The sources are virtual: lint them without the type-checked rules, which need real files.
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
});

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases: [file: string, source: string, allowed: boolean][] = [
  ['src/renderer/features/x.ts', "import { ipcRenderer } from 'electron';", false],
  ['src/renderer/features/x.ts', "import { readFileSync } from 'node:fs';", false],
  ['src/renderer/features/x.ts', "import { createDemoDriver } from '../../drivers/demo';", false],
  ['src/renderer/features/x.ts', "import { DomainXml } from '../../domain/domain-xml';", false],
  ['src/renderer/features/x.ts', "import { createAppCore } from '../../main/app-core';", false],
  ['src/renderer/features/x.ts', "import { methods } from '../../shared/ipc/contract';", true],
  ['src/shared/x.ts', "import { join } from 'node:path';", false],
  ['src/domain/x.ts', "import { Driver } from '../drivers/driver';", false],
  ['src/domain/x.ts', "import { AppError } from '../shared/errors';", true],
  ['src/drivers/demo/x.ts', "import { connect } from '../libvirt';", false],
  ['src/drivers/libvirt/x.ts', "import { createDemoDriver } from '../demo';", false],
  ['src/drivers/libvirt/x.ts', "import { app } from 'electron';", false],
  ['src/drivers/libvirt/x.ts', "import { connect } from 'node:net';", true],
  ['src/main/services/x.ts', "import { app } from 'electron';", false],
  ['src/main/electron/x.ts', "import { app } from 'electron';", true],
  ['src/preload/x.ts', "import { DomainXml } from '../domain/domain-xml';", false],
  ['src/preload/x.ts', "import { contextBridge } from 'electron';", true],
];

describe('layer rules', () => {
  it.each(cases)('%s: %s', async (file, source, allowed) => {
    const reports = await restrictedImports(file, `${source}\nexport {};\n`);
    if (allowed) expect(reports).toEqual([]);
    else expect(reports.length).toBeGreaterThan(0);
  });
});
