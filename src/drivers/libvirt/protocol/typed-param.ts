import { XdrError } from '../xdr/reader';
import {
  array,
  bool,
  double,
  fixedOpaque,
  hyper,
  int,
  optional,
  optString,
  string,
  struct,
  uhyper,
  uint,
} from '../xdr/codec';
import type { Codec, CodecValue } from '../xdr/codec';

/**
 * The shared XDR types of the REMOTE program: object handles, typed parameters, errors
 * and stats records. Handles are passed back to the daemon exactly as received; the
 * daemon resolves domains by UUID.
 */

export const uuid = fixedOpaque(16);

export const domain = struct({ name: string, uuid, id: int });
export type Domain = CodecValue<typeof domain>;
export const network = struct({ name: string, uuid });
export type Network = CodecValue<typeof network>;
export const storagePool = struct({ name: string, uuid });
export type StoragePool = CodecValue<typeof storagePool>;
export const storageVol = struct({ pool: string, name: string, key: string });
export type StorageVol = CodecValue<typeof storageVol>;
export const nodeDevice = struct({ name: string });
export type NodeDevice = CodecValue<typeof nodeDevice>;
export const iface = struct({ name: string, mac: string });
export type Interface = CodecValue<typeof iface>;
export const secret = struct({ uuid, usageType: int, usageID: string });
export type Secret = CodecValue<typeof secret>;
export const nwfilter = struct({ name: string, uuid });
export type NWFilter = CodecValue<typeof nwfilter>;
export const domainSnapshot = struct({ name: string, dom: domain });
export type DomainSnapshot = CodecValue<typeof domainSnapshot>;

export const optDomain = optional(domain);
export const optNetwork = optional(network);
export const optStoragePool = optional(storagePool);
export const optNodeDevice = optional(nodeDevice);
export const optSecret = optional(secret);

/** remote_typed_param_value: a union on libvirt's VIR_TYPED_PARAM_* numbers. */
export type TypedParamValue =
  | { type: 'int'; value: number }
  | { type: 'uint'; value: number }
  | { type: 'llong'; value: bigint }
  | { type: 'ullong'; value: bigint }
  | { type: 'double'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'string'; value: string };

export interface TypedParam {
  field: string;
  value: TypedParamValue;
}

const typedParamValue: Codec<TypedParamValue> = {
  encode(w, v) {
    switch (v.type) {
      case 'int':
        w.int(1);
        w.int(v.value);
        break;
      case 'uint':
        w.int(2);
        w.uint(v.value);
        break;
      case 'llong':
        w.int(3);
        w.hyper(v.value);
        break;
      case 'ullong':
        w.int(4);
        w.uhyper(v.value);
        break;
      case 'double':
        w.int(5);
        double.encode(w, v.value);
        break;
      case 'boolean':
        w.int(6);
        bool.encode(w, v.value);
        break;
      case 'string':
        w.int(7);
        string.encode(w, v.value);
        break;
    }
  },
  decode(r) {
    const type = r.int();
    switch (type) {
      case 1:
        return { type: 'int', value: int.decode(r) };
      case 2:
        return { type: 'uint', value: uint.decode(r) };
      case 3:
        return { type: 'llong', value: hyper.decode(r) };
      case 4:
        return { type: 'ullong', value: uhyper.decode(r) };
      case 5:
        return { type: 'double', value: double.decode(r) };
      // libvirt sends any non-zero int as true; be as lenient as the C client.
      case 6:
        return { type: 'boolean', value: int.decode(r) !== 0 };
      case 7:
        return { type: 'string', value: string.decode(r) };
      default:
        // Its length is unknowable, so nothing after it can be decoded.
        throw new XdrError(`unknown typed parameter type ${type}`);
    }
  },
  minBytes: 8,
};

export const typedParam: Codec<TypedParam> = struct({ field: string, value: typedParamValue });
export const typedParams = array(typedParam);

/** Getters that can return string parameters drop them unless this flag is set. */
export const TYPED_PARAM_STRING_OKAY = 4;

/** A plain view of typed parameters: field name to value (bigint for 64-bit types). */
export function typedParamsToRecord(
  params: readonly TypedParam[],
): Record<string, number | bigint | boolean | string> {
  const out: Record<string, number | bigint | boolean | string> = {};
  for (const p of params) out[p.field] = p.value.value;
  return out;
}

/**
 * libvirt's size-probe pattern for typed-parameter getters: ask with nparams = 0 to learn
 * the count, then ask again for that many. `get` is e.g.
 * `(n) => client.domainGetMemoryParameters(dom, n)`.
 */
export async function getTypedParams(
  get: (nparams: number) => Promise<{ params: TypedParam[]; nparams: number }>,
): Promise<TypedParam[]> {
  const probe = await get(0);
  if (probe.nparams === 0) return [];
  return (await get(probe.nparams)).params;
}

export const domainStatsRecord = struct({ dom: domain, params: typedParams });
export type DomainStatsRecord = CodecValue<typeof domainStatsRecord>;

/** remote_error: every string in it is optional. */
export const remoteError = struct({
  code: int,
  domain: int,
  message: optString,
  level: int,
  dom: optDomain,
  str1: optString,
  str2: optString,
  str3: optString,
  int1: int,
  int2: int,
  net: optNetwork,
});
export type RemoteError = CodecValue<typeof remoteError>;

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
