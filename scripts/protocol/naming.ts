/**
 * How libvirt's C and XDR names become TypeScript names (see README.md beside this file).
 */

/**
 * Words spelled in capitals when a procedure has no public C function to copy the
 * spelling from (internal calls such as the migration phases, event registration).
 */
export const UPPER_WORDS = new Set([
  'XML',
  'UUID',
  'ID',
  'URI',
  'CPU',
  'OS',
  'FS',
  'NMI',
  'DHCP',
  'PCI',
  'SCSI',
  'LXC',
  'QEMU',
  'SASL',
  'NWFILTER',
]);

/** Spellings for words of UPPER_WORDS that are not plain capitals. */
const WORD_SPELLING: Record<string, string> = { NWFILTER: 'NWFilter' };

/**
 * Procedures whose name is not the camel-cased C function name; none in libvirt 9.0, the
 * table is here so an irregular future one has a documented place.
 */
export const METHOD_NAME_EXCEPTIONS: Record<string, string> = {};

/** Type names that would be unclear or collide once `remote_` is dropped. */
export const TYPE_NAME_EXCEPTIONS: Record<string, string> = {
  remote_nonnull_interface: 'iface',
  remote_interface: 'optInterface',
  remote_error: 'remoteError',
  remote_nonnull_string: 'string',
  remote_string: 'optString',
};

/** snake_case or UPPER_CASE to camelCase: `cpu_time` → `cpuTime`, `callbackID` stays. */
export function camel(name: string): string {
  if (!name.includes('_')) return /^[A-Z0-9]+$/.test(name) ? name.toLowerCase() : name;
  return name
    .split('_')
    .filter((w) => w !== '')
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
}

export function pascal(name: string): string {
  const c = camel(name);
  return c[0]!.toUpperCase() + c.slice(1);
}

/** Lower-cases a C name's leading capital(s): `DomainGetXMLDesc` → `domainGetXMLDesc`, `NWFilterX` → `nwfilterX`. */
function lowerFirst(name: string): string {
  const m = /^[A-Z]+(?=[A-Z][a-z]|$)/.exec(name);
  const head = m && m[0].length > 1 ? m[0] : name[0]!;
  return head.toLowerCase() + name.slice(head.length);
}

/**
 * The method name of a procedure: the C function libvirt exports for it (from
 * libvirt_public.syms and friends), without `vir`, first letter lower-cased; otherwise its
 * words camel-cased with UPPER_WORDS in capitals.
 */
export function methodName(
  procName: string,
  prefix: string,
  publicFunctions: ReadonlyMap<string, string>,
): string {
  const stem = procName.slice(prefix.length);
  const exception = METHOD_NAME_EXCEPTIONS[procName];
  if (exception) return exception;
  const c = publicFunctions.get(stem.replace(/_/g, '').toLowerCase());
  if (c) return lowerFirst(c.replace(/^vir/, ''));
  return stem
    .split('_')
    .map((w, i) => {
      if (i === 0) return w.toLowerCase();
      if (UPPER_WORDS.has(w)) return WORD_SPELLING[w] ?? w;
      return w[0]! + w.slice(1).toLowerCase();
    })
    .join('');
}

/** Public C functions by their letters lower-cased without `vir`: `domaingetxmldesc` → `virDomainGetXMLDesc`. */
export function publicFunctionIndex(symsFiles: readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const text of symsFiles) {
    for (const m of text.matchAll(/^\s*(vir[A-Za-z0-9]+);/gm)) {
      const name = m[1]!;
      index.set(name.slice(3).toLowerCase(), name);
    }
  }
  return index;
}

/** A type's codec name: `remote_nonnull_domain` → `domain`, `remote_domain` → `optDomain`. */
export function typeName(xdrName: string, optionalHandles: ReadonlySet<string>): string {
  const exception = TYPE_NAME_EXCEPTIONS[xdrName];
  if (exception) return exception;
  const stem = xdrName.replace(/^(remote|qemu|lxc|virNet|vir_net)_/, '');
  if (stem.startsWith('nonnull_')) return camel(stem.slice('nonnull_'.length));
  if (optionalHandles.has(xdrName)) return 'opt' + pascal(stem);
  return camel(stem);
}
