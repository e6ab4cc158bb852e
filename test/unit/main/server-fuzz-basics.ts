import fc from 'fast-check';

/**
 * What the server fuzz sends: HTTP requests, WebSocket upgrades and frames, generated at
 * random and from the known hostile cases. An input is built against the live servers
 * (their ports, the token, a fresh display ticket) just before it is sent.
 */

export interface FuzzContext {
  webPort: number;
  loopbackPort: number;
  token: string;
  /** A fresh browser-mode display ticket: its owner's display path and the ticket. */
  displayTicket(): Promise<{ path: string; ticket: string }>;
  /** A fresh ticket for the loopback display endpoint. */
  loopbackTicket(): Promise<string>;
}

export interface FuzzInput {
  kind: string;
  server: 'web' | 'loopback';
  /** Reset the connection right after sending instead of waiting for the answer. */
  reset: boolean;
  build(context: FuzzContext): Promise<Buffer[]>;
}

export const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

/** Usually `usual`, one time in five one of `others`. */
export function mostly<T>(usual: T, ...others: T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(usual) },
    { weight: 1, arbitrary: fc.constantFrom(...others) },
  );
}

/** Strings of any byte, as a request line or header may carry them. */
export const bytes = (maxLength: number): fc.Arbitrary<string> =>
  fc.uint8Array({ maxLength }).map((array) => Buffer.from(array).toString('latin1'));

/** Splits bytes at a few places: the server must cope with a request in pieces. */
export function pieces(data: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((cut) => cut % (data.length + 1)))].sort((a, b) => a - b);
  const result: Buffer[] = [];
  let start = 0;
  for (const point of points) {
    if (point > start) result.push(data.subarray(start, point));
    start = Math.max(start, point);
  }
  result.push(data.subarray(start));
  return result;
}

/** One input in ten resets the connection right after sending. */
export const rarely = fc.integer({ min: 0, max: 9 }).map((n) => n === 0);

export const truncation = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.nat({ max: 400 }) },
);
export const cuts = fc.array(fc.nat({ max: 2000 }), { maxLength: 3 });
