import { Progress, ProgressMeasureLocation, Title } from '@patternfly/react-core';
import { Sparkline } from '../../components/Sparkline';
import { formatKiB, formatPercent } from '../../format/units';
import { ringToArray } from '../../stores/ring-buffer';
import { CPU_HISTORY_LENGTH, useStatsStore } from '../../stores/stats-store';

/** Live CPU and memory from the stats stream; a stopped VM has none. */
export function LiveUsage({ uuid, memoryKiB }: { uuid: string; memoryKiB: number }) {
  const live = useStatsStore((state) => state.byUuid[uuid]);
  return (
    <section aria-labelledby="vd-usage-title" className="vd-details-block">
      <Title headingLevel="h3" size="md" id="vd-usage-title">
        Usage
      </Title>
      {live ? (
        <div className="vd-usage">
          <div className="vd-usage-cpu">
            <span className="vd-usage-figure">CPU {formatPercent(live.latest.cpuPercent)}</span>
            <Sparkline
              values={ringToArray(live.cpuHistory)}
              capacity={CPU_HISTORY_LENGTH}
              max={100}
              width={200}
              height={36}
            />
          </div>
          <Progress
            title="Memory"
            aria-label="Memory usage"
            value={memoryKiB > 0 ? (live.latest.memoryUsedKiB / memoryKiB) * 100 : 0}
            label={`${formatKiB(live.latest.memoryUsedKiB)} of ${formatKiB(memoryKiB)}`}
            valueText={`${formatKiB(live.latest.memoryUsedKiB)} of ${formatKiB(memoryKiB)}`}
            measureLocation={ProgressMeasureLocation.top}
            size="sm"
          />
        </div>
      ) : (
        <p className="vd-muted">No live figures while the virtual machine is not running.</p>
      )}
    </section>
  );
}
