interface SparklineProps {
  /** Oldest first; drawn right-aligned so the newest sample is always at the right edge. */
  values: readonly number[];
  /** The number of samples the full width stands for. */
  capacity: number;
  max: number;
  width: number;
  height: number;
}

/**
 * A tiny trend line. Decorative: callers show the current figure as text beside it, so
 * the SVG is hidden from assistive technology.
 */
export function Sparkline({ values, capacity, max, width, height }: SparklineProps) {
  const step = width / Math.max(1, capacity - 1);
  const offset = (capacity - values.length) * step;
  const scale = (height - 1) / max;
  // Plain concatenation of rounded numbers: this runs for every visible row on every tick.
  let points = '';
  for (let i = 0; i < values.length; i++) {
    const clamped = Math.min(Math.max(values[i] ?? 0, 0), max);
    const x = Math.round((offset + i * step) * 10) / 10;
    const y = Math.round((height - 0.5 - clamped * scale) * 10) / 10;
    points += `${x},${y} `;
  }
  return (
    <svg
      className="vd-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {values.length > 1 && <polyline points={points} />}
    </svg>
  );
}
