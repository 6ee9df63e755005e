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
  /** The inputs as GPU-resident textures (webgl2) or storage buffers (webgpu). */
  args: [unknown, unknown];
  uploads: IKernelRunShortcut[];
  width: number;
  uploadMs: number;
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

const single = { precision: 'single', tactic: 'precision' } as const;
/** gpu.js reads returnType from the settings, though its typings leave it out. */
const vec4Result = { returnType: 'Array(4)' } as IGPUKernelSettings;

/**
 * Uploads the inputs once, as TensorFlow.js does with tensors: an identity
 * kernel with pipeline output leaves each matrix on the GPU (immutable, so the
 * second upload does not overwrite the first), and every timed run is then
 * compute plus readback. Inputs are zero-padded to whole vec4s; for webgl2
 * they become RGBA float textures.
 */
async function upload(mode: GpuMode, m: number, k: number, n: number) {
  const { a, b } = inputs!;
  const gpu = gpuFor(mode);
  const k4 = roundUp4(k);
  const n4 = roundUp4(n);
  if (mode === 'webgl2') {
    const identity = (rows: number, cols: number) =>
      gpu.createKernel(
        function (this: { thread: { x: number; y: number } }, v: number[][]) {
          return v[this.thread.y]![this.thread.x]!;
        } as unknown as KernelFunction,
        { ...single, ...vec4Result, output: [cols / 4, rows], pipeline: true, immutable: true, argumentTypes: { v: 'Array2D(4)' } },
      );
    const uploads = [identity(m, k4), identity(k4, n4)];
    const args: [unknown, unknown] = [
      uploads[0]!(vec4Rows(padColumns(a, m, k), m, k4)),
      uploads[1]!(vec4Rows(padColumns(padRows(b, k, n, k4), k4, n), k4, n4)),
    ];
    return { args, uploads };
  }
  const identity = (rows: number, cols: number) =>
    gpu.createKernel(
      function (this: { thread: { x: number; y: number } }, v: number[][]) {
        return v[this.thread.y]![this.thread.x]!;
      } as unknown as KernelFunction,
      { ...single, output: [cols, rows], pipeline: true, immutable: true },
    );
  const uploads = [identity(m, k), identity(k, n4)];
  // gpu.js's typings say number[], but Input takes any typed array (it uploads it as is).
  const flat = (x: Float32Array) => x as unknown as number[];
  // On webgpu every kernel call returns a Promise, which gpu.js's typings do not say.
  const call = (kernel: IKernelRunShortcut, value: Input) => kernel(value) as unknown as Promise<unknown>;
  const args: [unknown, unknown] = [
    await call(uploads[0]!, new Input(flat(a), [k, m])),
    await call(uploads[1]!, new Input(flat(padColumns(b, k, n)), [n4, k])),
  ];
  return { args, uploads };
}

/** Uploads the current inputs and creates the kernel for them (setInputs drops the old ones). */
async function prepare(mode: GpuMode): Promise<Prepared> {
  if (!inputs) throw new Error('no inputs');
  const existing = prepared.get(mode);
  if (existing) return existing;
  const { m, k, n } = inputs.shape;
  const width = roundUp4(n) / 4;
  const start = performance.now();
  const { args, uploads } = await upload(mode, m, k, n);
  const uploadMs = performance.now() - start;
  const settings: IGPUKernelSettings = { ...single, output: [width, m], asyncMode: true };
  const kernel =
    mode === 'webgl2'
      ? gpuFor(mode).createKernel(matmulWebgl2 as unknown as KernelFunction, { ...settings, constants: { k4: roundUp4(k) / 4 } })
      : gpuFor(mode).createKernel(matmulWebgpu as unknown as KernelFunction, { ...settings, constants: { k } });
  const entry = { kernel, args, uploads, width, uploadMs };
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

/** Frees a prepared backend's GPU memory: resident inputs, then kernels. */
function release({ kernel, args, uploads }: Prepared): void {
  for (const resident of args) (resident as { delete?(): void }).delete?.();
  for (const uploader of uploads) uploader.destroy();
  kernel.destroy();
}

const api: GpuWorkerApi = {
  ping: () => true,
  setInputs(a, b, shape) {
    inputs = { a, b, shape };
    for (const entry of prepared.values()) release(entry);
    prepared.clear();
  },
  async compile(mode) {
    const { kernel, args, uploadMs } = await prepare(mode);
    const start = performance.now();
    // The shortcut builds on first call; building explicitly times compilation on its own.
    await (kernel.kernel as unknown as { build(...args: unknown[]): unknown }).build(...args);
    return { uploadMs, compileMs: performance.now() - start };
  },
  async run(mode) {
    const start = performance.now();
    const { kernel, args, width } = await prepare(mode);
    const rows = await (kernel as unknown as (...args: unknown[]) => Promise<Float32Array[][]>)(...args);
    const { m, n } = inputs!.shape;
    const flat = flattenVec4Output(rows, m, width);
    const unpadded = unpadColumns(flat, m, n);
    // Copy when unpadding did not, so the transfer never detaches gpu.js's own readback buffer.
    const c = unpadded === flat ? flat.slice() : unpadded;
    return transfer({ c, ms: performance.now() - start }, [c.buffer]);
  },
};

expose(api);
