import { readFile } from 'node:fs/promises';
import { GPU, type IGPUKernelSettings, type KernelFunction } from 'gpu.js';
import { describe, expect, it } from 'vitest';
import { compileWat } from '../scripts/vite-plugin-wat.mjs';
import { computeRoofKernel, fillRoofTexels, GPU_ROOF_CHAINS, streamRoofKernel, type Texel } from '../src/lib/matmul/gpu-roof-kernels';
import {
  availableMixes,
  flopsPerIteration,
  gbPerSecond,
  matmulMix,
  ROOF_CHAINS,
  roofGflops,
  roofThreads,
  spanMs,
  STREAM_BYTES,
  streamSliceBytes,
} from '../src/lib/matmul/roof';

const source = await readFile(new URL('../src/lib/matmul/wasm/roof.wat', import.meta.url), 'utf8');

/** The text of one exported function of roof.wat, up to the next function. */
function funcText(name: string): string {
  const start = source.indexOf(`(func (export "${name}")`);
  const end = source.indexOf('(func ', start + 1);
  return source.slice(start, end === -1 ? undefined : end);
}

/** Instructions of a kind inside a function's loop. */
function inLoop(name: string, instruction: string): number {
  const body = funcText(name);
  const loop = body.slice(body.indexOf('(loop'), body.indexOf('(br_if $steps'));
  return loop.split(`(${instruction} `).length - 1;
}

interface RoofExports {
  mul_add(iterations: number): number;
  fma(iterations: number): number;
  stream(p: number, bytes: number): number;
}

async function instantiate(relaxed: boolean) {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
  const module = await WebAssembly.compile(await compileWat(source, { shared: false, relaxed }));
  const instance = await WebAssembly.instantiate(module, { env: { memory } });
  return { memory, roof: instance.exports as unknown as RoofExports };
}

describe('roof flops', () => {
  it('counts the chains the WebAssembly loops have', () => {
    // mul_add: one multiply and one add per pair of chains; fma: one fused multiply-add per chain.
    expect(inLoop('mul_add', 'f32x4.mul')).toBe(ROOF_CHAINS['mul-add']);
    expect(inLoop('mul_add', 'f32x4.add')).toBe(ROOF_CHAINS['mul-add']);
    expect(inLoop('fma', 'f32x4.relaxed_madd')).toBe(ROOF_CHAINS['relaxed-fma']);
  });

  it('gives each iteration 8 flops per chain (4 lanes, multiply and add)', () => {
    expect(flopsPerIteration('mul-add')).toBe(56);
    expect(flopsPerIteration('relaxed-fma')).toBe(96);
  });

  it('turns iterations, threads and time into GFLOPS', () => {
    // 96 flops × 1e6 iterations × 2 threads in 10 ms = 19.2 GFLOPS.
    expect(roofGflops('relaxed-fma', 1e6, 2, 10)).toBeCloseTo(19.2, 10);
    expect(roofGflops('mul-add', 1e6, 1, 56)).toBeCloseTo(1, 10);
  });

  it('turns bytes and time into GB/s', () => {
    expect(gbPerSecond(2e9, 1000)).toBe(2);
  });

  it('times side-by-side loops from the first start to the last end', () => {
    expect(spanMs([{ start: 100, end: 250 }, { start: 110, end: 240 }])).toBe(150);
    expect(spanMs([{ start: 100, end: 200 }, { start: 150, end: 300 }])).toBe(200);
  });
});

describe('roof mixes and threads', () => {
  it('measures relaxed FMA only where its build validates, and runs the matching matmul build', () => {
    expect(availableMixes(true)).toEqual(['mul-add', 'relaxed-fma']);
    expect(availableMixes(false)).toEqual(['mul-add']);
    expect(matmulMix(true)).toBe('relaxed-fma');
    expect(matmulMix(false)).toBe('mul-add');
  });

  it('measures one thread and every core, once when there is one core or none reported', () => {
    expect(roofThreads(8)).toEqual([1, 8]);
    expect(roofThreads(1)).toEqual([1]);
    expect(roofThreads(0)).toEqual([1]);
    expect(roofThreads(Number.NaN)).toEqual([1]);
  });

  it('splits the stream into whole 64-byte steps that fit the total', () => {
    for (const threads of [1, 2, 3, 7]) {
      const slice = streamSliceBytes(threads);
      expect(slice % 64).toBe(0);
      expect(slice * threads).toBeLessThanOrEqual(STREAM_BYTES);
      expect(slice * threads).toBeGreaterThan(STREAM_BYTES - 64 * threads);
    }
  });
});

describe('roof.wat', () => {
  it('keeps its chains at the values its comments promise', async () => {
    const { roof } = await instantiate(true);
    // mul_add: m flips sign each step and s adds it, so s is −m₀ after odd steps, 0 after even ones.
    expect(roof.mul_add(1)).toBe(-(1 + 2 + 3 + 4 + 5 + 6 + 7));
    expect(roof.mul_add(1000)).toBe(0);
    // fma: c = c·0.5 + 1 settles at 2 in every chain.
    expect(roof.fma(200)).toBe(2 * ROOF_CHAINS['relaxed-fma']);
  });

  it('has the mul_add loop in the plain build too', async () => {
    const { roof } = await instantiate(false);
    expect(roof.mul_add(3)).toBe(-28);
  });

  it('streams every byte of a range', async () => {
    const { memory, roof } = await instantiate(false);
    new Float32Array(memory.buffer, 0, 64).fill(1);
    // 64 floats of 1 over four accumulators: lane 0 of their sum holds 16.
    expect(roof.stream(0, 256)).toBe(16);
    expect(roof.stream(64, 128)).toBe(8);
  });
});

// The GPU roof kernels run here through gpu.js's CPU mode: the same functions the worker hands to WebGL2.
describe('GPU roof kernels', () => {
  const gpu = new GPU({ mode: 'cpu' });
  const kernel = (fn: unknown, settings: object) => gpu.createKernel(fn as KernelFunction, settings as IGPUKernelSettings);

  it('keeps every multiply-add chain at the value its comment promises', () => {
    const compute = kernel(computeRoofKernel, { output: [3], constants: { iterations: 64 } });
    // c = c·0.5 + 1 settles at 2 in each of the chains, whatever it starts from.
    expect(Array.from(compute(0.5, 1) as Float32Array)).toEqual([2, 2, 2].map((v) => v * GPU_ROOF_CHAINS));
  });

  it('fills texels from their position and sums each column slice once', () => {
    const fill = kernel(fillRoofTexels, { output: [2, 4], returnType: 'Array(4)' });
    const texels = fill() as unknown as Texel[][];
    // Texel (x, y) holds x·0.001 + y and the next three values.
    expect(Array.from(texels[3]![1]!)).toEqual([3.001, 4.001, 5.001, 6.001].map((v) => Math.fround(v)));
    const stream = kernel(streamRoofKernel, { output: [2, 2], constants: { rowsPerThread: 2 } });
    const sums = stream(texels) as unknown as Float32Array[];
    // Thread (x, y) sums rows 2y and 2y + 1 of column x: 4 lanes of x·0.001 + row + lane.
    const expected = (x: number, y: number) => [2 * y, 2 * y + 1].reduce((sum, row) => sum + 4 * (x * 0.001 + row) + 6, 0);
    expect(sums[1]![0]).toBeCloseTo(expected(0, 1), 4);
    expect(sums[0]![1]).toBeCloseTo(expected(1, 0), 4);
  });
});
