/** Shape of C = A × B with A: m×k, B: k×n, C: m×n, all row-major float32. */
export interface MatmulShape {
  readonly m: number;
  readonly k: number;
  readonly n: number;
}

/**
 * A CPU kernel writes A × B into `c` (overwriting it). Kernels are pure
 * functions of their inputs so the same code runs in Node tests, workers and
 * the bench.
 */
export type CpuKernel = (
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  shape: MatmulShape,
) => void;

export const square = (n: number): MatmulShape => ({ m: n, k: n, n });
