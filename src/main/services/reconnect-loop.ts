import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffOptions } from './reconnect-policy';

export interface RetryLoopOptions {
  /** One attempt; resolves true when the loop is done (connected, or the user must act). */
  attempt: (attempt: number) => Promise<boolean>;
  /** Told when the next attempt is due, so the wait can be shown. */
  onWaiting: (attempt: number, delayMs: number) => void;
  backoff?: BackoffOptions;
  random?: () => number;
}

/**
 * Retries one host's connection with capped exponential backoff until an attempt says it
 * is done or the loop is stopped. It keeps its own count, so "retry now" in the middle of
 * the backoff takes the next attempt early without starting the delays over.
 */
export class RetryLoop {
  readonly #options: RetryLoopOptions;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: Promise<void> | undefined;
  #active = false;
  /** Bumped by stop(), so an attempt that outlives its loop changes nothing. */
  #generation = 0;

  constructor(options: RetryLoopOptions) {
    this.#options = options;
  }

  /** Whether the loop is waiting for or running an attempt. */
  get active(): boolean {
    return this.#active;
  }

  /** Starts over from the first attempt, after the first delay. */
  begin(): void {
    this.stop();
    this.#active = true;
    this.#scheduleNext();
  }

  /** Runs the next attempt now (or joins the one under way); starts the loop when idle. */
  runNow(): Promise<void> {
    if (this.#inFlight) return this.#inFlight;
    this.#clearTimer();
    this.#active = true;
    if (this.#attempt === 0) this.#attempt = 1;
    return this.#run();
  }

  /** Ends the loop: no attempt is started after this (one under way is ignored). */
  stop(): void {
    this.#clearTimer();
    this.#active = false;
    this.#attempt = 0;
    this.#inFlight = undefined;
    this.#generation += 1;
  }

  #scheduleNext(): void {
    this.#attempt += 1;
    const delay = backoffDelayMs(
      this.#attempt,
      this.#options.backoff ?? DEFAULT_BACKOFF,
      this.#options.random,
    );
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#run();
    }, delay);
    this.#timer.unref?.();
    this.#options.onWaiting(this.#attempt, delay);
  }

  #run(): Promise<void> {
    const attempt = Math.max(1, this.#attempt);
    const generation = this.#generation;
    const run = (async () => {
      let done: boolean;
      try {
        done = await this.#options.attempt(attempt);
      } catch {
        done = false;
      }
      if (generation !== this.#generation) return;
      this.#inFlight = undefined;
      if (!this.#active) return;
      if (done) this.stop();
      else this.#scheduleNext();
    })();
    this.#inFlight = run;
    return run;
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
