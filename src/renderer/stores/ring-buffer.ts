/**
 * A fixed-capacity history of numbers that drops the oldest value when full. Appending
 * returns a new ring (one small typed-array copy) so stores can compare by identity.
 */
export interface Ring {
  readonly values: Float64Array;
  /** Index of the oldest value. */
  readonly start: number;
  readonly size: number;
}

export function emptyRing(capacity: number): Ring {
  return { values: new Float64Array(capacity), start: 0, size: 0 };
}

export function appendToRing(ring: Ring, value: number): Ring {
  const capacity = ring.values.length;
  const values = ring.values.slice();
  if (ring.size < capacity) {
    values[(ring.start + ring.size) % capacity] = value;
    return { values, start: ring.start, size: ring.size + 1 };
  }
  values[ring.start] = value;
  return { values, start: (ring.start + 1) % capacity, size: capacity };
}

/** The values from oldest to newest. */
export function ringToArray(ring: Ring): number[] {
  const capacity = ring.values.length;
  const result = new Array<number>(ring.size);
  for (let i = 0; i < ring.size; i++) result[i] = ring.values[(ring.start + i) % capacity] ?? 0;
  return result;
}
