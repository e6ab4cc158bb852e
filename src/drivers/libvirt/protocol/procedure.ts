import { uint } from '../xdr/codec';
import type { Codec, CodecValue } from '../xdr/codec';
import type { XdrReader } from '../xdr/reader';
import type { XdrWriter } from '../xdr/writer';
import type { StreamDirection } from '../rpc/stream';

/**
 * How a procedure is declared: its number, its arguments as an ordered list of codecs
 * (the wire order, which is also the order of the client method's parameters), and its
 * result as one codec. A result struct with one field is declared as that field's codec,
 * which is the same on the wire, so `domainGetXMLDesc` resolves to the XML string itself.
 */

/** An argument the client fills in itself (e.g. need_results = 1); not a method parameter. */
export interface FixedArg<T> extends Codec<T> {
  readonly fixedValue: T;
}

/** A trailing `flags` argument: optional for the caller, 0 when left out. */
export interface FlagsArg extends Codec<number> {
  readonly isFlags: true;
}

export function fixed<T>(codec: Codec<T>, value: T): FixedArg<T> {
  return { ...codec, fixedValue: value };
}

export const flags: FlagsArg = { ...uint, isFlags: true };

export interface ProcedureOptions {
  /** Bits always OR-ed into the flags argument, e.g. VIR_TYPED_PARAM_STRING_OKAY. */
  flagsOr?: number;
  /** For a stream procedure, which way data flows. */
  stream?: StreamDirection;
}

export interface Procedure<A extends readonly Codec<unknown>[], R> extends ProcedureOptions {
  readonly proc: number;
  readonly args: A;
  readonly ret: Codec<R>;
}

export function procedure<
  const A extends readonly Codec<unknown>[],
  R,
  const O extends ProcedureOptions = object,
>(proc: number, args: A, ret: Codec<R>, options?: O): Procedure<A, R> & O {
  return { proc, args, ret, ...options } as Procedure<A, R> & O;
}

/** The caller's parameters for an argument list: fixed arguments dropped, a last `flags` optional. */
export type Params<A extends readonly unknown[]> = A extends readonly [infer H, ...infer Rest]
  ? H extends FixedArg<unknown>
    ? Params<Rest>
    : H extends FlagsArg
      ? Rest extends readonly []
        ? [flags?: number]
        : [number, ...Params<Rest>]
      : [CodecValue<H>, ...Params<Rest>]
  : [];

/** One codec writing the whole argument list from the caller's positional parameters. */
export function argumentsCodec(
  args: readonly Codec<unknown>[],
  flagsOr = 0,
): Codec<readonly unknown[]> {
  return {
    encode(w: XdrWriter, params: readonly unknown[]) {
      let i = 0;
      for (const codec of args) {
        if ('fixedValue' in codec) {
          (codec as FixedArg<unknown>).encode(w, (codec as FixedArg<unknown>).fixedValue);
        } else if ('isFlags' in codec) {
          const given = params[i++];
          w.uint(((typeof given === 'number' ? given : 0) | flagsOr) >>> 0);
        } else {
          const value = params[i++];
          if (value === undefined) throw new TypeError(`missing argument ${i}`);
          codec.encode(w, value);
        }
      }
    },
    decode(r: XdrReader) {
      return args.map((codec) => codec.decode(r));
    },
    minBytes: args.reduce((sum, c) => sum + c.minBytes, 0),
  };
}
