// Runs the gpu.js backends (webgl2 through an OffscreenCanvas, webgpu) in a
// worker, so shader compilation, uploads and readbacks never block the page.
// This worker, and with it gpu.js, is only created when a GPU backend first
// runs; its start-up is the "library load" phase.
import { expose, transfer } from 'comlink';
import { GPU, Input, type IGPUKernelSettings, type IKernelRunShortcut, type KernelFunction } from 'gpu.js';
import {
  flattenVec4Output,
  matmulWebgl2,
  matmulWebgpu,
  padColumns,
  roundUp4,
  unpadColumns,
  vec4Rows,
} from '../lib/matmul/gpu-kernels';
import type { MatmulShape } from '../lib/matmul/types';
import type { GpuMode, GpuWorkerApi } from '../lib/matmul/worker-api';

interface Prepared {
  kernel: IKernelRunShortcut;
  args: [unknown, unknown];
  width: number;
}

const gpus = new Map<GpuMode, GPU>();
const prepared = new Map<GpuMode, Prepared>();
let inputs: { a: Float32Array; b: Float32Array; shape: MatmulShape } | undefined;

function gpuFor(mode: GpuMode): GPU {
  let gpu = gpus.get(mode);
  if (!gpu) {
    gpu = new GPU({ mode });
    gpus.set(mode, gpu);
  }
  return gpu;
}

/**
 * Creates the kernel for the current inputs (setInputs drops the old one) and
 * lays out the inputs the way it reads them: zero-padded to whole vec4s, and for webgl2 as vec4 textures.
 */
function prepare(mode: GpuMode): Prepared {
  if (!inputs) throw new Error('no inputs');
  const { a, b, shape } = inputs;
  const existing = prepared.get(mode);
  if (existing) return existing;
  const { m, k, n } = shape;
  const k4 = roundUp4(k);
  const n4 = roundUp4(n);
  const width = n4 / 4;
  const settings: IGPUKernelSettings = { output: [width, m], precision: 'single', tactic: 'precision', asyncMode: true };
  let kernel: IKernelRunShortcut;
  let args: [unknown, unknown];
  if (mode === 'webgl2') {
    const aPadded = padColumns(a, m, k);
    const bPadded = padColumns(padRows(b, k, n, k4), k4, n);
    args = [vec4Rows(aPadded, m, k4), vec4Rows(bPadded, k4, n4)];
    kernel = gpuFor(mode).createKernel(matmulWebgl2 as unknown as KernelFunction, {
      ...settings,
      constants: { k4: k4 / 4 },
      argumentTypes: { a4: 'Array2D(4)', b4: 'Array2D(4)' },
    });
  } else {
    // gpu.js's typings say number[], but Input takes any typed array (it uploads it as is).
    const flat = (x: Float32Array) => x as unknown as number[];
    args = [new Input(flat(a), [k, m]), new Input(flat(padColumns(b, k, n)), [n4, k])];
    kernel = gpuFor(mode).createKernel(matmulWebgpu as unknown as KernelFunction, { ...settings, constants: { k } });
  }
  const entry = { kernel, args, width };
  prepared.set(mode, entry);
  return entry;
}

/** Adds zero rows below a rows×cols matrix up to `to` rows (the packed kernel reads K in steps of 4). */
function padRows(src: Float32Array, rows: number, cols: number, to: number): Float32Array {
  if (to === rows) return src;
  const out = new Float32Array(to * cols);
  out.set(src);
  return out;
}

const api: GpuWorkerApi = {
  ping: () => true,
  setInputs(a, b, shape) {
    inputs = { a, b, shape };
    for (const { kernel } of prepared.values()) kernel.destroy();
    prepared.clear();
  },
  async compile(mode) {
    const start = performance.now();
    const { kernel, args } = prepare(mode);
    // The shortcut builds on first call; building explicitly times compilation on its own.
    await (kernel.kernel as unknown as { build(...args: unknown[]): unknown }).build(...args);
    return performance.now() - start;
  },
  async run(mode) {
    const start = performance.now();
    const { kernel, args, width } = prepare(mode);
    const rows = (await (kernel as unknown as (...args: unknown[]) => Promise<Float32Array[][]>)(...args));
    const { m, n } = inputs!.shape;
    const flat = flattenVec4Output(rows, m, width);
    const unpadded = unpadColumns(flat, m, n);
    // Copy when unpadding did not, so the transfer never detaches gpu.js's own readback buffer.
    const c = unpadded === flat ? flat.slice() : unpadded;
    return transfer({ c, ms: performance.now() - start }, [c.buffer]);
  },
};

expose(api);
