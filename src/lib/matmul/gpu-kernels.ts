// The gpu.js kernels the lab runs. gpu.js translates these JavaScript
// functions into shaders (GLSL for webgl2, WGSL for webgpu), so they use only
// what it can translate: numbers, loops with a constant bound, this.thread,
// this.constants and small helper functions.
//
// The textbook kernel (one output per thread, k one at a time) was about 17x
// slower than TensorFlow.js on the same device. Reading memory is what costs,
// so both kernels make each thread compute a block of C and reuse every value
// it reads. Both take A as rows and B transposed (B^T) as rows, each padded
// with zeros to a multiple of 4 in both directions (see gpu-layout.ts), so
// the kernels need no edge cases.

/** What gpu.js provides as `this` inside a kernel. */
export interface KernelThis {
  thread: { x: number; y: number; z: number };
  /** k4: the shared dimension K in steps of 4 (K padded to a multiple of 4, divided by 4). */
  constants: { k4: number };
}

/** Four consecutive floats: one RGBA texel in webgl2. */
export type Vec4 = [number, number, number, number];

/** Dot product of four k-values of a row of A with four of a column of B. */
export function dot4(u: Vec4, v: Vec4): number {
  return u[0] * v[0] + u[1] * v[1] + u[2] * v[2] + u[3] * v[3];
}

// A fragment shader writes one texel (4 floats) per output, so to write a
// 4×4 block a thread uses a gpu.js kernel map: what the kernel passes to
// row1–row3 goes to three more output textures (WebGL2 draw buffers). They
// are declared here and given to gpu.js as source text (blockRowOutputs): as
// real functions that do nothing, a bundler would drop the calls.
declare function row1(v: Vec4): Vec4;
declare function row2(v: Vec4): Vec4;
declare function row3(v: Vec4): Vec4;

/** The kernel map's extra outputs: rows 1–3 of each thread's 4×4 block of C. */
export const blockRowOutputs = {
  row1: 'function row1(v) { return v; }',
  row2: 'function row2(v) { return v; }',
  row3: 'function row3(v) { return v; }',
};

/**
 * webgl2 upload: turns a row-major float matrix (one float per texel, as
 * gpu.js uploads a typed array) into RGBA texels of four consecutive values,
 * the layout matmulWebgl2 reads. Done on the GPU, once per input.
 */
export function packTexels(this: KernelThis, v: number[][]): Vec4 {
  const y = this.thread.y;
  const x = this.thread.x * 4;
  return [v[y]![x]!, v[y]![x + 1]!, v[y]![x + 2]!, v[y]![x + 3]!];
}

/**
 * webgl2: A and B^T arrive as RGBA float textures, one texel holding four
 * consecutive k-values. Each thread computes a 4×4 block of C: per step it
 * reads 4 texels of A and 4 of B^T and does 64 multiply-adds, 8 per texture
 * read (the textbook kernel does one per two reads).
 */
export function matmulWebgl2(this: KernelThis, a4: Vec4[][], bt4: Vec4[][]): Vec4 {
  const y = this.thread.y * 4;
  const x = this.thread.x * 4;
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  for (let q = 0; q < this.constants.k4; q++) {
    const a0 = a4[y]![q]!, a1 = a4[y + 1]![q]!, a2 = a4[y + 2]![q]!, a3 = a4[y + 3]![q]!;
    const b0 = bt4[x]![q]!, b1 = bt4[x + 1]![q]!, b2 = bt4[x + 2]![q]!, b3 = bt4[x + 3]![q]!;
    c00 += dot4(a0, b0); c01 += dot4(a0, b1); c02 += dot4(a0, b2); c03 += dot4(a0, b3);
    c10 += dot4(a1, b0); c11 += dot4(a1, b1); c12 += dot4(a1, b2); c13 += dot4(a1, b3);
    c20 += dot4(a2, b0); c21 += dot4(a2, b1); c22 += dot4(a2, b2); c23 += dot4(a2, b3);
    c30 += dot4(a3, b0); c31 += dot4(a3, b1); c32 += dot4(a3, b2); c33 += dot4(a3, b3);
  }
  row1([c10, c11, c12, c13]);
  row2([c20, c21, c22, c23]);
  row3([c30, c31, c32, c33]);
  return [c00, c01, c02, c03];
}

/**
 * webgpu: gpu.js reads plain f32 storage buffers here and has no kernel
 * maps, so a thread writes 4 values: a 2×2 block of C. The loop takes k four
 * at a time, which on this backend mattered as much as the blocking (the
 * loop's own bookkeeping is not free).
 */
export function matmulWebgpu(this: KernelThis, a: number[][], bt: number[][]): Vec4 {
  const y = this.thread.y * 2;
  const x = this.thread.x * 2;
  let c00 = 0, c01 = 0, c10 = 0, c11 = 0;
  for (let q = 0; q < this.constants.k4; q++) {
    const p = q * 4;
    c00 +=
      a[y]![p]! * bt[x]![p]! +
      a[y]![p + 1]! * bt[x]![p + 1]! +
      a[y]![p + 2]! * bt[x]![p + 2]! +
      a[y]![p + 3]! * bt[x]![p + 3]!;
    c01 +=
      a[y]![p]! * bt[x + 1]![p]! +
      a[y]![p + 1]! * bt[x + 1]![p + 1]! +
      a[y]![p + 2]! * bt[x + 1]![p + 2]! +
      a[y]![p + 3]! * bt[x + 1]![p + 3]!;
    c10 +=
      a[y + 1]![p]! * bt[x]![p]! +
      a[y + 1]![p + 1]! * bt[x]![p + 1]! +
      a[y + 1]![p + 2]! * bt[x]![p + 2]! +
      a[y + 1]![p + 3]! * bt[x]![p + 3]!;
    c11 +=
      a[y + 1]![p]! * bt[x + 1]![p]! +
      a[y + 1]![p + 1]! * bt[x + 1]![p + 1]! +
      a[y + 1]![p + 2]! * bt[x + 1]![p + 2]! +
      a[y + 1]![p + 3]! * bt[x + 1]![p + 3]!;
  }
  return [c00, c01, c10, c11];
}
