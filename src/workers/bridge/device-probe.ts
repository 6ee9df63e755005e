// What this browser offers the lab, probed once when the lab mounts: WebGL2
// and WebGPU (with their renderer/adapter so software ones can be named),
// WebAssembly SIMD and threads, and cross-origin isolation (needed for shared
// memory between workers). Nothing is assumed: a missing feature is reported
// with why. The probe runs in a worker (src/workers/probe-worker.ts), started
// for it and ended after it; the page's thread only asks what a worker cannot answer.
import { probeFailed, type DeviceReport } from '../../lib/matmul/device.ts';
import { wasmFeatures } from '../../lib/matmul/wasm-features.ts';
import { nextTask } from '../../lib/next-task.ts';
import type { ProbeWorkerApi } from '../../lib/matmul/worker-api.ts';
import { WorkerHandle } from './worker-handle.ts';

async function probeInWorker(signal: AbortSignal | undefined): ReturnType<ProbeWorkerApi['probe']> {
  let handle: WorkerHandle<ProbeWorkerApi> | undefined;
  try {
    handle = new WorkerHandle<ProbeWorkerApi>(new Worker(new URL('../probe-worker.ts', import.meta.url), { type: 'module' }), signal);
    return await handle.call(handle.api.probe());
  } catch (error) {
    signal?.throwIfAborted();
    // A worker that cannot start cannot say what the GPU offers, and the gpu.js worker would not
    // start either; WebAssembly's features are asked here instead.
    return { webgl2: probeFailed(error), webgpu: probeFailed(error), wasm: await wasmFeatures() };
  } finally {
    handle?.terminate();
  }
}

/**
 * Whether the page may use WebGL2 at all. Chromium hands a worker's OffscreenCanvas a context
 * even when the reader or an administrator switched WebGL off (--disable-webgl, the
 * Disable3DAPIs policy); only the page's own canvas tells, and the lab respects it. That costs
 * one context on the page's thread, so it is asked only after the worker found WebGL2, in a task
 * of its own, for the smallest drawing buffer and the low-power GPU (no GPU switch on a laptop).
 */
async function pageAllowsWebgl2(): Promise<boolean> {
  const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
  const gl = await ownTask(() =>
    canvas.getContext('webgl2', { alpha: false, antialias: false, depth: false, stencil: false, powerPreference: 'low-power' }),
  );
  if (!gl) return false;
  // Browsers cap live WebGL contexts; losing one takes a few milliseconds of its own.
  await ownTask(() => gl.getExtension('WEBGL_lose_context')?.loseContext());
  return true;
}

/** Runs `work` in a task of its own: what comes before and after it (rendering the answer) runs in other tasks. */
async function ownTask<T>(work: () => T): Promise<T> {
  await nextTask();
  const result = work();
  await nextTask();
  return result;
}

/** Rejects with the signal's reason when it aborts; the probe's worker is ended either way. */
export async function probeDevice(signal?: AbortSignal): Promise<DeviceReport> {
  const probed = await probeInWorker(signal);
  signal?.throwIfAborted();
  const webgl2 = probed.webgl2.available && !(await pageAllowsWebgl2()) ? ({ available: false, reason: 'no-webgl2' } as const) : probed.webgl2;
  return {
    webgl2,
    webgpu: probed.webgpu,
    isolated: globalThis.crossOriginIsolated === true,
    threads: Math.max(1, navigator.hardwareConcurrency || 1),
    wasmSimd: probed.wasm.simd,
    wasmThreads: probed.wasm.threads,
  };
}
