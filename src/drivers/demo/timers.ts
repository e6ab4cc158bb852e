/** Every timer the demo host starts, so close() can stop them all and tests can exit. */
export class Timers {
  private readonly pending = new Set<ReturnType<typeof setTimeout>>();

  /** Runs `action` after `ms`; returns a function that cancels it. */
  after(ms: number, action: () => void): () => void {
    const handle = setTimeout(() => {
      this.pending.delete(handle);
      action();
    }, ms);
    this.pending.add(handle);
    return () => {
      clearTimeout(handle);
      this.pending.delete(handle);
    };
  }

  clearAll(): void {
    for (const handle of this.pending) clearTimeout(handle);
    this.pending.clear();
  }
}
