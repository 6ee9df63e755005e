// The gpu.js kernels. gpu.js translates these JavaScript functions into
// shaders (GLSL for webgl2, WGSL for webgpu), so they use only what it can
// translate: numbers, loops with a constant bound, this.thread, this.constants.
// They are written for speed rather than as the textbook one-output-per-thread
// loop, which on the same device was about 17x slower than TensorFlow.js.

/** What gpu.js provides as `this` inside a kernel. */
export interface KernelThis {
  thread: { x: number; y: number; z: number };
  constants: { k4: number; k: number };
}

/** One texel / four consecutive floats; a tuple so reading its lanes type-checks. */
type Vec4 = readonly [number, number, number, number];

/**
 * webgl2: A and B arrive as RGBA float textures (Array2D(4)), so one texture
 * read brings four consecutive values. Each thread computes four neighbouring
 * entries of one row of C: per step it reads 1 texel of A and 4 texels of B
 * for 16 multiply-adds, where the textbook kernel reads 2 values per one.
 */
export function matmulWebgl2(this: KernelThis, a4: Vec4[][], b4: Vec4[][]): number[] {
  const y = this.thread.y;
  const x = this.thread.x;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let q = 0; q < this.constants.k4; q++) {
    const av = a4[y]![q]!;
    const r0 = b4[q * 4]![x]!;
    const r1 = b4[q * 4 + 1]![x]!;
    const r2 = b4[q * 4 + 2]![x]!;
    const r3 = b4[q * 4 + 3]![x]!;
    s0 += av[0] * r0[0] + av[1] * r1[0] + av[2] * r2[0] + av[3] * r3[0];
    s1 += av[0] * r0[1] + av[1] * r1[1] + av[2] * r2[1] + av[3] * r3[1];
    s2 += av[0] * r0[2] + av[1] * r1[2] + av[2] * r2[2] + av[3] * r3[2];
    s3 += av[0] * r0[3] + av[1] * r1[3] + av[2] * r2[3] + av[3] * r3[3];
  }
  return [s0, s1, s2, s3];
}

/**
 * webgpu: gpu.js reads plain f32 storage buffers here (it takes no vector
 * inputs on this backend), so the gain comes from four outputs per thread:
 * each value of A read is used four times.
 */
export function matmulWebgpu(this: KernelThis, a: number[][], b: number[][]): number[] {
  const y = this.thread.y;
  const x = this.thread.x * 4;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let p = 0; p < this.constants.k; p++) {
    const av = a[y]![p]!;
    s0 += av * b[p]![x]!;
    s1 += av * b[p]![x + 1]!;
    s2 += av * b[p]![x + 2]!;
    s3 += av * b[p]![x + 3]!;
  }
  return [s0, s1, s2, s3];
}

export const roundUp4 = (x: number): number => Math.ceil(x / 4) * 4;

/** Copies a rows×cols matrix into rows×roundUp4(cols), zero-padded, so vec4 kernels need no edge cases. */
export function padColumns(src: Float32Array, rows: number, cols: number): Float32Array {
  const padded = roundUp4(cols);
  if (padded === cols) return src;
  const out = new Float32Array(rows * padded);
  for (let r = 0; r < rows; r++) out.set(src.subarray(r * cols, (r + 1) * cols), r * padded);
  return out;
}

/** Copies rows×roundUp4(cols) back to rows×cols. */
export function unpadColumns(src: Float32Array, rows: number, cols: number): Float32Array {
  const padded = roundUp4(cols);
  if (padded === cols) return src;
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) out.set(src.subarray(r * padded, r * padded + cols), r * cols);
  return out;
}

/**
 * The nested shape gpu.js expects for an Array2D(4) argument, as views into
 * one flat array (no copy): rows of vec4s. `cols` must be a multiple of 4.
 */
export function vec4Rows(flat: Float32Array, rows: number, cols: number): Float32Array[][] {
  const per = cols / 4;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: per }, (_, q) => flat.subarray((r * per + q) * 4, (r * per + q) * 4 + 4)),
  );
}

/**
 * gpu.js returns an Array(4) kernel's output as rows of 4-element views into
 * one Float32Array; this recovers that array without copying when it can
 * (and copies otherwise), as a flat rows×(4·width) matrix.
 */
export function flattenVec4Output(rows: readonly (readonly Float32Array[])[], height: number, width: number): Float32Array {
  const length = height * width * 4;
  const first = rows[0]?.[0];
  if (first && first.buffer.byteLength - first.byteOffset >= length * 4) {
    const view = new Float32Array(first.buffer, first.byteOffset, length);
    if (rows[height - 1]?.[width - 1]?.byteOffset === first.byteOffset + (length - 4) * 4) return view;
  }
  const out = new Float32Array(length);
  rows.forEach((row, y) => row.forEach((v, x) => out.set(v, (y * width + x) * 4)));
  return out;
}
