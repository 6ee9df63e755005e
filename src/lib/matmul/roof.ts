// Roofs: the most arithmetic and the fastest memory reads this machine gives
// a browser, measured by src/lib/matmul/wasm/roof.wat (CPU) and gpu.js
// kernels (GPU). This module holds what is pure about them: the loops' flop
// counts, rates from counts and times, which instruction mixes can be
// measured, which roof each backend is held against, and the contract
// between the page and the roof workers.
import type { BackendId } from './backends.ts';

/** The instruction mix of a multiply-add: f32x4.mul + f32x4.add, or relaxed SIMD's fused f32x4.relaxed_madd. */
export type RoofMix = 'mul-add' | 'relaxed-fma';
export type RoofKind = 'compute' | 'memory';

export interface RoofMeasurement {
  readonly kind: RoofKind;
  readonly device: 'cpu' | 'gpu';
  /** The CPU compute roof's instruction mix; null for memory roofs and the GPU. */
  readonly mix: RoofMix | null;
  /** CPU threads that ran side by side; 1 for the GPU (one device). */
  readonly threads: number;
  readonly gflops: number | null;
  readonly gbPerS: number | null;
  /** True when the GPU is a software renderer (its "GPU" roof is the CPU's). */
  readonly software: boolean;
}

const LANES = 4;

/**
 * Independent register chains in each compute loop of roof.wat, and the flops
 * one chain adds per iteration: a mul-add pair (two chains, m and s) does one
 * f32x4.mul and one f32x4.add, a relaxed chain one fused multiply-add. A unit
 * test counts them in the WebAssembly text.
 */
export const ROOF_CHAINS: Readonly<Record<RoofMix, number>> = { 'mul-add': 7, 'relaxed-fma': 12 };

/** Flops of one iteration of the mix's compute loop: every chain does a multiply and an add on 4 lanes. */
export function flopsPerIteration(mix: RoofMix): number {
  return ROOF_CHAINS[mix] * LANES * 2;
}

/** GFLOPS of `threads` loops of `iterations` iterations each, all done within `ms`. */
export function roofGflops(mix: RoofMix, iterations: number, threads: number, ms: number): number {
  return (flopsPerIteration(mix) * iterations * threads) / (ms * 1e6);
}

/** GB/s (10⁹ bytes per second) of reading `bytes` in `ms`. */
export function gbPerSecond(bytes: number, ms: number): number {
  return bytes / (ms * 1e6);
}

/** The mixes a browser can measure: relaxed FMA only where the relaxed build of the module validates. */
export function availableMixes(relaxedValidates: boolean): RoofMix[] {
  return relaxedValidates ? ['mul-add', 'relaxed-fma'] : ['mul-add'];
}

/** The mix the matmul kernel runs: its relaxed build where the browser has relaxed SIMD, else the plain one. */
export function matmulMix(relaxedValidates: boolean): RoofMix {
  return relaxedValidates ? 'relaxed-fma' : 'mul-add';
}

/** The thread counts a roof is measured at: one, and every core when there is more than one. */
export function roofThreads(cores: number): number[] {
  const all = Math.max(1, Math.floor(cores) || 1);
  return all > 1 ? [1, all] : [1];
}

/**
 * Bytes the memory roof streams in all, split evenly between threads: above
 * the last-level cache a core can use (tens of MiB on current processors),
 * so the bytes come from DRAM, yet small enough for a phone's browser tab.
 */
export const STREAM_BYTES = 128 * 2 ** 20;

/** Bytes one of `threads` threads streams: its share of STREAM_BYTES, whole 64-byte steps of the stream loop. */
export function streamSliceBytes(threads: number): number {
  return Math.floor(STREAM_BYTES / threads / 64) * 64;
}

/** When a worker's timed loop ran, on the clock every worker shares (performance.timeOrigin + now()). */
export interface RoofSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Wall time of loops run side by side on several workers: first start to last
 * end, so a worker that started late or ran slow counts against the total.
 */
export function spanMs(spans: readonly RoofSpan[]): number {
  return Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start));
}

/** What the page asks of a roof worker (through Comlink). */
export interface RoofWorkerApi {
  /** Compiles the module (its relaxed build when the browser validates it); returns the mixes it can run. */
  init(): Promise<RoofMix[]>;
  /** Iterations of the mix's loop that take about `targetMs` here; the calls also bring the optimised code in. */
  calibrate(mix: RoofMix, targetMs: number): number;
  compute(mix: RoofMix, iterations: number): RoofSpan;
  /** Grows the worker's memory to `bytes` and writes every byte, so each page is backed by its own DRAM. */
  prepareStream(bytes: number): void;
  /** Reads the first `bytes` of the memory `passes` times. */
  stream(bytes: number, passes: number): RoofSpan;
}

/** What the page asks of the GPU roof worker (through Comlink); times are in ms. */
export interface GpuRoofWorkerApi {
  /** Creates gpu.js's WebGL2 context; returns the renderer's name, or null without WebGL2. */
  init(): Promise<string | null>;
  /** Runs the compute kernel `calls` times and reads the last result back; returns the flops done and the time. */
  compute(calls: number): Promise<{ flops: number; ms: number }>;
  /** Fills the texture the stream reads, on the GPU. */
  prepareStream(): Promise<void>;
  /** Runs the stream kernel `calls` times and reads the last result back; returns the bytes read and the time. */
  stream(calls: number): Promise<{ bytes: number; ms: number }>;
}

/** The roof a backend is held against in the bench: the compute roof of its device, instruction mix and thread count. */
export interface RoofKey {
  readonly device: 'cpu' | 'gpu';
  readonly mix: RoofMix | null;
  readonly allThreads: boolean;
}

/**
 * JavaScript compiles to scalar multiplies and adds, so its kernels meet the
 * mul-add roof (which counts 4 SIMD lanes: they can reach a quarter of it);
 * the wasm kernels run the mix of their build; GPU kernels meet the GPU roof.
 */
export function roofKeyOf(backend: BackendId, relaxedValidates: boolean): RoofKey {
  switch (backend) {
    case 'js-naive':
    case 'js-tiled':
      return { device: 'cpu', mix: 'mul-add', allThreads: false };
    case 'js-workers':
      return { device: 'cpu', mix: 'mul-add', allThreads: true };
    case 'wasm-simd':
      return { device: 'cpu', mix: matmulMix(relaxedValidates), allThreads: false };
    case 'wasm-simd-threads':
      return { device: 'cpu', mix: matmulMix(relaxedValidates), allThreads: true };
    case 'webgl2':
    case 'webgpu':
      return { device: 'gpu', mix: null, allThreads: false };
  }
}

/** The measured compute roof for a key: at one thread, or at the most threads measured. */
export function findRoof(roofs: readonly RoofMeasurement[], key: RoofKey): RoofMeasurement | undefined {
  const matching = roofs.filter((r) => r.kind === 'compute' && r.device === key.device && r.mix === key.mix);
  if (key.device === 'gpu' || !key.allThreads) return matching.find((r) => r.threads === 1);
  return matching.reduce<RoofMeasurement | undefined>((most, r) => (most && most.threads >= r.threads ? most : r), undefined);
}
