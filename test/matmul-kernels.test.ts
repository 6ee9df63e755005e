import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import watPlugin, { compileWat } from '../scripts/vite-plugin-wat.mjs';
import { matmulNaive } from '../src/lib/matmul/js-naive';
import { matmulTiled } from '../src/lib/matmul/js-tiled';
import { MAX_REL_ERROR, verify } from '../src/lib/matmul/reference';
import { randomMatrix } from '../src/lib/matmul/random-matrix';
import { square, type CpuKernel, type MatmulShape } from '../src/lib/matmul/types';
import { splitRows } from '../src/lib/matmul/partition';
import { GPU, type GPUFunction, type IGPUKernelSettings, type ISubKernelObject, type KernelFunction, type ThreadFunction } from 'gpu.js';
import { blockRowOutputs, dot4, matmulWebgl2, matmulWebgpu, packTexels } from '../src/lib/matmul/gpu-kernels';
import { flattenVec4Output, packRows, packTransposed, roundUp4, threadGrid, unpackResult } from '../src/lib/matmul/gpu-layout';
import {
  WASM_WORKSPACE_BYTES,
  WasmMatmul,
  createMemory,
  wasmKernel,
} from '../src/lib/matmul/wasm-simd';

// The WebAssembly kernel is compiled from its text source on every run, as the
// build does: plain SIMD, and relaxed SIMD's fused multiply-add (Node has it).
const watSource = await readFile(new URL('../src/lib/matmul/wasm/matmul.wat', import.meta.url), 'utf8');
const singleBytes = await compileWat(watSource, { shared: false });
const sharedBytes = await compileWat(watSource, { shared: true });
const relaxedSingleBytes = await compileWat(watSource, { shared: false, relaxed: true });
const relaxedSharedBytes = await compileWat(watSource, { shared: true, relaxed: true });

/** Runs a shared-memory build as the threaded backend does: two instances, one memory, a row range each. */
async function threadedWasmKernel(bytes: BufferSource, relaxed: boolean): Promise<CpuKernel> {
  const module = await WebAssembly.compile(bytes);
  const memory = createMemory(true);
  const threads = await Promise.all([0, 1].map(() => WasmMatmul.instantiate(module, memory, relaxed)));
  return (a, b, c, shape) => {
    const layout = threads[0].prepare(shape, threads.length);
    const views = threads[0].views(layout, shape);
    views.a.set(a);
    views.b.set(b);
    splitRows(shape.m, threads.length).forEach(([start, end], t) =>
      threads[t].multiplyRows(layout, shape, start, end, t),
    );
    c.set(views.c);
  };
}

// The gpu.js kernels run here through gpu.js's own CPU mode: the same kernel
// functions, packing and unpacking as in the GPU worker; the shader
// translation is covered by the end-to-end tests in a real browser.
const cpuGpu = new GPU({ mode: 'cpu' });
cpuGpu.addFunction(dot4 as unknown as GPUFunction);

function gpujsKernel(mode: 'webgl2' | 'webgpu'): CpuKernel {
  return (a, b, c, shape) => {
    const [k4, m4, n4] = [roundUp4(shape.k), roundUp4(shape.m), roundUp4(shape.n)];
    const settings = { output: threadGrid(mode, shape), constants: { k4: k4 / 4 }, returnType: 'Array(4)' } as IGPUKernelSettings;
    const packedA = packRows(a, shape.m, shape.k);
    const packedBt = packTransposed(b, shape.k, shape.n);
    // As in the worker: webgl2 gets its inputs as RGBA texels made by packTexels.
    const texels = (flat: Float32Array, rows: number) =>
      cpuGpu.createKernel(packTexels as unknown as KernelFunction, { output: [k4 / 4, rows], returnType: 'Array(4)' } as IGPUKernelSettings)(
        rowsOf(flat, rows, k4),
      );
    const result =
      mode === 'webgl2'
        ? cpuGpu.createKernelMap(blockRowOutputs as unknown as ISubKernelObject, matmulWebgl2 as unknown as ThreadFunction, {
            ...settings,
            argumentTypes: { a4: 'Array2D(4)', bt4: 'Array2D(4)' },
          })(texels(packedA, m4), texels(packedBt, n4))
        : cpuGpu.createKernel(matmulWebgpu as unknown as KernelFunction, settings)(rowsOf(packedA, m4, k4), rowsOf(packedBt, n4, k4));
    // gpu.js's CPU mode returns nested rows of vec4s; the worker reads the same values flat.
    const [width, height] = threadGrid(mode, shape);
    const flat = (rows: unknown) => flattenVec4Output(rows as Float32Array[][], height, width);
    const map = result as unknown as Record<'result' | 'row1' | 'row2' | 'row3', unknown>;
    const outputs = mode === 'webgl2' ? [map.result, map.row1, map.row2, map.row3].map(flat) : [flat(result)];
    c.set(unpackResult(mode, outputs, shape));
  };
}

const rowsOf = (flat: Float32Array, rows: number, cols: number) =>
  Array.from({ length: rows }, (_, r) => flat.subarray(r * cols, (r + 1) * cols));

// One table of shapes, run against every kernel (TensorFlow.js style).
// Sizes straddle the block widths: JavaScript's MR/NR = 4 and mc = 64; the
// wasm vector width 4, its tiles of 4×8 (plain) and 6×8 (relaxed) and
// mc = 120; kc = 256 and nc = 512 in both.
const shapes: MatmulShape[] = [
  ...[1, 2, 3, 17, 64, 65, 127, 256].map(square),
  { m: 5, k: 7, n: 9 },
  { m: 7, k: 6, n: 8 },
  { m: 1, k: 300, n: 3 },
  { m: 33, k: 257, n: 70 },
  { m: 67, k: 3, n: 513 },
  { m: 121, k: 20, n: 9 },
  { m: 130, k: 129, n: 10 },
  { m: 241, k: 5, n: 16 },
];

const kernels: Record<string, CpuKernel> = {
  'js-naive': matmulNaive,
  'js-tiled': matmulTiled,
  'wasm-simd': await wasmKernel(singleBytes, false),
  'wasm-simd (shared memory, 2 instances)': await threadedWasmKernel(sharedBytes, false),
  // Fused rounding differs from mul + add in the last bits; MAX_REL_ERROR bounds the error against
  // float64, which a fused multiply-add only lowers, so one tolerance holds for both builds.
  'wasm-simd relaxed FMA': await wasmKernel(relaxedSingleBytes, true),
  'wasm-simd relaxed FMA (shared memory, 2 instances)': await threadedWasmKernel(relaxedSharedBytes, true),
  'gpu.js webgl2 kernel (gpu.js CPU mode)': gpujsKernel('webgl2'),
  'gpu.js webgpu kernel (gpu.js CPU mode)': gpujsKernel('webgpu'),
};

describe.each(Object.entries(kernels))('%s', (_name, kernel) => {
  it.each(shapes)('matches the float64 reference for $m×$k×$n', (shape) => {
    const a = randomMatrix(shape.m, shape.k, 1);
    const b = randomMatrix(shape.k, shape.n, 2);
    // Garbage in C checks that the kernel overwrites rather than accumulates.
    const c = new Float32Array(shape.m * shape.n).fill(Number.NaN);
    kernel(a, b, c, shape);
    const result = verify(a, b, c, shape, 'all');
    expect(result.maxRelError).toBeLessThanOrEqual(MAX_REL_ERROR);
    expect(result.checked).toBe(shape.m * shape.n);
  });
});

describe('splitRows', () => {
  it.each([
    [1, 2, [[0, 1]]],
    [8, 2, [[0, 4], [4, 8]]],
    [10, 2, [[0, 8], [8, 10]]],
    [17, 3, [[0, 8], [8, 12], [12, 17]]],
    [100, 1, [[0, 100]]],
  ])('splits %i rows over %i workers on tile boundaries', (m, parts, expected) => {
    expect(splitRows(m, parts)).toEqual(expected);
  });
});

describe('wasm module', () => {
  it('is built by the Vite plugin for plain and ?shared imports and left to Vite for ?raw', async () => {
    const file = new URL('../src/lib/matmul/wasm/matmul.wat', import.meta.url).pathname;
    const load = watPlugin().load as (this: { addWatchFile(f: string): void }, id: string) => Promise<string | null>;
    const context = { addWatchFile: () => undefined };
    expect(await load.call(context, file)).toMatch(/^export default Uint8Array\.from\(atob\(/);
    expect(await load.call(context, `${file}?shared`)).toMatch(/^export default/);
    expect(await load.call(context, `${file}?relaxed`)).toMatch(/^export default/);
    expect(await load.call(context, `${file}?shared&relaxed`)).toMatch(/^export default/);
    expect(await load.call(context, `${file}?raw`)).toBeNull();
    expect(await load.call(context, `${file}?shared&raw`)).toBeNull();
  });

  it('keeps relaxed_madd only in the relaxed builds', () => {
    // f32x4.relaxed_madd is opcode 0xfd 0x105, the index written as LEB128.
    const hasRelaxedMadd = (bytes: Uint8Array) =>
      bytes.some((byte, i) => byte === 0xfd && bytes[i + 1] === 0x85 && bytes[i + 2] === 0x02);
    expect(hasRelaxedMadd(relaxedSingleBytes)).toBe(true);
    expect(hasRelaxedMadd(relaxedSharedBytes)).toBe(true);
    expect(hasRelaxedMadd(singleBytes)).toBe(false);
    expect(hasRelaxedMadd(sharedBytes)).toBe(false);
  });

  it('refuses a plain build of a relaxed instruction it cannot split', async () => {
    const source = `(module (import "env" "memory" (memory 1 1 shared))
      (func (param $a v128) (result v128)
        (f32x4.relaxed_madd (local.get $a) (local.get $a) (f32x4.splat (f32.const 1)))))`;
    await expect(compileWat(source, { shared: false })).rejects.toThrow(/cannot rewrite/);
    await expect(compileWat(source, { shared: false, relaxed: true })).resolves.toBeInstanceOf(Uint8Array);
  });


  it('reports the workspace size the size checks assume', async () => {
    const wasm = await WasmMatmul.instantiate(await WebAssembly.compile(singleBytes), createMemory(false), false);
    expect(wasm.workspaceBytes).toBe(WASM_WORKSPACE_BYTES);
  });
});

describe('verify', () => {
  it('fails a result with one wrong entry when that entry is sampled', () => {
    const shape = square(8);
    const a = randomMatrix(8, 8, 3);
    const b = randomMatrix(8, 8, 4);
    const c = new Float32Array(64);
    matmulTiled(a, b, c, shape);
    c[63] *= 1.01;
    const result = verify(a, b, c, shape, 16);
    expect(result.verified).toBe(false);
    expect(result.maxRelError).toBeCloseTo(0.01, 3);
  });

  it('fails NaN results', () => {
    const shape = square(4);
    const a = randomMatrix(4, 4, 5);
    const b = randomMatrix(4, 4, 6);
    const c = new Float32Array(16).fill(Number.NaN);
    expect(verify(a, b, c, shape).verified).toBe(false);
  });

  it('is deterministic for a seed', () => {
    expect(randomMatrix(3, 3, 7)).toEqual(randomMatrix(3, 3, 7));
    expect(randomMatrix(3, 3, 7)).not.toEqual(randomMatrix(3, 3, 8));
  });
});
