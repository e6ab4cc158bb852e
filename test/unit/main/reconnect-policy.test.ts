import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DriverError } from '../../../src/drivers/driver';
import { SshAuthError, SshHostKeyError } from '../../../src/drivers/libvirt';
import { RetryLoop } from '../../../src/main/services/reconnect-loop';
import { backoffDelayMs, needsUser } from '../../../src/main/services/reconnect-policy';
import { VirErr, VirFrom } from '../../../src/shared/libvirt-errors';

const NO_JITTER = { firstDelayMs: 1_000, maxDelayMs: 30_000, jitter: 0 };

describe('backoff', () => {
  it('doubles from 1 s and stops at 30 s', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 50, 5_000].map((n) => backoffDelayMs(n, NO_JITTER));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it('spreads each wait by the jitter, never past the cap', () => {
    const options = { ...NO_JITTER, jitter: 0.2 };
    expect(backoffDelayMs(2, options, () => 0)).toBe(1_600);
    expect(backoffDelayMs(2, options, () => 0.5)).toBe(2_000);
    expect(backoffDelayMs(2, options, () => 0.999_999)).toBe(2_400);
    expect(backoffDelayMs(9, options, () => 0.999_999)).toBe(30_000);
    expect(backoffDelayMs(9, options, () => 0)).toBe(24_000);
  });
});

describe('which failures need the user', () => {
  const key = { host: 'h', port: 22, keyType: 'ssh-ed25519', fingerprint: 'SHA256:x' };
  it('stops at refused logins and host key problems', () => {
    expect(needsUser(new SshHostKeyError('unknown', key))).toBe(true);
    expect(needsUser(new SshHostKeyError('changed', key, 'known_hosts:3'))).toBe(true);
    expect(needsUser(new SshAuthError('root', 'h', ['agent'], ['password']))).toBe(true);
    expect(
      needsUser(new DriverError('authentication failed', VirErr.AUTH_FAILED, VirFrom.RPC)),
    ).toBe(true);
  });

  it('retries everything else', () => {
    expect(needsUser(new Error('connect ECONNREFUSED /var/run/libvirt/libvirt-sock'))).toBe(false);
    expect(needsUser(new DriverError('internal error', VirErr.INTERNAL_ERROR, VirFrom.RPC))).toBe(
      false,
    );
    expect(needsUser(new DriverError('no keepalive answer', VirErr.RPC, VirFrom.RPC))).toBe(false);
  });
});

describe('the retry loop', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function loopWith(results: boolean[]) {
    const attempts: number[] = [];
    const waits: [number, number][] = [];
    const loop = new RetryLoop({
      backoff: NO_JITTER,
      attempt: (n) => {
        attempts.push(n);
        return Promise.resolve(results.shift() ?? false);
      },
      onWaiting: (n, ms) => waits.push([n, ms]),
    });
    return { loop, attempts, waits };
  }

  it('waits 1 s, 2 s, 4 s … between attempts until one succeeds', async () => {
    const { loop, attempts, waits } = loopWith([false, false, false, true]);
    loop.begin();
    expect(waits).toEqual([[1, 1_000]]);
    await vi.advanceTimersByTimeAsync(999);
    expect(attempts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toEqual([1]);
    await vi.advanceTimersByTimeAsync(2_000 + 4_000 + 8_000);
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(waits).toEqual([
      [1, 1_000],
      [2, 2_000],
      [3, 4_000],
      [4, 8_000],
    ]);
    expect(loop.active).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(attempts).toHaveLength(4);
  });

  it('keeps going at the cap for as long as it takes', async () => {
    const { loop, attempts } = loopWith([]);
    loop.begin();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000 + 8_000 + 16_000);
    expect(attempts).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(10 * 30_000);
    expect(attempts).toHaveLength(15);
    expect(loop.active).toBe(true);
    loop.stop();
  });

  it('takes the next attempt at once on "retry now", without starting the delays over', async () => {
    const { loop, attempts, waits } = loopWith([false, false, false]);
    loop.begin();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000);
    expect(attempts).toEqual([1, 2]);
    await loop.runNow();
    expect(attempts).toEqual([1, 2, 3]);
    expect(waits.at(-1)).toEqual([4, 8_000]);
    loop.stop();
  });

  it('starts when idle, and stop() ends it for good', async () => {
    const { loop, attempts } = loopWith([false]);
    await loop.runNow();
    expect(attempts).toEqual([1]);
    expect(loop.active).toBe(true);
    loop.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toEqual([1]);
  });
});
