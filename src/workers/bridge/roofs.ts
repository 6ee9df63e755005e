// Measures the machine's roofs for the page: CPU compute per instruction mix
// and CPU memory bandwidth, each at one thread and at every core, and on
// request the GPU's, in roof workers started on demand and stopped when done
// or aborted.
import { softwareRendererName } from '../../lib/matmul/device.ts';
import { WorkerStoppedError } from '../../lib/matmul/errors.ts';
import {
  gbPerSecond,
  roofGflops,
  roofThreads,
  spanMs,
  streamSliceBytes,
  type GpuRoofWorkerApi,
  type RoofMeasurement,
  type RoofMix,
  type RoofSpan,
  type RoofWorkerApi,
} from '../../lib/matmul/roof.ts';
import { WorkerHandle } from './worker-handle.ts';

/** How long one timed compute loop runs; long enough that starting the workers' loops a little apart does not matter. */
const COMPUTE_TARGET_MS = 150;
/** Timed repeats of each roof; the best counts, since a roof is what the machine can do when nothing interferes. */
const REPEATS = 3;
/** Passes over its slice each thread makes per timed memory run. */
const STREAM_PASSES = 2;
/** The least time a timed GPU run takes; GPU calls are queued, so several make one run. */
const GPU_TARGET_MS = 100;

export interface MeasureRoofsOptions {
  signal?: AbortSignal;
  gpu?: boolean;
  onProgress?: (done: number, total: number) => void;
}

const startRoofWorker = () =>
  new WorkerHandle<RoofWorkerApi>(new Worker(new URL('../roof-worker.ts', import.meta.url), { type: 'module' }));

/** Roof workers started as they are first needed; stop() terminates them all and refuses new ones. */
class RoofWorkers {
  private handles: WorkerHandle<RoofWorkerApi>[] = [];
  private mixes: RoofMix[] = [];
  private stopped = false;

  async take(count: number): Promise<WorkerHandle<RoofWorkerApi>[]> {
    while (this.handles.length < count) {
      if (this.stopped) throw new WorkerStoppedError('the roof measurement was stopped');
      const handle = startRoofWorker();
      this.handles.push(handle);
      this.mixes = await handle.call(handle.api.init());
    }
    return this.handles.slice(0, count);
  }

  /** The mixes the first worker's build can run (every worker loads the same build). */
  async available(): Promise<RoofMix[]> {
    await this.take(1);
    return this.mixes;
  }

  stop(): void {
    this.stopped = true;
    this.handles.forEach((h) => h.terminate());
    this.handles = [];
  }
}

const startGpuRoofWorker = () =>
  new WorkerHandle<GpuRoofWorkerApi>(new Worker(new URL('../gpu-roof-worker.ts', import.meta.url), { type: 'module' }));

/** The GPU roof worker, started on first use; `renderer` is null when the browser has no WebGL2. */
class GpuRoofs {
  private handle: WorkerHandle<GpuRoofWorkerApi> | undefined;
  private renderer: Promise<string | null> | undefined;
  private stopped = false;

  private async start(): Promise<{ handle: WorkerHandle<GpuRoofWorkerApi>; renderer: string | null }> {
    if (this.stopped) throw new WorkerStoppedError('the roof measurement was stopped');
    if (!this.handle) {
      const handle = startGpuRoofWorker();
      this.handle = handle;
      this.renderer = handle.call(handle.api.init());
    }
    return { handle: this.handle, renderer: await this.renderer! };
  }

  /** Calls `run(calls)` with twice the calls until a run lasts GPU_TARGET_MS, then keeps the best rate of REPEATS runs. */
  private static async rate(run: (calls: number) => Promise<{ amount: number; ms: number }>): Promise<number> {
    await run(1); // compiles the shader
    let calls = 1;
    for (;;) {
      const { ms } = await run(calls);
      if (ms >= GPU_TARGET_MS) break;
      calls *= 2;
    }
    return best(async () => {
      const { amount, ms } = await run(calls);
      return amount / (ms * 1e6);
    });
  }

  async compute(): Promise<RoofMeasurement | null> {
    const { handle, renderer } = await this.start();
    if (renderer === null) return null;
    const gflops = await GpuRoofs.rate(async (calls) => {
      const { flops, ms } = await handle.call(handle.api.compute(calls));
      return { amount: flops, ms };
    });
    return { kind: 'compute', device: 'gpu', mix: null, threads: 1, gflops, gbPerS: null, software: softwareRendererName(renderer) !== null };
  }

  async memory(): Promise<RoofMeasurement | null> {
    const { handle, renderer } = await this.start();
    if (renderer === null) return null;
    await handle.call(handle.api.prepareStream());
    const gbPerS = await GpuRoofs.rate(async (calls) => {
      const { bytes, ms } = await handle.call(handle.api.stream(calls));
      return { amount: bytes, ms };
    });
    return { kind: 'memory', device: 'gpu', mix: null, threads: 1, gflops: null, gbPerS, software: softwareRendererName(renderer) !== null };
  }

  stop(): void {
    this.stopped = true;
    this.handle?.terminate();
    this.handle = undefined;
  }
}

async function best(run: () => Promise<number>): Promise<number> {
  let top = 0;
  for (let i = 0; i < REPEATS; i++) top = Math.max(top, await run());
  return top;
}

async function computeRoof(workers: RoofWorkers, mix: RoofMix, threads: number): Promise<RoofMeasurement> {
  const handles = await workers.take(threads);
  const counts = await Promise.all(handles.map((h) => h.call(h.api.calibrate(mix, COMPUTE_TARGET_MS))));
  // Every thread runs the same count, the one calibrated on the slowest, so none finishes long before the others.
  const iterations = Math.min(...counts);
  const gflops = await best(async () => {
    const spans: RoofSpan[] = await Promise.all(handles.map((h) => h.call(h.api.compute(mix, iterations))));
    return roofGflops(mix, iterations, threads, spanMs(spans));
  });
  return { kind: 'compute', device: 'cpu', mix, threads, gflops, gbPerS: null, software: false };
}

async function memoryRoof(workers: RoofWorkers, threads: number): Promise<RoofMeasurement> {
  const handles = await workers.take(threads);
  const bytes = streamSliceBytes(threads);
  await Promise.all(handles.map((h) => h.call(h.api.prepareStream(bytes))));
  const gbPerS = await best(async () => {
    const spans = await Promise.all(handles.map((h) => h.call(h.api.stream(bytes, STREAM_PASSES))));
    return gbPerSecond(bytes * STREAM_PASSES * threads, spanMs(spans));
  });
  return { kind: 'memory', device: 'cpu', mix: null, threads, gflops: null, gbPerS, software: false };
}

/**
 * The CPU compute roof per available mix and the CPU memory roof, each at one
 * thread and at navigator.hardwareConcurrency threads; with `gpu`, also the
 * GPU's compute and memory roofs through gpu.js's WebGL2 backend (none
 * without WebGL2; `software` says when it is a CPU emulation). Rejects with
 * the signal's reason when aborted; the workers are gone either way.
 */
export async function measureRoofs({ signal, gpu = false, onProgress }: MeasureRoofsOptions = {}): Promise<RoofMeasurement[]> {
  signal?.throwIfAborted();
  const workers = new RoofWorkers();
  const gpuRoofs = new GpuRoofs();
  // Terminating the workers makes every pending call reject, which ends the measurement at once.
  const stop = () => {
    workers.stop();
    gpuRoofs.stop();
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const threadCounts = roofThreads(navigator.hardwareConcurrency);
    const mixes = await workers.available();
    const steps: Array<() => Promise<RoofMeasurement | null>> = [
      ...mixes.flatMap((mix) => threadCounts.map((threads) => () => computeRoof(workers, mix, threads))),
      ...threadCounts.map((threads) => () => memoryRoof(workers, threads)),
      ...(gpu ? [() => gpuRoofs.compute(), () => gpuRoofs.memory()] : []),
    ];
    const results: RoofMeasurement[] = [];
    onProgress?.(0, steps.length);
    for (const [i, step] of steps.entries()) {
      signal?.throwIfAborted();
      const result = await step();
      if (result) results.push(result);
      onProgress?.(i + 1, steps.length);
    }
    return results;
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
    stop();
  }
}
