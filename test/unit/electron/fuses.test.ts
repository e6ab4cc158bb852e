import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The packaged app flips Electron's fuses as its security checklist asks. */
describe('electron-builder.yml', () => {
  it('sets the fuses', () => {
    const config = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    const fuses = config.slice(config.indexOf('electronFuses:'));
    for (const [fuse, value] of [
      ['runAsNode', 'false'],
      ['enableCookieEncryption', 'true'],
      ['enableNodeOptionsEnvironmentVariable', 'false'],
      ['enableNodeCliInspectArguments', 'false'],
      ['enableEmbeddedAsarIntegrityValidation', 'true'],
      ['onlyLoadAppFromAsar', 'true'],
      ['grantFileProtocolExtraPrivileges', 'false'],
    ]) {
      expect(fuses).toMatch(new RegExp(`\\n  ${fuse}: ${value}\\n`));
    }
  });
});
