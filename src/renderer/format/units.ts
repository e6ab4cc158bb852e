const BINARY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 2097152 -> "2 GiB", 1572864 -> "1.5 GiB", 524288 -> "512 MiB". */
export function formatKiB(kib: number): string {
  let value = kib;
  let unit = 0;
  while (value >= 1024 && unit < BINARY_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${oneDecimal.format(value)} ${BINARY_UNITS[unit]}`;
}

/** One decimal below 10 % where small changes matter, whole numbers above. */
export function formatPercent(percent: number): string {
  const clamped = Math.max(0, percent);
  return clamped < 10 ? `${clamped.toFixed(1)}%` : `${Math.round(clamped)}%`;
}
