import type { AppErrorShape } from '../errors';
import { AppError } from '../errors';

/** How a method's outcome crosses any transport: a value or an error, never a throw. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new AppError(envelope.error);
}
