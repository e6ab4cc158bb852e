import { XdrError } from '../xdr/reader';
import { bool, double, hyper, int, string, uhyper, uint } from '../xdr/codec';
import type { Codec } from '../xdr/codec';

/**
 * Typed parameters (remote_typed_param_value and its helpers), written by hand so values
 * read as `{ type: 'ullong', value: 5n }` and booleans as booleans; the generated
 * remote-types.gen.ts uses this codec for the union.
 */

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

export const typedParamValue: Codec<TypedParamValue> = {
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
