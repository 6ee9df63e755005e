// Page side of the gpu.js backends: one worker shared by webgl2 and webgpu,
// created on the first GPU run (that is when gpu.js is downloaded).
import { transfer } from 'comlink';
import type { Runner } from '../../lib/matmul/measure';
import { phase, type Phase } from '../../lib/matmul/phases';
import type { MatmulShape } from '../../lib/matmul/types';
import type { GpuMode, GpuWorkerApi } from '../../lib/matmul/worker-api';
import { WorkerHandle } from './worker-handle';

/**
 * Backends whose first run after compiling loses its GPU on purpose, once per
 * page load (`?lose=webgl2,webgpu`): shows, and lets the tests check, that a
 * lost context or device is reported and the next run recovers.
 */
let lossesToSimulate: Set<string> | undefined;

function simulateLoss(mode: GpuMode): boolean {
  lossesToSimulate ??= new Set(new URLSearchParams(location.search).get('lose')?.split(','));
  return lossesToSimulate.delete(mode);
}

/** The worker, its start-up time, and the modes whose GPU context it has created. */
let shared: { handle: WorkerHandle<GpuWorkerApi>; startMs: number; ready: Set<GpuMode> } | undefined;
let sentInputs: { a: Float32Array; b: Float32Array } | undefined;
/** Bumped when new inputs reach the worker, which drops its kernels then (they hold the old inputs). */
let inputsVersion = 0;

async function gpuWorker() {
  if (shared) return { ...shared, fresh: false };
  const start = performance.now();
  const handle = new WorkerHandle<GpuWorkerApi>(
    new Worker(new URL('../../workers/gpu-worker.ts', import.meta.url), { type: 'module' }),
  );
  await handle.call(handle.api.ping());
  shared = { handle, startMs: performance.now() - start, ready: new Set() };
  return { ...shared, fresh: true };
}

/** Ends the GPU worker (after a crash or lost device, or on cancel); the next run starts a new one. */
export function resetGpuWorker(): void {
  shared?.handle.terminate();
  shared = undefined;
  sentInputs = undefined;
}

export class GpuRunner implements Runner {
  private compiledFor: string | undefined;

  constructor(private readonly mode: GpuMode) {}

  async setup(): Promise<Phase[]> {
    const { handle, fresh, startMs, ready } = await gpuWorker();
    const phases = fresh ? [phase(startMs, 'load')] : [];
    if (!ready.has(this.mode)) {
      phases.push(phase(await handle.call(handle.api.init(this.mode)), 'context'));
      ready.add(this.mode);
    }
    return phases;
  }

  async run(a: Float32Array, b: Float32Array, shape: MatmulShape) {
    const { handle } = await gpuWorker();
    const start = performance.now();
    const phases: Phase[] = [];
    if (sentInputs?.a !== a || sentInputs.b !== b) {
      // Copies go to the worker once per size and seed; runs after that reuse them there.
      const aCopy = a.slice();
      const bCopy = b.slice();
      await handle.call(handle.api.setInputs(transfer(aCopy, [aCopy.buffer]), transfer(bCopy, [bCopy.buffer]), shape));
      sentInputs = { a, b };
      inputsVersion++;
      phases.push(phase(performance.now() - start, 'copy-in'));
    }
    const key = `${inputsVersion}:${shape.m}x${shape.k}x${shape.n}`;
    if (this.compiledFor !== key) {
      const { uploadMs, compileMs } = await handle.call(handle.api.compile(this.mode));
      phases.push(phase(uploadMs, 'upload'), phase(compileMs, 'compile'));
      this.compiledFor = key;
    }
    if (simulateLoss(this.mode)) await handle.call(handle.api.loseDevice(this.mode));
    const callStart = performance.now();
    const { c } = await handle.call(handle.api.run(this.mode));
    phases.push(phase(performance.now() - callStart, 'compute', 'readback'));
    return { c, ms: performance.now() - start, phases };
  }
}
