import { randomInt, randomLcg } from 'd3-random';
import type { MatmulShape } from './types.ts';

/**
 * A result passes when its largest sampled relative error is at most this.
 * Why 1e-4: float32 rounding over the sizes the lab runs stays near 1e-6, so a
 * correct float32 kernel passes with a wide margin, while half-precision
 * arithmetic (~1e-3) or a wrong index (~1) fails. Inputs are drawn from
 * [0, 1), so no entry of C is near zero and the relative error is well defined.
 */
export const MAX_REL_ERROR = 1e-4;

/** How many entries of C are checked against float64 when not checking all. */
export const DEFAULT_SAMPLES = 256;

/** One entry of A × B computed in float64: the reference value. */
export function referenceEntry(
  a: Float32Array, b: Float32Array, { k, n }: MatmulShape, i: number, j: number,
): number {
  let sum = 0;
  for (let p = 0; p < k; p++) sum += a[i * k + p]! * b[p * n + j]!;
  return sum;
}

export interface Verification {
  readonly maxRelError: number;
  readonly checked: number;
  readonly verified: boolean;
}

/**
 * Compares `c` with the float64 reference on a seeded sample of entries (the
 * four corners are always included, because edge tiles are where blocked
 * kernels go wrong) or on every entry when `samples` is 'all'.
 */
export function verify(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  shape: MatmulShape,
  samples: number | 'all' = DEFAULT_SAMPLES,
  seed = 1,
): Verification {
  const { m, n } = shape;
  const entries: Array<[number, number]> = [];
  if (samples === 'all' || samples >= m * n) {
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) entries.push([i, j]);
  } else {
    entries.push([0, 0], [0, n - 1], [m - 1, 0], [m - 1, n - 1]);
    const source = randomLcg(seed);
    const row = randomInt.source(source)(m);
    const col = randomInt.source(source)(n);
    while (entries.length < samples) entries.push([row(), col()]);
  }
  let maxRelError = 0;
  for (const [i, j] of entries) {
    const expected = referenceEntry(a, b, shape, i, j);
    const actual = c[i * n + j]!;
    // NaN must fail, so compare with a negated test rather than Math.max.
    const error = Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
    if (!(error <= maxRelError)) maxRelError = Number.isNaN(error) ? Infinity : error;
  }
  return { maxRelError, checked: entries.length, verified: maxRelError <= MAX_REL_ERROR };
}
