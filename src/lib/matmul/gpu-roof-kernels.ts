// The gpu.js kernels of the GPU roofs (src/workers/gpu-roof-worker.ts runs
// them through WebGL2). Like the lab's kernels they use only what gpu.js can
// translate into GLSL: numbers, loops with a constant bound, this.thread and
// this.constants.

/** What gpu.js provides as `this` inside a roof kernel, with that kernel's constants. */
export interface RoofKernelThis<Constants = Record<string, never>> {
  thread: { x: number; y: number; z: number };
  constants: Constants;
}

/** Four consecutive floats: one RGBA texel. */
export type Texel = [number, number, number, number];

/** Independent multiply-add chains per thread of computeRoofKernel. */
export const GPU_ROOF_CHAINS = 8;

/**
 * Compute roof: each thread keeps GPU_ROOF_CHAINS chains x = x·a + b in
 * registers for `iterations` steps and reads no memory. a and b are kernel
 * arguments (uniforms), so the shader compiler cannot fold the arithmetic;
 * with a = 0.5 and b = 1 every chain settles at 2.
 */
export function computeRoofKernel(this: RoofKernelThis<{ iterations: number }>, a: number, b: number): number {
  let x0 = this.thread.x * 0.001;
  let x1 = x0 + 1;
  let x2 = x0 + 2;
  let x3 = x0 + 3;
  let x4 = x0 + 4;
  let x5 = x0 + 5;
  let x6 = x0 + 6;
  let x7 = x0 + 7;
  for (let i = 0; i < this.constants.iterations; i++) {
    x0 = x0 * a + b;
    x1 = x1 * a + b;
    x2 = x2 * a + b;
    x3 = x3 * a + b;
    x4 = x4 * a + b;
    x5 = x5 * a + b;
    x6 = x6 * a + b;
    x7 = x7 * a + b;
  }
  return x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7;
}

/**
 * Memory roof's data, made on the GPU (nothing to upload): RGBA float
 * texels, 16 useful bytes per texel fetch. Run once; the texture stays on the GPU.
 */
export function fillRoofTexels(this: RoofKernelThis): Texel {
  const v = this.thread.x * 0.001 + this.thread.y;
  return [v, v + 1, v + 2, v + 3];
}

/**
 * Memory roof: thread (x, y) sums column x of rows y·rowsPerThread onwards,
 * so neighbouring threads read neighbouring texels at every step.
 */
export function streamRoofKernel(this: RoofKernelThis<{ rowsPerThread: number }>, texels: Texel[][]): number {
  let sum = 0;
  const top = this.thread.y * this.constants.rowsPerThread;
  for (let r = 0; r < this.constants.rowsPerThread; r++) {
    const t = texels[top + r]![this.thread.x]!;
    sum += t[0] + t[1] + t[2] + t[3];
  }
  return sum;
}
