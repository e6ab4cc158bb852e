/**
 * A fixed-capacity history of numbers that overwrites the oldest value when full. It is
 * written in place: the stats store appends to a thousand of these every second, and a
 * fresh buffer per VM per tick would keep the garbage collector busy during updates.
 */
export interface Ring {
  readonly values: Float64Array;
  /** Index of the oldest value. */
  start: number;
  size: number;
}

export function emptyRing(capacity: number): Ring {
  return { values: new Float64Array(capacity), start: 0, size: 0 };
}

export function appendToRing(ring: Ring, value: number): void {
  const capacity = ring.values.length;
  if (ring.size < capacity) {
    ring.values[(ring.start + ring.size) % capacity] = value;
    ring.size += 1;
  } else {
    ring.values[ring.start] = value;
    ring.start = (ring.start + 1) % capacity;
  }
}

/** The values from oldest to newest. */
export function ringToArray(ring: Ring): number[] {
  const capacity = ring.values.length;
  const result = new Array<number>(ring.size);
  for (let i = 0; i < ring.size; i++) result[i] = ring.values[(ring.start + i) % capacity] ?? 0;
  return result;
}
