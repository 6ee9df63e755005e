import type { MatmulShape } from './types';

/**
 * The typed contract between the lab's page and its workers (used through
 * Comlink). Types only, so both the DOM realm and the worker realm import it.
 *
 * Timestamps are epoch milliseconds (performance.timeOrigin + performance.now())
 * because each realm has its own performance.now() origin; the page turns them
 * into the "copy in" and "copy out" phases.
 */
export type JsKernelId = 'js-naive' | 'js-tiled';

/** Inputs either travel with the request (transferred) or already sit in shared memory. */
export type Operands =
  | { kind: 'transferred'; a: Float32Array; b: Float32Array }
  | { kind: 'shared'; a: SharedArrayBuffer; b: SharedArrayBuffer; c: SharedArrayBuffer; rowStart: number };

export interface ComputeRequest {
  /** Shape of this worker's part: m is its row count. */
  shape: MatmulShape;
  operands: Operands;
}

export interface ComputeReply {
  /** Present for transferred operands; with shared memory C is written in place. */
  c?: Float32Array;
  receivedAt: number;
  /** Copying into the kernel's own memory inside the worker (wasm only). */
  copyInMs: number;
  computeMs: number;
  /** Copying out of the kernel's own memory inside the worker (wasm only). */
  copyOutMs: number;
  sentAt: number;
}

export interface JsWorkerApi {
  ping(): true;
  compute(kernel: JsKernelId, request: ComputeRequest): ComputeReply;
  /** Seeded inputs made off the main thread, so a large N never blocks the page. */
  makeInputs(shape: MatmulShape, seed: number): { a: Float32Array; b: Float32Array };
}

export interface WasmWorkerApi {
  /** Compiles and instantiates; with a shared memory the instance joins the other threads' memory. */
  init(bytes: 'single' | 'shared', memory?: WebAssembly.Memory): Promise<number>;
  /** Single-thread run on transferred operands (copy into wasm memory, multiply, copy out). */
  compute(request: ComputeRequest): ComputeReply;
  /** Threaded run: A, B and C already sit in the shared memory at `layout`. */
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
  /** Inputs are sent once per size and seed, then reused: runs time upload, compute and readback only. */
  setInputs(a: Float32Array, b: Float32Array, shape: MatmulShape): void;
  /** Translates and compiles the kernel for the current inputs; returns its time. */
  compile(mode: GpuMode): Promise<number>;
  /** One product: upload, compute and readback, which gpu.js does in one call. */
  run(mode: GpuMode): Promise<{ c: Float32Array; ms: number }>;
  /** Drops a backend's kernels and context (after a lost context or device) so the next run starts clean. */
  reset(mode: GpuMode): Promise<void>;
}

export const epochNow = (): number => performance.timeOrigin + performance.now();
