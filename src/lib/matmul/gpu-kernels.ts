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
// block of r rows a thread uses a gpu.js kernel map: what the kernel passes
// to row1, row2, … goes to more output textures (WebGL2 draw buffers). They
// are declared here and given to gpu.js as source text (rowOutputs): as real
// functions that do nothing, a bundler would drop the calls.
declare function row1(v: Vec4): Vec4;
declare function row2(v: Vec4): Vec4;
declare function row3(v: Vec4): Vec4;
declare function row4(v: Vec4): Vec4;
declare function row5(v: Vec4): Vec4;
declare function row6(v: Vec4): Vec4;
declare function row7(v: Vec4): Vec4;

/** A kernel map's extra outputs for blocks of `rows` rows: row1 … row(rows − 1); the kernel returns row 0. */
export function rowOutputs(rows: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: rows - 1 }, (_, i) => [`row${i + 1}`, `function row${i + 1}(v) { return v; }`]));
}

/** The extra outputs of matmulWebgl2: rows 1–3 of each thread's 4×4 block of C. */
export const blockRowOutputs = rowOutputs(4);

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
 * webgl2 with 8 draw buffers: an 8×4 block per thread. Per step it reads 8
 * texels of A and 4 of B^T and does 128 multiply-adds, 10.7 per texture read,
 * for twice the registers of the 4×4 block: faster on some GPUs, slower on
 * others, which is why a probe chooses (webgl-block.ts).
 */
export function matmulWebgl2x8(this: KernelThis, a4: Vec4[][], bt4: Vec4[][]): Vec4 {
  const y = this.thread.y * 8;
  const x = this.thread.x * 4;
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  let c40 = 0, c41 = 0, c42 = 0, c43 = 0, c50 = 0, c51 = 0, c52 = 0, c53 = 0;
  let c60 = 0, c61 = 0, c62 = 0, c63 = 0, c70 = 0, c71 = 0, c72 = 0, c73 = 0;
  for (let q = 0; q < this.constants.k4; q++) {
    const b0 = bt4[x]![q]!, b1 = bt4[x + 1]![q]!, b2 = bt4[x + 2]![q]!, b3 = bt4[x + 3]![q]!;
    const a0 = a4[y]![q]!, a1 = a4[y + 1]![q]!, a2 = a4[y + 2]![q]!, a3 = a4[y + 3]![q]!;
    const a4r = a4[y + 4]![q]!, a5 = a4[y + 5]![q]!, a6 = a4[y + 6]![q]!, a7 = a4[y + 7]![q]!;
    c00 += dot4(a0, b0); c01 += dot4(a0, b1); c02 += dot4(a0, b2); c03 += dot4(a0, b3);
    c10 += dot4(a1, b0); c11 += dot4(a1, b1); c12 += dot4(a1, b2); c13 += dot4(a1, b3);
    c20 += dot4(a2, b0); c21 += dot4(a2, b1); c22 += dot4(a2, b2); c23 += dot4(a2, b3);
    c30 += dot4(a3, b0); c31 += dot4(a3, b1); c32 += dot4(a3, b2); c33 += dot4(a3, b3);
    c40 += dot4(a4r, b0); c41 += dot4(a4r, b1); c42 += dot4(a4r, b2); c43 += dot4(a4r, b3);
    c50 += dot4(a5, b0); c51 += dot4(a5, b1); c52 += dot4(a5, b2); c53 += dot4(a5, b3);
    c60 += dot4(a6, b0); c61 += dot4(a6, b1); c62 += dot4(a6, b2); c63 += dot4(a6, b3);
    c70 += dot4(a7, b0); c71 += dot4(a7, b1); c72 += dot4(a7, b2); c73 += dot4(a7, b3);
  }
  row1([c10, c11, c12, c13]);
  row2([c20, c21, c22, c23]);
  row3([c30, c31, c32, c33]);
  row4([c40, c41, c42, c43]);
  row5([c50, c51, c52, c53]);
  row6([c60, c61, c62, c63]);
  row7([c70, c71, c72, c73]);
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
