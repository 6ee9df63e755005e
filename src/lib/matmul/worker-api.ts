import type { Unavailable, WebglInfo, WebgpuInfo } from './device.ts';
import type { WasmFeatures } from './wasm-features.ts';
import type { MatmulShape } from './types.ts';
import type { ProbeResult } from './webgl-block.ts';
import type { WebglBlock } from './webgl-block-shape.ts';

/**
 * The typed contract between the lab's page and its workers (used through
 * Comlink). Types only, so both the DOM realm and the worker realm import it.
 */
export type JsKernelId = 'js-naive' | 'js-tiled';

/**
 * Inputs reach a worker once per size and seed and stay there, as tensors do
 * in TensorFlow.js: a timed run is compute plus readback, the copy in is shown
 * in the first call. They travel either as transferred copies (this worker's
 * rows of A, all of B) or as shared memory that already holds A, B and C.
 */
export type Operands =
  | { kind: 'transferred'; a: Float32Array; b: Float32Array }
  | { kind: 'shared'; a: SharedArrayBuffer; b: SharedArrayBuffer; c: SharedArrayBuffer; rowStart: number };

export interface ComputeReply {
  /** This worker's rows of C, transferred; absent when C is shared memory written in place. */
  c?: Float32Array;
  computeMs: number;
}

export interface JsWorkerApi {
  ping(): true;
  /** `shape` is this worker's part: m is its row count. */
  setInputs(operands: Operands, shape: MatmulShape): void;
  compute(kernel: JsKernelId): ComputeReply;
}

export interface InputWorkerApi {
  /** Seeded inputs made off the main thread, so a large N never blocks the page; reports the rows made so far. */
  makeInputs(shape: MatmulShape, seed: number, onProgress: (rowsDone: number) => void): { a: Float32Array; b: Float32Array };
}

export interface WasmWorkerApi {
  /** Compiles, warms up (see warmUp) and instantiates; with a shared memory the instance joins the other threads' memory. Returns the time taken. */
  init(bytes: 'single' | 'shared', memory?: WebAssembly.Memory): Promise<number>;
  /** Single thread: copies transferred inputs into the module's memory. */
  setInputs(a: Float32Array, b: Float32Array, shape: MatmulShape): void;
  /** Single thread: multiplies and copies C out of the module's memory. */
  compute(): ComputeReply;
  /** Threaded: A, B and C sit in the shared memory at `layout`; computes rows start..end in place. */
  computeRows(
    layout: { a: number; b: number; c: number; work: readonly number[]; bytes: number },
    shape: MatmulShape,
    start: number,
    end: number,
    slot: number,
  ): ComputeReply;
}

export type GpuMode = 'webgl2' | 'webgpu';

export interface GpuWorkerApi {
  ping(): true;
  /** Inputs are sent once per size and seed, then reused: runs time compute and readback only. */
  setInputs(a: Float32Array, b: Float32Array, shape: MatmulShape): void;
  /**
   * Creates gpu.js's WebGL2 context or WebGPU device for the mode (once per
   * worker), so its cost shows as a phase of its own; returns the ms taken.
   */
  init(mode: GpuMode): Promise<number>;
  /** Uploads the current inputs to the GPU (once; they stay there) and compiles the kernel, with `block` for webgl2. */
  compile(mode: GpuMode, block: WebglBlock): Promise<{ uploadMs: number; compileMs: number }>;
  /** One product: compute and readback, which gpu.js does in one call. */
  run(mode: GpuMode): Promise<{ c: Float32Array; ms: number }>;
  /**
   * Loses the WebGL2 context or destroys the WebGPU device on purpose (the lab's
   * `?lose=` setting), so the recovery from a lost GPU can be seen and tested.
   */
  loseDevice(mode: GpuMode): Promise<void>;
  /** Times each webgl2 block shape on seeded inputs of PROBE_N and checks its product (webgl-block.ts). */
  probeBlocks(blocks: readonly WebglBlock[]): Promise<ProbeResult[]>;
  /** Whether the mode's WebGL2 context or WebGPU device is lost, asked after a call failed. */
  isLost(mode: GpuMode): boolean;
}

export interface ProbeWorkerApi {
  /**
   * WebGL2 (on an OffscreenCanvas), WebGPU and WebAssembly's features as a worker sees them, which
   * is where every backend runs.
   */
  probe(): Promise<{ webgl2: WebglInfo | Unavailable; webgpu: WebgpuInfo | Unavailable; wasm: WasmFeatures }>;
}
