/** How long the pretend guests take to do things, in milliseconds before `timeScale`. */
export interface DemoTimings {
  /** From an ACPI shutdown request to the guest powering off. */
  shutdownMs: number;
  /** From the guest powering off to the domain being shut off (QEMU exiting). */
  teardownMs: number;
  /** From a reboot request to the guest resetting. */
  rebootMs: number;
  /** From a live detach request to the guest releasing the device. */
  unplugMs: number;
}

export interface DemoOptions {
  /** Adds this many generated VMs ("scale-0001", ...) in mixed states, for scale tests. */
  extraVms?: number;
  /** Multiplies every delay: 0.01 makes a 1.5 s shutdown take 15 ms in tests. */
  timeScale?: number;
  /** Overrides individual delays (before `timeScale`). */
  timings?: Partial<DemoTimings>;
  /** The clock live stats are computed against, in ms; tests pass a fake one. */
  now?: () => number;
}

/** Delays that look natural in the UI: long enough to see, short enough not to wait for. */
export const DEFAULT_TIMINGS: DemoTimings = {
  shutdownMs: 1500,
  teardownMs: 150,
  rebootMs: 800,
  unplugMs: 700,
};

export function resolveTimings(options: DemoOptions): DemoTimings {
  const scale = options.timeScale ?? 1;
  const merged = { ...DEFAULT_TIMINGS, ...options.timings };
  return {
    shutdownMs: merged.shutdownMs * scale,
    teardownMs: merged.teardownMs * scale,
    rebootMs: merged.rebootMs * scale,
    unplugMs: merged.unplugMs * scale,
  };
}

/**
 * Options from the environment, for whoever creates the default connection:
 * VIRTDECK_DEMO_VMS=N adds N generated VMs; VIRTDECK_DEMO_TIME_SCALE=x scales the delays.
 */
export function demoOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): DemoOptions {
  const options: DemoOptions = {};
  const extra = Number.parseInt(env['VIRTDECK_DEMO_VMS'] ?? '', 10);
  if (Number.isInteger(extra) && extra > 0) options.extraVms = extra;
  const scale = Number.parseFloat(env['VIRTDECK_DEMO_TIME_SCALE'] ?? '');
  if (Number.isFinite(scale) && scale >= 0) options.timeScale = scale;
  return options;
}
