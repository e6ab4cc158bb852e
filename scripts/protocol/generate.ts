/**
 * Generates src/drivers/libvirt/protocol/*.gen.ts from libvirt's own protocol definition
 * (src/remote/remote_protocol.x and friends) and public headers (include/libvirt/*.h).
 *
 *   npx tsx scripts/protocol/generate.ts [--source DIR] [--out DIR]
 *
 * DIR defaults to the tree scripts/protocol/fetch-libvirt-source.sh unpacked under
 * .cache/libvirt-src/. `npm run gen:protocol` runs both. See README.md beside this file.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { parseXdr } from './xdr-parser';
import type { Definition } from './xdr-parser';
import { emptyHeaderConstants, parseHeader } from './c-headers';
import { publicFunctionIndex } from './naming';
import { TypeContext, emitTypes } from './emit-types';
import { callStructSchemas, emitProcedures } from './emit-procedures';
import type { ProtocolSchema } from '../../src/drivers/libvirt/protocol/schema';

const ROOT = resolve(import.meta.dirname, '../..');

/** The headers in the order libvirt.h includes them (later ones use earlier constants). */
const HEADERS = [
  'libvirt-common.h.in',
  'libvirt-host.h',
  'libvirt-domain.h',
  'libvirt-domain-checkpoint.h',
  'libvirt-domain-snapshot.h',
  'libvirt-event.h',
  'libvirt-interface.h',
  'libvirt-network.h',
  'libvirt-nodedev.h',
  'libvirt-nwfilter.h',
  'libvirt-secret.h',
  'libvirt-storage.h',
  'libvirt-stream.h',
  'virterror.h',
  'libvirt-qemu.h',
  'libvirt-lxc.h',
];

const XDR_FILES = [
  'src/rpc/virnetprotocol.x',
  'src/remote/remote_protocol.x',
  'src/remote/qemu_protocol.x',
  'src/remote/lxc_protocol.x',
];

const CODEC_IMPORTS = [
  'array',
  'bool',
  'charArray',
  'charString',
  'double',
  'fixedArray',
  'fixedOpaque',
  'hyper',
  'int',
  'opaque',
  'optional',
  'optString',
  'string',
  'struct',
  'uhyper',
  'uint',
  'union',
  'voidCodec',
];

function defaultSource(): string {
  const cache = join(ROOT, '.cache/libvirt-src');
  const trees = existsSync(cache) ? readdirSync(cache).filter((d) => d.startsWith('libvirt-')) : [];
  if (trees.length !== 1)
    throw new Error(
      `no single libvirt source tree in ${cache}; run scripts/protocol/fetch-libvirt-source.sh or pass --source`,
    );
  return join(cache, trees[0]!);
}

function libvirtVersion(source: string): string {
  const meson = readFileSync(join(source, 'meson.build'), 'utf8');
  const m = /project\(\s*'libvirt',\s*'c',\s*version:\s*'([^']+)'/.exec(meson);
  if (!m) throw new Error(`no version in ${source}/meson.build`);
  return m[1]!;
}

/** Only the codec helpers a file actually uses, so the import list stays honest. */
function usedImports(code: string, candidates: readonly string[]): string[] {
  return candidates.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
}

function objectLiteral(entries: [string, number | string][]): string {
  return `{ ${entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`).join(', ')} }`;
}

export async function generate(source: string, out: string): Promise<string[]> {
  const version = libvirtVersion(source);
  const header = (files: string) =>
    `// Generated from libvirt ${version}'s ${files}; do not edit; regenerate with \`npm run gen:protocol\`.\n`;

  const headerConstants = emptyHeaderConstants();
  for (const h of HEADERS) {
    parseHeader(readFileSync(join(source, 'include/libvirt', h), 'utf8'), h, headerConstants);
  }
  const xdr = new Map<string, Definition[]>();
  for (const f of XDR_FILES) xdr.set(f, parseXdr(readFileSync(join(source, f), 'utf8'), f));
  const remoteDefs = xdr.get('src/remote/remote_protocol.x')!;
  const ctx = new TypeContext(remoteDefs, headerConstants.numbers);
  const publicFunctions = publicFunctionIndex(
    ['libvirt_public.syms', 'libvirt_qemu.syms', 'libvirt_lxc.syms'].map((f) =>
      readFileSync(join(source, 'src', f), 'utf8'),
    ),
  );

  const files: Record<string, string> = {};

  const types = emitTypes(remoteDefs, ctx);
  files['remote-types.gen.ts'] = [
    header('src/remote/remote_protocol.x'),
    '/** The shared types of the REMOTE program (handles, typed parameters, errors, records). */',
    `import { ${usedImports(types.code, CODEC_IMPORTS).join(', ')} } from '../xdr/codec';`,
    `import type { ${/\bCodec</.test(types.code) ? 'Codec, ' : ''}CodecValue } from '../xdr/codec';`,
    `import { typedParamValue } from './typed-param';`,
    '',
    types.code,
  ].join('\n');

  const procEnum = remoteDefs.find(
    (d): d is Extract<Definition, { kind: 'enum' }> =>
      d.kind === 'enum' && d.name === 'remote_procedure',
  );
  if (!procEnum) throw new Error('remote_protocol.x has no remote_procedure enum');
  const procs = emitProcedures(procEnum, 'REMOTE_PROC_', 'remote_', ctx, publicFunctions);
  const typeNames = types.names.filter((n) => new RegExp(`\\b${n}\\b`).test(procs.code));
  files['remote-procedures.gen.ts'] = [
    header('src/remote/remote_protocol.x'),
    `import { ${usedImports(procs.code, CODEC_IMPORTS).join(', ')} } from '../xdr/codec';`,
    `import { fixed, flags, procedure } from './procedure';`,
    `import { TYPED_PARAM_STRING_OKAY } from './typed-param';`,
    `import { ${typeNames.join(', ')} } from './remote-types.gen';`,
    '',
    procs.code,
  ].join('\n');

  const schema: ProtocolSchema = {
    types: types.schema,
    callStructs: callStructSchemas(ctx, procs),
    calls: procs.calls,
    messages: procs.messages,
  };
  files['schema.gen.ts'] = [
    header('src/remote/remote_protocol.x'),
    `import type { ProtocolSchema } from './schema';`,
    '',
    '/** Every generated type and procedure, described for tests and tools. */',
    `export const REMOTE_SCHEMA: ProtocolSchema = ${JSON.stringify(schema)};`,
  ].join('\n');

  const constants: string[] = [header(XDR_FILES.join(', '))];
  for (const [file, defs] of xdr) {
    const fileCtx = new TypeContext(defs, headerConstants.numbers);
    constants.push(`// ${file}`);
    for (const d of defs) {
      if (d.kind === 'const') constants.push(`export const ${d.name} = ${fileCtx.value(d.value)};`);
      if (d.kind === 'enum') {
        const members = d.members.map((m) => [m.name, fileCtx.value(m.value)] as [string, number]);
        constants.push(`export const ${d.name} = ${objectLiteral(members)} as const;`);
      }
    }
  }
  files['constants.gen.ts'] = constants.join('\n');

  const enumMembers = new Set(headerConstants.enums.flatMap((e) => e.members.map((m) => m.name)));
  const enums: string[] = [
    header('include/libvirt/*.h'),
    '/** Enums of the public headers, by their C names; each member keeps its C name. */',
  ];
  for (const e of headerConstants.enums) {
    enums.push(
      `/** ${e.file} */`,
      `export const ${e.name} = ${objectLiteral(e.members.map((m) => [m.name, m.value]))} as const;`,
      `export type ${e.name} = number;`,
    );
  }
  enums.push('', '// #define constants: sizes, typed parameter field names, ...');
  for (const [name, value] of headerConstants.numbers) {
    if (!enumMembers.has(name)) enums.push(`export const ${name} = ${value};`);
  }
  for (const [name, value] of headerConstants.strings) {
    enums.push(`export const ${name} = ${JSON.stringify(value)};`);
  }
  files['enums.gen.ts'] = enums.join('\n');

  mkdirSync(out, { recursive: true });
  const config = (await resolveConfig(join(ROOT, 'src/drivers/libvirt/protocol/x.ts'))) ?? {};
  const written: string[] = [];
  for (const [name, code] of Object.entries(files)) {
    const path = join(out, name);
    writeFileSync(path, await format(code, { ...config, parser: 'typescript' }));
    written.push(path);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, out: { type: 'string' } },
  });
  const source = values.source ?? process.env['LIBVIRT_SOURCE'] ?? defaultSource();
  const out = values.out ?? join(ROOT, 'src/drivers/libvirt/protocol');
  for (const path of await generate(source, out)) console.log(path);
}
