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
  const points = values
    .map((value, i) => {
      const y = height - (Math.min(Math.max(value, 0), max) / max) * (height - 1) - 0.5;
      return `${(offset + i * step).toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
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
