// Runs the gpu.js backends (webgl2 through an OffscreenCanvas, webgpu) in a
// worker, so shader compilation, uploads and readbacks never block the page.
// This worker, and with it gpu.js, is only created when a GPU backend first
// runs; its start-up is the "library load" phase.
import { expose, transfer } from 'comlink';
import * as gpujs from 'gpu.js';
import { GPU, Input, type IGPUKernelSettings, type GPUFunction, type IKernelRunShortcut, type ISubKernelObject, type KernelFunction, type ThreadFunction } from 'gpu.js';
import { dot4, matmulWebgl2, matmulWebgl2x8, matmulWebgpu, packTexels, rowOutputs } from '../lib/matmul/gpu-kernels';
import { flattenVec4Output, packRows, packTransposed, paddedRows, roundUp4, threadGrid, unpackResult } from '../lib/matmul/gpu-layout';
import { medianMs } from '../lib/matmul/metrics';
import { randomMatrix } from '../lib/matmul/random-matrix';
import { verify } from '../lib/matmul/reference';
import { square, type MatmulShape } from '../lib/matmul/types';
import { PROBE_N, PROBE_RUNS, type ProbeResult } from '../lib/matmul/webgl-block';
import { blockRows, type WebglBlock } from '../lib/matmul/webgl-block-shape';
import type { GpuMode, GpuWorkerApi } from '../lib/matmul/worker-api';

/** What the worker uses of a gpu.js kernel or kernel map (their typings differ; these parts do not). */
interface GpuKernel {
  (...args: unknown[]): Promise<unknown>;
  kernel: { build(...args: unknown[]): unknown };
  destroy(): void;
}

interface Prepared {
  /** The webgl2 block shape the kernel computes (webgpu has one shape). */
  block: WebglBlock;
  kernel: GpuKernel;
  /** The inputs as GPU-resident textures (webgl2) or storage buffers (webgpu). */
  args: [unknown, unknown];
  uploads: IKernelRunShortcut[];
  uploadMs: number;
}

const gpus = new Map<GpuMode, GPU>();
const prepared = new Map<GpuMode, Prepared>();
/** gpu.js's holder of the worker's one WebGPU device; gpu.js exports it, though its typings leave it out. */
const webgpuContext = (
  gpujs as unknown as { WebGPUContext: { acquire(): Promise<WebgpuContext>; destroy(): Promise<void> } }
).WebGPUContext;
/** What this worker reads of gpu.js's WebGPU context: gpu.js sets isLost once the device's lost promise settles. */
interface WebgpuContext {
  readonly isLost: boolean;
}
let webgpu: WebgpuContext | undefined;
/** The kernel whose construction created the WebGL2 context (see init). */
let contextProbe: IKernelRunShortcut | undefined;
let inputs: { a: Float32Array; b: Float32Array; shape: MatmulShape } | undefined;

function gpuFor(mode: GpuMode): GPU {
  let gpu = gpus.get(mode);
  if (!gpu) {
    gpu = new GPU({ mode });
    if (mode === 'webgl2') gpu.addFunction(dot4 as unknown as GPUFunction);
    gpus.set(mode, gpu);
  }
  return gpu;
}

const single = { precision: 'single', tactic: 'precision' } as const;
/** gpu.js reads returnType from the settings, though its typings leave it out. */
const vec4Result = { returnType: 'Array(4)' } as IGPUKernelSettings;

function identity(this: { thread: { x: number; y: number } }, v: number[][]): number {
  return v[this.thread.y]![this.thread.x]!;
}

/**
 * Uploads the inputs once, as TensorFlow.js does with tensors: an identity
 * kernel with pipeline output leaves each matrix on the GPU (immutable, so the
 * second upload does not overwrite the first), and every timed run is then
 * compute plus readback. A and B^T are packed and zero-padded first
 * (gpu-layout.ts); for webgl2, packTexels turns them into RGBA float textures.
 */
async function upload(mode: GpuMode, block: WebglBlock, a: Float32Array, b: Float32Array, { m, k, n }: MatmulShape) {
  const gpu = gpuFor(mode);
  const [mPad, k4, n4] = [paddedRows(m, mode, block), roundUp4(k), roundUp4(n)];
  const packedA = packRows(a, m, k, mPad);
  const packedBt = packTransposed(b, k, n);
  const resident = { ...single, pipeline: true, immutable: true };
  // gpu.js's typings say number[], but Input takes any typed array (it uploads it as is).
  const flat = (x: Float32Array) => x as unknown as number[];
  const create = (rows: number) =>
    mode === 'webgl2'
      ? gpu.createKernel(packTexels as unknown as KernelFunction, { ...resident, ...vec4Result, output: [k4 / 4, rows] })
      : gpu.createKernel(identity as unknown as KernelFunction, { ...resident, output: [k4, rows] });
  // Inputs of equal padded height share one upload kernel, so its shader is compiled once.
  const uploads = mPad === n4 ? [create(mPad)] : [create(mPad), create(n4)];
  // On webgpu every kernel call returns a Promise, which gpu.js's typings do not say; Promise.resolve covers both.
  const args: [unknown, unknown] = [
    await Promise.resolve(uploads[0]!(new Input(flat(packedA), [k4, mPad]))),
    await Promise.resolve(uploads.at(-1)!(new Input(flat(packedBt), [k4, n4]))),
  ];
  return { args, uploads };
}

const WEBGL2_KERNELS: Record<WebglBlock, ThreadFunction> = {
  '4x4': matmulWebgl2 as unknown as ThreadFunction,
  '8x4': matmulWebgl2x8 as unknown as ThreadFunction,
};

/** Uploads A and B and creates the kernel for them, with `block` for webgl2. */
async function build(mode: GpuMode, block: WebglBlock, a: Float32Array, b: Float32Array, shape: MatmulShape): Promise<Prepared> {
  const start = performance.now();
  const { args, uploads } = await upload(mode, block, a, b, shape);
  const uploadMs = performance.now() - start;
  const settings: IGPUKernelSettings = { ...single, ...vec4Result, asyncMode: true, constants: { k4: roundUp4(shape.k) / 4 } };
  const gpu = gpuFor(mode);
  const output = threadGrid(mode, shape, block);
  const kernel = (
    mode === 'webgl2'
      ? gpu.createKernelMap(rowOutputs(blockRows(block)) as unknown as ISubKernelObject, WEBGL2_KERNELS[block], {
          ...settings,
          output,
          pipeline: true,
        })
      : gpu.createKernel(matmulWebgpu as unknown as KernelFunction, { ...settings, output })
  ) as unknown as GpuKernel;
  return { block, kernel, args, uploads, uploadMs };
}

/** The kernel for the current inputs and block (setInputs drops the old ones; a new block replaces its mode's). */
async function prepare(mode: GpuMode, block: WebglBlock): Promise<Prepared> {
  if (!inputs) throw new Error('no inputs');
  const existing = prepared.get(mode);
  if (existing?.block === block) return existing;
  if (existing) release(existing);
  prepared.delete(mode);
  const entry = await build(mode, block, inputs.a, inputs.b, inputs.shape);
  prepared.set(mode, entry);
  return entry;
}

/** One product with a prepared kernel: compute and readback. */
async function multiply(mode: GpuMode, { kernel, args, block }: Prepared, shape: MatmulShape): Promise<Float32Array> {
  const result = await kernel(...args);
  // The output textures are read with readPixels (outputsOf), which on a lost context reads zeros instead of failing.
  if (mode === 'webgl2' && api.isLost(mode)) throw new Error('the WebGL2 context was lost');
  return unpackResult(mode, outputsOf(mode, result, shape, block), shape);
}

/** One block shape at PROBE_N: a first run checked against the reference, then the median of timed runs. */
async function probe(block: WebglBlock, a: Float32Array, b: Float32Array, shape: MatmulShape): Promise<ProbeResult> {
  let entry: Prepared | undefined;
  try {
    entry = await build('webgl2', block, a, b, shape);
    const { verified } = verify(a, b, await multiply('webgl2', entry, shape), shape);
    const times: number[] = [];
    for (let run = 0; run < PROBE_RUNS; run++) {
      const start = performance.now();
      await multiply('webgl2', entry, shape);
      times.push(performance.now() - start);
    }
    return { block, ms: medianMs(times), verified };
  } catch {
    // A shape this GPU cannot compile or run is simply not chosen.
    return { block, ms: null, verified: false };
  } finally {
    if (entry) release(entry);
  }
}

/** What the worker reads of a gpu.js WebGL texture: the raw RGBA floats, without gpu.js's nested arrays. */
interface Texture {
  renderRawOutput(): Float32Array;
  /** Texture width and height in texels, which may exceed the output's. */
  size: [number, number];
  output: [number, number];
}

/** Texels of a texture, row by row, without the padding columns a texture may have. */
function texels(texture: Texture): Float32Array {
  const raw = texture.renderRawOutput();
  const { size } = texture;
  const [width, height] = texture.output;
  if (size[0] === width) return raw.subarray(0, width * height * 4);
  const out = new Float32Array(width * height * 4);
  for (let y = 0; y < height; y++) out.set(raw.subarray(y * size[0] * 4, (y * size[0] + width) * 4), y * width * 4);
  return out;
}

/**
 * The kernel's outputs, flattened: webgl2 leaves its output textures (one per block row) on
 * the GPU (pipeline mode) and they are read raw here, which skips gpu.js's
 * conversion into nested arrays (about a fifth of a run at N = 512);
 * webgpu's result is one Array(4) output.
 */
function outputsOf(mode: GpuMode, result: unknown, shape: MatmulShape, block: WebglBlock): Float32Array[] {
  if (mode === 'webgl2') {
    const map = result as Record<string, Texture>;
    // gpu.js names the kernel's own output `result` and the others after their functions (row1, row2, …).
    return ['result', ...Object.keys(rowOutputs(blockRows(block)))].map((name) => texels(map[name]!));
  }
  const [width, height] = threadGrid(mode, shape);
  return [flattenVec4Output(result as Float32Array[][], height, width)];
}

/** The WebGL2 context a webgl2 kernel draws with (gpu.js keeps it on the built kernel). */
const contextOf = (kernel: GpuKernel) => (kernel.kernel as { context?: WebGL2RenderingContext }).context;

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
  async init(mode) {
    const start = performance.now();
    if (mode === 'webgpu') {
      webgpu = await webgpuContext.acquire();
    } else if (!contextProbe) {
      // gpu.js creates its WebGL2 context with the first kernel and shares it with the later ones.
      contextProbe = gpuFor(mode).createKernel(function () {
        return 0;
      }, { output: [1] });
    }
    return performance.now() - start;
  },
  async compile(mode, block) {
    const { kernel, args, uploadMs } = await prepare(mode, block);
    const start = performance.now();
    // The shortcut builds on first call; building explicitly times compilation on its own.
    await kernel.kernel.build(...args);
    return { uploadMs, compileMs: performance.now() - start };
  },
  async run(mode) {
    const start = performance.now();
    const entry = prepared.get(mode);
    if (!entry || !inputs) throw new Error('run() before compile()');
    const c = await multiply(mode, entry, inputs.shape);
    return transfer({ c, ms: performance.now() - start }, [c.buffer]);
  },
  async probeBlocks(blocks) {
    const shape = square(PROBE_N);
    const a = randomMatrix(PROBE_N, PROBE_N, 1);
    const b = randomMatrix(PROBE_N, PROBE_N, 2);
    const results: ProbeResult[] = [];
    for (const block of blocks) results.push(await probe(block, a, b, shape));
    return results;
  },
  async loseDevice(mode) {
    if (mode === 'webgl2') {
      const kernel = prepared.get(mode)?.kernel;
      if (kernel) contextOf(kernel)?.getExtension('WEBGL_lose_context')?.loseContext();
    } else {
      await webgpuContext.destroy();
    }
  },
  isLost(mode) {
    if (mode === 'webgpu') return webgpu?.isLost ?? false;
    const kernel = prepared.get(mode)?.kernel;
    return (kernel && contextOf(kernel)?.isContextLost()) ?? false;
  },
};

expose(api);
