/**
 * Splits rows 0..m into at most `parts` contiguous ranges for workers. Range
 * starts fall on multiples of `align` (the kernels' register-tile height), so
 * only the last range can contain a partial tile; empty ranges are dropped
 * because a worker with no rows would only add start-up cost.
 */
export function splitRows(m: number, parts: number, align = 4): Array<[start: number, end: number]> {
  const tiles = Math.ceil(m / align);
  const count = Math.max(1, Math.min(parts, tiles));
  const ranges: Array<[number, number]> = [];
  for (let p = 0; p < count; p++) {
    const start = Math.min(m, Math.round((tiles * p) / count) * align);
    const end = Math.min(m, Math.round((tiles * (p + 1)) / count) * align);
    if (end > start) ranges.push([start, end]);
  }
  return ranges;
}
