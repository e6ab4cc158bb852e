#!/usr/bin/env node
// The `virtdeck` command: runs the built CLI (out/main/cli.js) when the app has been built,
// and the TypeScript sources through tsx in a development checkout that has not.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}out/main/cli.js`;
let cli;
if (existsSync(built)) {
  cli = await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(pathToFileURL(`${root}src/main/cli/index.ts`).href);
}
process.exitCode = await cli.main(process.argv.slice(2));
