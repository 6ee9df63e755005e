// Measures the GPU roofs with the gpu.js kernels of
// src/lib/matmul/gpu-roof-kernels.ts through WebGL2 (an OffscreenCanvas):
// arithmetic in registers, and a stream over a texture larger than GPU
// caches. Kept apart from the lab's GPU worker so it starts and stops with
// the roof measurement; terminating it frees its context and textures.
import { expose } from 'comlink';
import { GPU, type IGPUKernelSettings, type IKernelRunShortcut, type KernelFunction } from 'gpu.js';
import { computeRoofKernel, fillRoofTexels, GPU_ROOF_CHAINS, streamRoofKernel } from '../lib/matmul/gpu-roof-kernels';
import type { GpuRoofWorkerApi } from '../lib/matmul/roof';

/** Compute threads per call and steps per thread: about a GFLOP a call. */
const COMPUTE_OUTPUT: [number, number] = [256, 256];
const COMPUTE_ITERATIONS = 1024;
/** The stream's texture: 2048 × 4096 RGBA float texels, 128 MiB, above the largest GPU caches. */
const STREAM_TEXELS: [number, number] = [2048, 4096];
const ROWS_PER_THREAD = 64;
const TEXEL_BYTES = 16;

/** What the worker reads of a gpu.js pipeline texture. */
interface Texture {
  renderRawOutput(): Float32Array;
}

let gpu: GPU | undefined;
let computeKernel: IKernelRunShortcut | undefined;
let streamKernel: IKernelRunShortcut | undefined;
let texels: Texture | undefined;

const single = { precision: 'single', tactic: 'precision' } as const;

function ready(): GPU {
  if (!gpu) throw new Error('GPU roof worker used before init()');
  return gpu;
}

/** Runs a pipeline kernel `calls` times, then reads its last output back, which waits for all of them. */
function timed(kernel: IKernelRunShortcut, calls: number, args: unknown[]): number {
  const start = performance.now();
  let out: Texture | undefined;
  for (let i = 0; i < calls; i++) out = kernel(...args) as unknown as Texture;
  out?.renderRawOutput();
  return performance.now() - start;
}

const api: GpuRoofWorkerApi = {
  async init() {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return null;
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    gpu = new GPU({ mode: 'webgl2' });
    return renderer;
  },
  async compute(calls) {
    computeKernel ??= ready().createKernel(computeRoofKernel as unknown as KernelFunction, {
      ...single,
      output: COMPUTE_OUTPUT,
      pipeline: true,
      constants: { iterations: COMPUTE_ITERATIONS },
      loopMaxIterations: COMPUTE_ITERATIONS,
    } as IGPUKernelSettings);
    const ms = timed(computeKernel, calls, [0.5, 1]);
    const flops = calls * COMPUTE_OUTPUT[0] * COMPUTE_OUTPUT[1] * COMPUTE_ITERATIONS * GPU_ROOF_CHAINS * 2;
    return { flops, ms };
  },
  async prepareStream() {
    if (texels) return;
    const settings = { ...single, returnType: 'Array(4)', pipeline: true, immutable: true } as IGPUKernelSettings;
    texels = ready().createKernel(fillRoofTexels as unknown as KernelFunction, { ...settings, output: STREAM_TEXELS })() as unknown as Texture;
    streamKernel = ready().createKernel(streamRoofKernel as unknown as KernelFunction, {
      ...single,
      output: [STREAM_TEXELS[0], STREAM_TEXELS[1] / ROWS_PER_THREAD],
      pipeline: true,
      constants: { rowsPerThread: ROWS_PER_THREAD },
      loopMaxIterations: ROWS_PER_THREAD,
    } as IGPUKernelSettings);
  },
  async stream(calls) {
    if (!streamKernel || !texels) throw new Error('stream() before prepareStream()');
    const ms = timed(streamKernel, calls, [texels]);
    return { bytes: calls * STREAM_TEXELS[0] * STREAM_TEXELS[1] * TEXEL_BYTES, ms };
  },
};

expose(api);
