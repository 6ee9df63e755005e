// Runs the gpu.js backends (webgl2 through an OffscreenCanvas, webgpu) in a
// worker, so shader compilation, uploads and readbacks never block the page.
// This worker, and with it gpu.js, is only created when a GPU backend first
// runs; its start-up is the "library load" phase.
import { expose, transfer } from 'comlink';
import * as gpujs from 'gpu.js';
import { GPU, Input, type IGPUKernelSettings, type GPUFunction, type IKernelRunShortcut, type ISubKernelObject, type KernelFunction, type ThreadFunction } from 'gpu.js';
import { blockRowOutputs, dot4, matmulWebgl2, matmulWebgpu, packTexels } from '../lib/matmul/gpu-kernels';
import { flattenVec4Output, packRows, packTransposed, roundUp4, threadGrid, unpackResult } from '../lib/matmul/gpu-layout';
import type { MatmulShape } from '../lib/matmul/types';
import type { GpuMode, GpuWorkerApi } from '../lib/matmul/worker-api';

/** What the worker uses of a gpu.js kernel or kernel map (their typings differ; these parts do not). */
interface GpuKernel {
  (...args: unknown[]): Promise<unknown>;
  kernel: { build(...args: unknown[]): unknown };
  destroy(): void;
}

interface Prepared {
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
async function upload(mode: GpuMode, m: number, k: number, n: number) {
  const { a, b } = inputs!;
  const gpu = gpuFor(mode);
  const [m4, k4, n4] = [roundUp4(m), roundUp4(k), roundUp4(n)];
  const packedA = packRows(a, m, k);
  const packedBt = packTransposed(b, k, n);
  const resident = { ...single, pipeline: true, immutable: true };
  // gpu.js's typings say number[], but Input takes any typed array (it uploads it as is).
  const flat = (x: Float32Array) => x as unknown as number[];
  const create = (rows: number) =>
    mode === 'webgl2'
      ? gpu.createKernel(packTexels as unknown as KernelFunction, { ...resident, ...vec4Result, output: [k4 / 4, rows] })
      : gpu.createKernel(identity as unknown as KernelFunction, { ...resident, output: [k4, rows] });
  // Square inputs share one upload kernel, so its shader is compiled once.
  const uploads = m4 === n4 ? [create(m4)] : [create(m4), create(n4)];
  // On webgpu every kernel call returns a Promise, which gpu.js's typings do not say; Promise.resolve covers both.
  const args: [unknown, unknown] = [
    await Promise.resolve(uploads[0]!(new Input(flat(packedA), [k4, m4]))),
    await Promise.resolve(uploads.at(-1)!(new Input(flat(packedBt), [k4, n4]))),
  ];
  return { args, uploads };
}

/** Uploads the current inputs and creates the kernel for them (setInputs drops the old ones). */
async function prepare(mode: GpuMode): Promise<Prepared> {
  if (!inputs) throw new Error('no inputs');
  const existing = prepared.get(mode);
  if (existing) return existing;
  const { m, k, n } = inputs.shape;
  const start = performance.now();
  const { args, uploads } = await upload(mode, m, k, n);
  const uploadMs = performance.now() - start;
  const settings: IGPUKernelSettings = { ...single, ...vec4Result, asyncMode: true, constants: { k4: roundUp4(k) / 4 } };
  const gpu = gpuFor(mode);
  const output = threadGrid(mode, inputs.shape);
  const kernel = (
    mode === 'webgl2'
      ? gpu.createKernelMap(blockRowOutputs as unknown as ISubKernelObject, matmulWebgl2 as unknown as ThreadFunction, {
          ...settings,
          output,
          pipeline: true,
        })
      : gpu.createKernel(matmulWebgpu as unknown as KernelFunction, { ...settings, output })
  ) as unknown as GpuKernel;
  const entry = { kernel, args, uploads, uploadMs };
  prepared.set(mode, entry);
  return entry;
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
 * The kernel's outputs, flattened: webgl2 leaves its four output textures on
 * the GPU (pipeline mode) and they are read raw here, which skips gpu.js's
 * conversion into nested arrays (about a fifth of a run at N = 512);
 * webgpu's result is one Array(4) output.
 */
function outputsOf(mode: GpuMode, result: unknown, shape: MatmulShape): Float32Array[] {
  if (mode === 'webgl2') {
    const map = result as Record<'result' | 'row1' | 'row2' | 'row3', Texture>;
    return [map.result, map.row1, map.row2, map.row3].map(texels);
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
  async compile(mode) {
    const { kernel, args, uploadMs } = await prepare(mode);
    const start = performance.now();
    // The shortcut builds on first call; building explicitly times compilation on its own.
    await kernel.kernel.build(...args);
    return { uploadMs, compileMs: performance.now() - start };
  },
  async run(mode) {
    const start = performance.now();
    const { kernel, args } = await prepare(mode);
    const result = await kernel(...args);
    // The output textures are read with readPixels (outputsOf), which on a lost context reads zeros instead of failing.
    if (mode === 'webgl2' && api.isLost(mode)) throw new Error('the WebGL2 context was lost');
    const c = unpackResult(mode, outputsOf(mode, result, inputs!.shape), inputs!.shape);
    return transfer({ c, ms: performance.now() - start }, [c.buffer]);
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
