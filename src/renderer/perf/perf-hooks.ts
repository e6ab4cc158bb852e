/**
 * Measurements the benchmark reads from the page (through Playwright). They cost a
 * performance.mark and an array push; nothing else in the app depends on them.
 */
declare global {
  interface Window {
    /** Main-thread milliseconds spent on each 'vm.stats' event, from receipt to commit. */
    __virtdeckStatsUpdateMs?: number[];
  }
}

export const VM_LIST_READY_MARK = 'virtdeck:vm-list-ready';

/** Enough for hours of one-second ticks; older entries are dropped beyond it. */
const MAX_RECORDED_UPDATES = 10_000;

let vmListReadyMarked = false;

export function initPerfHooks(): void {
  window.__virtdeckStatsUpdateMs = [];
}

export function recordStatsUpdate(milliseconds: number): void {
  const durations = window.__virtdeckStatsUpdateMs;
  if (!durations) return;
  if (durations.length >= MAX_RECORDED_UPDATES) durations.shift();
  durations.push(milliseconds);
}

/** Marks the first render of the VM list that has at least one row in the DOM. */
export function markVmListReadyOnce(): void {
  if (vmListReadyMarked) return;
  vmListReadyMarked = true;
  performance.mark(VM_LIST_READY_MARK);
}
