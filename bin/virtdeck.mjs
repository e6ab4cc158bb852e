#!/usr/bin/env node
// The `virtdeck` command: runs the built CLI (out/main/cli.js) when the build is up to date
// with the sources, and the TypeScript sources through tsx otherwise (a development checkout).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}out/main/cli.js`;
const sources = `${root}src/main/cli/index.ts`;

async function isBuildFresh() {
  if (!existsSync(sources)) return true; // an installed package ships only out/
  const { isBuildFresh: fresh } = await import(pathToFileURL(`${root}scripts/ensure-build.mjs`).href);
  return fresh();
}

let cli;
if (existsSync(built) && (await isBuildFresh())) {
  cli = await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(pathToFileURL(sources).href);
}
process.exitCode = await cli.main(process.argv.slice(2));
