import { ensureChild, pruneEmpty } from '../xml/edit';
import type { XmlElement } from '../xml/nodes';

/**
 * Typed properties over the XML tree, declared once with a path and a type, in the spirit
 * of virtinst's XMLProperty. Reads look the path up; writes create missing elements in
 * libvirt's order; writing `undefined` removes the value and any element left empty.
 *
 * Paths are relative to the view's element: "target/@dev" is an attribute, "serial" is an
 * element's text, "readonly" (with `flag`) is an element whose presence means true.
 */
export interface Prop<T> {
  readonly path: string;
  get(element: XmlElement): T | undefined;
  set(element: XmlElement, value: T | undefined): void;
}

interface Codec<T> {
  decode(text: string): T | undefined;
  encode(value: T): string;
}

interface ParsedPath {
  elements: string[];
  attribute: string | undefined;
}

function parsePath(path: string): ParsedPath {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  const last = parts.at(-1);
  if (last?.startsWith('@')) return { elements: parts.slice(0, -1), attribute: last.slice(1) };
  return { elements: parts, attribute: undefined };
}

function find(element: XmlElement, names: readonly string[]): XmlElement | undefined {
  let e: XmlElement | undefined = element;
  for (const name of names) e = e?.child(name);
  return e;
}

function create(element: XmlElement, names: readonly string[]): XmlElement {
  let e = element;
  for (const name of names) e = ensureChild(e, name);
  return e;
}

function valueProp<T>(path: string, codec: Codec<T>): Prop<T> {
  const { elements, attribute } = parsePath(path);
  return {
    path,
    get(element) {
      const target = find(element, elements);
      if (!target) return undefined;
      const text = attribute === undefined ? target.text : target.getAttribute(attribute);
      return text === undefined ? undefined : codec.decode(text);
    },
    set(element, value) {
      if (value === undefined) {
        const target = find(element, elements);
        if (!target) return;
        if (attribute === undefined) target.text = '';
        else target.removeAttribute(attribute);
        pruneEmpty(target, element);
        return;
      }
      const target = create(element, elements);
      if (attribute === undefined) target.text = codec.encode(value);
      else target.setAttribute(attribute, codec.encode(value));
    },
  };
}

const identity: Codec<string> = { decode: (t) => t, encode: (v) => v };

/** libvirt writes numbers in decimal, and a few (PCI addresses) in hex with 0x. */
export function parseInteger(text: string): number | undefined {
  const t = text.trim();
  const n = /^0x[0-9a-f]+$/i.test(t) ? parseInt(t, 16) : /^-?\d+$/.test(t) ? Number(t) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

const integer: Codec<number> = { decode: parseInteger, encode: (v) => String(v) };

function boolean(yes: string, no: string): Codec<boolean> {
  return {
    decode: (t) => (t === yes ? true : t === no ? false : undefined),
    encode: (v) => (v ? yes : no),
  };
}

/** A string, as written. */
export const str = (path: string): Prop<string> => valueProp(path, identity);
/** An integer (decimal, or hex with 0x); anything else reads as undefined. */
export const int = (path: string): Prop<number> => valueProp(path, integer);
/**
 * An integer libvirt writes in hex (PCI and CCW addresses): read in either base, written
 * as 0x with `digits` digits, e.g. slot='0x03'.
 */
export const hex = (path: string, digits: number): Prop<number> =>
  valueProp(path, {
    decode: parseInteger,
    encode: (v) => `0x${v.toString(16).padStart(digits, '0')}`,
  });
/** libvirt's yes/no booleans. */
export const yesNo = (path: string): Prop<boolean> => valueProp(path, boolean('yes', 'no'));
/** libvirt's on/off booleans. */
export const onOff = (path: string): Prop<boolean> => valueProp(path, boolean('on', 'off'));

/** A value from a closed set; unknown values read as undefined but stay in the XML. */
export function oneOf<const T extends string>(path: string, values: readonly T[]): Prop<T> {
  return valueProp(path, {
    decode: (t) => values.find((v) => v === t),
    encode: (v) => v,
  });
}

/** An element whose presence is the value, like a disk's <readonly/>. */
export function flag(path: string): Prop<boolean> {
  const { elements } = parsePath(path);
  return {
    path,
    get: (element) => find(element, elements) !== undefined,
    set(element, value) {
      const existing = find(element, elements);
      if (value) {
        if (!existing) create(element, elements);
      } else if (existing?.parent) {
        const parent = existing.parent;
        parent.remove(existing);
        pruneEmpty(parent, element);
      }
    },
  };
}

const POWERS = 'kmgtpe';

/**
 * Bytes per unit of libvirt's scaled integers (`<memory unit='GiB'>`): "KiB", "K" and "k"
 * are powers of 1024, "KB" of 1000; libvirt reads the letters in any case.
 */
function unitBytes(unit: string): number | undefined {
  const match = /^(?:b|bytes|([kmgtpe])(ib|b)?)$/i.exec(unit);
  if (!match) return undefined;
  if (!match[1]) return 1;
  const power = POWERS.indexOf(match[1].toLowerCase()) + 1;
  return (match[2]?.toLowerCase() === 'b' ? 1000 : 1024) ** power;
}

/**
 * A size element with an optional unit attribute, read and written in `unit`, the unit
 * libvirt assumes when the attribute is missing (KiB for domain memory, bytes for storage).
 * A write sets that unit explicitly, so the number means what it says.
 */
function scaledSize(path: string, unit: 'KiB' | 'bytes'): Prop<number> {
  const text = int(path);
  const unitAttribute = str(`${path}/@unit`);
  const scale = unit === 'KiB' ? 1024 : 1;
  return {
    path,
    get(element) {
      const value = text.get(element);
      const bytes = unitBytes(unitAttribute.get(element) ?? unit);
      return value === undefined || bytes === undefined
        ? undefined
        : Math.floor((value * bytes) / scale);
    },
    set(element, value) {
      unitAttribute.set(element, value === undefined ? undefined : unit);
      text.set(element, value);
    },
  };
}

/** Domain memory sizes, in KiB. */
export const kibibytes = (path: string): Prop<number> => scaledSize(path, 'KiB');
/** Storage sizes, in bytes. */
export const bytes = (path: string): Prop<number> => scaledSize(path, 'bytes');
