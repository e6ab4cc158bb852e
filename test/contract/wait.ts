import type { Driver, DriverEvent } from '../../src/drivers/driver';

/**
 * Waiting helpers for tests of asynchronous drivers. The deadline only stops a test that
 * would otherwise hang; nothing asserts how long anything took.
 */

/** Starts listening now; resolves with the first event `match` accepts. */
export function nextEvent(
  driver: Driver,
  match: (event: DriverEvent) => boolean,
  deadlineMs = 15_000,
): Promise<DriverEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no matching event within ${deadlineMs} ms`));
    }, deadlineMs);
    const unsubscribe = driver.onEvent((event) => {
      if (!match(event)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(event);
    });
  });
}

/** A predicate for one lifecycle event of one domain. */
export function lifecycle(uuid: string, event: string): (e: DriverEvent) => boolean {
  return (e) => e.kind === 'lifecycle' && e.uuid === uuid && e.event === event;
}

/** Polls `probe` until it returns something other than undefined, or the deadline passes. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  deadlineMs = 15_000,
): Promise<T> {
  const giveUpAt = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > giveUpAt) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Collects every event from now on, for assertions on what arrived and in which order. */
export function recordEvents(driver: Driver): { events: DriverEvent[]; stop: () => void } {
  const events: DriverEvent[] = [];
  const stop = driver.onEvent((e) => events.push(e));
  return { events, stop };
}
