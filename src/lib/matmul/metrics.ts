import { median } from 'd3-array';
import type { MatmulShape } from './types.ts';

/** Floating-point operations of one product: a multiply and an add per term. */
export function flops({ m, k, n }: MatmulShape): number {
  return 2 * m * k * n;
}

/** GFLOPS of one product that took `ms` milliseconds (2N³/s for a square one). */
export function gflops(shape: MatmulShape, ms: number): number {
  return flops(shape) / (ms * 1e6);
}

/** Median of timed runs; the median, not the mean, so one stalled run (GC, another tab) does not move it. */
export function medianMs(samples: readonly number[]): number {
  const value = median(samples);
  if (value === undefined) throw new RangeError('medianMs needs at least one sample');
  return value;
}
