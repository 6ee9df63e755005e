import { GPU, type GPUFunction, type IGPUKernelSettings, type ISubKernelObject, type KernelFunction, type ThreadFunction } from 'gpu.js';
import { describe, expect, it } from 'vitest';
import { dot4, matmulWebgl2, matmulWebgl2x8, packTexels, rowOutputs } from '../src/lib/matmul/gpu-kernels';
import { flattenVec4Output, packRows, packTransposed, paddedRows, roundUp4, threadGrid, unpackResult } from '../src/lib/matmul/gpu-layout';
import { randomMatrix } from '../src/lib/matmul/random-matrix';
import { MAX_REL_ERROR, verify } from '../src/lib/matmul/reference';
import { square, type MatmulShape } from '../src/lib/matmul/types';
import { PROBE_MARGIN, blockCacheKey, blocksFor, chooseBlock, choiceWithoutProbe, forcedBlock, parseBlockChoice } from '../src/lib/matmul/webgl-block';
import { DEFAULT_WEBGL_BLOCK, WEBGL_BLOCKS, blockRows, type WebglBlock } from '../src/lib/matmul/webgl-block-shape';

// Each block shape runs through gpu.js's CPU mode with the worker's packing
// and unpacking; the shader translation of each shape was run in Chromium.
const cpuGpu = new GPU({ mode: 'cpu' });
cpuGpu.addFunction(dot4 as unknown as GPUFunction);
const KERNELS: Record<WebglBlock, unknown> = { '4x4': matmulWebgl2, '8x4': matmulWebgl2x8 };

const rowsOf = (flat: Float32Array, rows: number, cols: number) =>
  Array.from({ length: rows }, (_, r) => flat.subarray(r * cols, (r + 1) * cols));

function multiply(block: WebglBlock, a: Float32Array, b: Float32Array, shape: MatmulShape): Float32Array {
  const k4 = roundUp4(shape.k);
  const [mPad, n4] = [paddedRows(shape.m, 'webgl2', block), roundUp4(shape.n)];
  const texels = (flat: Float32Array, rows: number) =>
    cpuGpu.createKernel(packTexels as unknown as KernelFunction, { output: [k4 / 4, rows], returnType: 'Array(4)' } as IGPUKernelSettings)(
      rowsOf(flat, rows, k4),
    );
  const output = threadGrid('webgl2', shape, block);
  const kernel = cpuGpu.createKernelMap(rowOutputs(blockRows(block)) as unknown as ISubKernelObject, KERNELS[block] as ThreadFunction, {
    output,
    constants: { k4: k4 / 4 },
    returnType: 'Array(4)',
    argumentTypes: { a4: 'Array2D(4)', bt4: 'Array2D(4)' },
  } as IGPUKernelSettings);
  const map = kernel(texels(packRows(a, shape.m, shape.k, mPad), mPad), texels(packTransposed(b, shape.k, shape.n), n4)) as unknown as Record<string, unknown>;
  const names = ['result', ...Object.keys(rowOutputs(blockRows(block)))];
  const outputs = names.map((name) => flattenVec4Output(map[name] as Float32Array[][], output[1], output[0]));
  return unpackResult('webgl2', outputs, shape);
}

const shapes: MatmulShape[] = [
  ...[1, 3, 8, 17, 65].map(square),
  { m: 5, k: 7, n: 9 },
  { m: 9, k: 300, n: 3 },
  { m: 33, k: 257, n: 70 },
  { m: 130, k: 129, n: 10 },
];

describe.each(WEBGL_BLOCKS)('webgl2 kernel with %s blocks (gpu.js CPU mode)', (block) => {
  it.each(shapes)('matches the float64 reference for $m×$k×$n', (shape) => {
    const a = randomMatrix(shape.m, shape.k, 1);
    const b = randomMatrix(shape.k, shape.n, 2);
    const result = verify(a, b, multiply(block, a, b, shape), shape, 'all');
    expect(result.maxRelError).toBeLessThanOrEqual(MAX_REL_ERROR);
    expect(result.checked).toBe(shape.m * shape.n);
  });

  it('gives each thread a block of its rows: the grid covers C exactly once', () => {
    const shape = { m: 20, k: 4, n: 12 };
    const [x, y] = threadGrid('webgl2', shape, block);
    expect(x * 4).toBe(12);
    expect(y * blockRows(block)).toBe(paddedRows(20, 'webgl2', block));
    expect(y * blockRows(block) - 20).toBeLessThan(blockRows(block));
  });
});

describe('block choice', () => {
  const hardware = { software: null, maxDrawBuffers: 8 };

  it('probes every shape the draw buffers allow on a hardware GPU, and nothing on a software renderer', () => {
    expect(blocksFor(hardware)).toEqual(['4x4', '8x4']);
    expect(choiceWithoutProbe(hardware)).toBeNull();
    expect(choiceWithoutProbe({ software: 'SwiftShader', maxDrawBuffers: 8 })).toEqual({ block: DEFAULT_WEBGL_BLOCK, basis: 'software', probed: [] });
    expect(blocksFor({ software: null, maxDrawBuffers: 4 })).toEqual(['4x4']);
    expect(choiceWithoutProbe({ software: null, maxDrawBuffers: 4 })).toEqual({ block: '4x4', basis: 'draw-buffers', probed: [] });
  });

  it('takes the fastest verified shape when it beats the default by more than the margin', () => {
    const probed = [
      { block: '4x4', ms: 10, verified: true },
      { block: '8x4', ms: 8.1, verified: true },
    ] as const;
    expect(chooseBlock(probed)).toEqual({ block: '8x4', basis: 'probe', probed });
    const close = [probed[0], { block: '8x4', ms: 10 * (1 - PROBE_MARGIN / 2), verified: true }] as const;
    expect(chooseBlock(close).block).toBe('4x4');
  });

  it('never takes a shape that miscomputed or failed, and keeps the default when nothing passed', () => {
    expect(chooseBlock([{ block: '4x4', ms: 10, verified: true }, { block: '8x4', ms: 2, verified: false }]).block).toBe('4x4');
    expect(chooseBlock([{ block: '4x4', ms: 10, verified: true }, { block: '8x4', ms: null, verified: false }]).block).toBe('4x4');
    expect(chooseBlock([{ block: '4x4', ms: null, verified: false }, { block: '8x4', ms: 12, verified: true }]).block).toBe('8x4');
    expect(chooseBlock([{ block: '4x4', ms: null, verified: false }, { block: '8x4', ms: 3, verified: false }]).block).toBe('4x4');
  });

  it('reads back a stored choice per renderer and refuses anything else under its key', () => {
    const choice = chooseBlock([{ block: '4x4', ms: 10, verified: true }, { block: '8x4', ms: 7, verified: true }]);
    expect(parseBlockChoice(JSON.stringify(choice))).toEqual(choice);
    expect(parseBlockChoice(JSON.stringify({ ...choice, block: '16x4' }))).toBeNull();
    expect(parseBlockChoice('{')).toBeNull();
    expect(parseBlockChoice(null)).toBeNull();
    expect(blockCacheKey('ANGLE (NVIDIA)')).not.toBe(blockCacheKey('ANGLE (AMD)'));
  });

  it('lets the page force a shape by name and ignores unknown ones', () => {
    expect(forcedBlock('?webgl-block=8x4')).toBe('8x4');
    expect(forcedBlock('?webgl-block=16x4')).toBeNull();
    expect(forcedBlock('')).toBeNull();
  });
});
