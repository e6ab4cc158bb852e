import { Sparkline } from '../../components/Sparkline';
import { formatPercent } from '../../format/units';
import { ringToArray } from '../../stores/ring-buffer';
import { CPU_HISTORY_LENGTH, useStatsStore } from '../../stores/stats-store';

/**
 * The only part of a row that listens to stats: a tick re-renders this cell of each
 * visible row and nothing else.
 */
export function CpuCell({ uuid }: { uuid: string }) {
  const live = useStatsStore((state) => state.byUuid[uuid]);
  if (!live) return <span className="vd-muted">—</span>;
  return (
    <span className="vd-cpu">
      <Sparkline
        values={ringToArray(live.cpuHistory)}
        capacity={CPU_HISTORY_LENGTH}
        max={100}
        width={72}
        height={20}
      />
      <span className="vd-cpu-text">{formatPercent(live.latest.cpuPercent)}</span>
    </span>
  );
}
