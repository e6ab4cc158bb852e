import type { HostSummary } from '../../../shared/dto';

const STATUS_TEXT: Record<HostSummary['status'], string> = {
  connecting: 'Connecting',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  disconnected: 'Disconnected',
  error: 'Error',
};

/**
 * The host's state in a few words: "Reconnecting… (attempt 3, next in 4 s)" while the app
 * retries by itself, so the user sees that it is trying and how often.
 */
export function hostStatusLabel(host: Pick<HostSummary, 'status' | 'retry'>, now: number): string {
  const text = STATUS_TEXT[host.status];
  if (host.status !== 'reconnecting' || !host.retry) return text;
  const { attempt, nextAt } = host.retry;
  if (nextAt === undefined) return `${text} (attempt ${attempt}, connecting)`;
  const seconds = Math.max(0, Math.ceil((nextAt - now) / 1000));
  return `${text} (attempt ${attempt}, next in ${seconds} s)`;
}
