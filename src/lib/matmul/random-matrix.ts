import { randomLcg, randomUniform } from 'd3-random';

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
