import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` while `ticking`, for countdowns. */
export function useNow(ticking: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    // The time kept from before the countdown started is old: refresh it at once.
    const first = setTimeout(() => setNow(Date.now()), 0);
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [ticking, intervalMs]);
  return now;
}
