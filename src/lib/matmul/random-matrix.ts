import { randomLcg, randomUniform } from 'd3-random';
import type { MatmulShape } from './types.ts';

/**
 * A rows×cols float32 matrix with entries uniform in [0, 1) from a seeded
 * generator, so every backend multiplies exactly the same numbers and a shared
 * URL reproduces the same run.
 */
export function randomMatrix(rows: number, cols: number, seed: number): Float32Array {
  const next = randomUniform.source(randomLcg(seed))(0, 1);
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < out.length; i++) out[i] = next();
  return out;
}

/** The rows seededInputs makes for a shape (A's, then B's): the unit of its progress. */
export const inputRows = ({ m, k }: MatmulShape): number => m + k;

/** Numbers made between two progress reports: a few milliseconds of work, so progress moves and a stop lands soon. */
const STEP_NUMBERS = 2 ** 18;

function* fillRows(out: Float32Array, rows: number, cols: number, seed: number, before: number): Generator<number> {
  const next = randomUniform.source(randomLcg(seed))(0, 1);
  const step = Math.max(1, Math.floor(STEP_NUMBERS / Math.max(1, cols)));
  for (let row = 0; row < rows; row += step) {
    const end = Math.min(rows, row + step);
    for (let i = row * cols; i < end * cols; i++) out[i] = next();
    yield before + end;
  }
}

/**
 * A (m×k, from `seed`) and B (k×n, from `seed + 1`), the same numbers as
 * randomMatrix, made a slice of rows at a time: each step yields the rows done
 * so far (of inputRows), so the caller can report progress between slices and
 * stop early.
 */
export function* seededInputs(shape: MatmulShape, seed: number): Generator<number, { a: Float32Array; b: Float32Array }> {
  const { m, k, n } = shape;
  const a = new Float32Array(m * k);
  yield* fillRows(a, m, k, seed, 0);
  const b = new Float32Array(k * n);
  yield* fillRows(b, k, n, seed + 1, m);
  return { a, b };
}
