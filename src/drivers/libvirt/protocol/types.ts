import { array } from '../xdr/codec';
import { typedParam } from './remote-types.gen';
import type { Iface, Nwfilter } from './remote-types.gen';

/**
 * The shared XDR types of the REMOTE program: object handles, typed parameters, errors
 * and stats records, generated from remote_protocol.x (remote-types.gen.ts), plus the
 * few hand-written helpers around them. Handles are passed back to the daemon exactly as
 * received; the daemon resolves domains by UUID.
 */

export * from './remote-types.gen';
export * from './typed-param';

export type Interface = Iface;
export type NWFilter = Nwfilter;

/** The hand-written interface, the same shape as the generated type, wins the name. */
export type { TypedParam } from './typed-param';
export const typedParams = array(typedParam);

/** The canonical text form of a 16-byte UUID: lower-case, dashed. */
export function uuidToString(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function uuidFromString(text: string): Uint8Array {
  const hex = text.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new RangeError(`not a UUID: ${text}`);
  return new Uint8Array(Buffer.from(hex, 'hex'));
}
