import type { MatmulShape } from './types.ts';

/**
 * Blocking parameters of the tiled kernel. The structure is the classic GotoBLAS one:
 * - B is copied a kc×nc block at a time into NR-wide column panels and A an
 *   mc×kc block at a time into MR-tall row panels, so the micro-kernel reads
 *   both operands sequentially (no strided walks, no bounds checks inside);
 * - the micro-kernel keeps an MR×NR tile of C in local variables, which V8
 *   keeps in registers, so each loaded value of A is used NR times and each
 *   value of B MR times.
 * Panels are zero-padded at the edges so the hot loop never branches on size.
 */
const MR = 4;
const NR = 4;
const KC = 256;
const MC = 64;
const NC = 512;

/** Copies B[pc..pc+kc, jc..jc+nc] into NR-wide panels, zero-padded past n. */
function packB(
  b: Float32Array, n: number, pc: number, kc: number, jc: number, nc: number, out: Float32Array,
): void {
  let o = 0;
  for (let jp = 0; jp < nc; jp += NR) {
    const j0 = jc + jp;
    const width = Math.min(NR, n - j0);
    for (let p = 0; p < kc; p++) {
      const row = (pc + p) * n + j0;
      for (let jj = 0; jj < NR; jj++) out[o++] = jj < width ? b[row + jj]! : 0;
    }
  }
}

/** Copies A[ic..ic+mc, pc..pc+kc] into MR-tall panels stored k-major, zero-padded past m. */
function packA(
  a: Float32Array, m: number, k: number, ic: number, mc: number, pc: number, kc: number,
  out: Float32Array,
): void {
  let o = 0;
  for (let ip = 0; ip < mc; ip += MR) {
    const i0 = ic + ip;
    const height = Math.min(MR, m - i0);
    for (let p = 0; p < kc; p++) {
      for (let ii = 0; ii < MR; ii++) out[o++] = ii < height ? a[(i0 + ii) * k + pc + p]! : 0;
    }
  }
}

/**
 * C[i0.., j0..] += Apanel × Bpanel for one MR×NR tile. Accumulates in doubles
 * (JavaScript numbers), which is both what V8 computes anyway and slightly
 * more accurate than float32 accumulation.
 */
function microKernel(
  pa: Float32Array, ia: number, pb: Float32Array, ib: number, kc: number,
  c: Float32Array, n: number, i0: number, j0: number, rows: number, cols: number,
): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
  let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
  let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  for (let p = 0; p < kc; p++) {
    const a0 = pa[ia]!, a1 = pa[ia + 1]!, a2 = pa[ia + 2]!, a3 = pa[ia + 3]!;
    const b0 = pb[ib]!, b1 = pb[ib + 1]!, b2 = pb[ib + 2]!, b3 = pb[ib + 3]!;
    c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
    c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
    c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
    c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
    ia += MR;
    ib += NR;
  }
  if (rows === MR && cols === NR) {
    let o = i0 * n + j0;
    c[o]! += c00; c[o + 1]! += c01; c[o + 2]! += c02; c[o + 3]! += c03; o += n;
    c[o]! += c10; c[o + 1]! += c11; c[o + 2]! += c12; c[o + 3]! += c13; o += n;
    c[o]! += c20; c[o + 1]! += c21; c[o + 2]! += c22; c[o + 3]! += c23; o += n;
    c[o]! += c30; c[o + 1]! += c31; c[o + 2]! += c32; c[o + 3]! += c33;
    return;
  }
  // Edge tile: only the part inside C is written back.
  const tile = [
    c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33,
  ];
  for (let ii = 0; ii < rows; ii++) {
    for (let jj = 0; jj < cols; jj++) c[(i0 + ii) * n + j0 + jj]! += tile[ii * NR + jj]!;
  }
}

/** Cache- and register-blocked C = A × B on typed arrays. */
export function matmulTiled(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  { m, k, n }: MatmulShape,
): void {
  c.fill(0, 0, m * n);
  const packedB = new Float32Array(KC * roundUp(Math.min(NC, n), NR));
  const packedA = new Float32Array(roundUp(Math.min(MC, m), MR) * KC);
  for (let jc = 0; jc < n; jc += NC) {
    const nc = Math.min(NC, n - jc);
    for (let pc = 0; pc < k; pc += KC) {
      const kc = Math.min(KC, k - pc);
      packB(b, n, pc, kc, jc, nc, packedB);
      for (let ic = 0; ic < m; ic += MC) {
        const mc = Math.min(MC, m - ic);
        packA(a, m, k, ic, mc, pc, kc, packedA);
        for (let jr = 0; jr < nc; jr += NR) {
          const cols = Math.min(NR, nc - jr);
          for (let ir = 0; ir < mc; ir += MR) {
            const rows = Math.min(MR, mc - ir);
            microKernel(
              packedA, ir * kc, packedB, jr * kc, kc, c, n, ic + ir, jc + jr, rows, cols,
            );
          }
        }
      }
    }
  }
}

function roundUp(x: number, multiple: number): number {
  return Math.ceil(x / multiple) * multiple;
}
