// How matrices are laid out for the gpu.js kernels (gpu-kernels.ts) and how
// their outputs become C again. Pure functions on typed arrays, run in the GPU
// worker and unit-tested. Packing on the CPU is O(N²), against the kernel's
// O(N³), the same trade a fast CPU GEMM makes when it packs panels.
import type { MatmulShape } from './types.ts';
import { DEFAULT_WEBGL_BLOCK, blockRows, type WebglBlock } from './webgl-block-shape.ts';
import type { GpuMode } from './worker-api.ts';

export const roundUp4 = (x: number): number => Math.ceil(x / 4) * 4;

/** Rows A is padded to: whole blocks of the webgl2 kernel (4 or 8 rows), whole fours for webgpu's 2×2 blocks. */
export const paddedRows = (m: number, mode: GpuMode, block: WebglBlock = DEFAULT_WEBGL_BLOCK): number => {
  const step = mode === 'webgl2' ? blockRows(block) : 4;
  return Math.ceil(m / step) * step;
};

/**
 * A rows×cols matrix as paddedRows×roundUp4(cols) (paddedRows defaults to
 * roundUp4(rows)), zero-padded, so kernels that read in fours or eights need no edge cases.
 */
export function packRows(src: Float32Array, rows: number, cols: number, paddedRowCount = roundUp4(rows)): Float32Array {
  const width = roundUp4(cols);
  const out = new Float32Array(paddedRowCount * width);
  for (let r = 0; r < rows; r++) out.set(src.subarray(r * cols, (r + 1) * cols), r * width);
  return out;
}

/**
 * The transpose of a rows×cols matrix, padded like packRows: B (K×N) becomes
 * B^T (N×K), so a thread reads a column of B as consecutive k-values, as it
 * reads a row of A.
 */
export function packTransposed(src: Float32Array, rows: number, cols: number): Float32Array {
  const width = roundUp4(rows);
  const out = new Float32Array(roundUp4(cols) * width);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[c * width + r] = src[r * cols + c]!;
  }
  return out;
}

/**
 * gpu.js returns an Array(4) kernel's output as rows of 4-element views into
 * one Float32Array; this recovers that array without copying when it can
 * (and copies otherwise), as a flat rows×(4·width) array.
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

/**
 * C (m×n) from the webgl2 kernel's outputs, flattened, one per row of a
 * block (4 for 4×4 blocks, 8 for 8×4). Output r holds row r of every
 * thread's block, so with R outputs its row t is row R·t + r of C.
 */
export function unpackRowBlocks(outputs: readonly Float32Array[], m: number, n: number): Float32Array {
  const width = roundUp4(n);
  const rows = outputs.length;
  const c = new Float32Array(m * n);
  for (let row = 0; row < m; row++) {
    const from = Math.floor(row / rows) * width;
    c.set(outputs[row % rows]!.subarray(from, from + n), row * n);
  }
  return c;
}

/** C (m×n) from the webgpu kernel's output, flattened: one [c00, c01, c10, c11] 2×2 block per thread. */
export function unpackBlocks2x2(output: Float32Array, m: number, n: number): Float32Array {
  const blocksPerRow = roundUp4(n) / 2;
  const c = new Float32Array(m * n);
  for (let row = 0; row < m; row++) {
    const base = ((row >> 1) * blocksPerRow) * 4 + (row & 1) * 2;
    for (let col = 0; col < n; col++) c[row * n + col] = output[base + (col >> 1) * 4 + (col & 1)]!;
  }
  return c;
}

/** The kernel's threads (x, y) for C (m×n): a block of C each in webgl2 (4×4 or 8×4), 2×2 in webgpu. */
export function threadGrid(mode: GpuMode, { m, n }: MatmulShape, block: WebglBlock = DEFAULT_WEBGL_BLOCK): [number, number] {
  if (mode === 'webgpu') return [roundUp4(n) / 2, roundUp4(m) / 2];
  return [roundUp4(n) / 4, paddedRows(m, mode, block) / blockRows(block)];
}

/**
 * C from the kernel's outputs, each flattened to one vec4 per thread, row by
 * row: for webgl2 the outputs of the kernel map (one per row of every
 * block), for webgpu the one output of 2×2 blocks.
 */
export function unpackResult(mode: GpuMode, outputs: readonly Float32Array[], shape: MatmulShape): Float32Array {
  return mode === 'webgl2' ? unpackRowBlocks(outputs, shape.m, shape.n) : unpackBlocks2x2(outputs[0]!, shape.m, shape.n);
}
