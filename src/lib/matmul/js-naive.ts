import type { MatmulShape } from './types.ts';

/**
 * The textbook i-j-k triple loop. Kept deliberately unoptimised: it is the
 * strawman the lab shows for contrast (the inner loop walks B down a column,
 * so every step touches a new cache line once n is large).
 */
export function matmulNaive(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  { m, k, n }: MatmulShape,
): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += a[i * k + p]! * b[p * n + j]!;
      c[i * n + j] = sum;
    }
  }
}
