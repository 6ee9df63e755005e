// Page side of the gpu.js backends: one worker shared by webgl2 and webgpu,
// started on the first GPU run (that is when gpu.js is downloaded).
import { transfer } from 'comlink';
import { GpuLostError, WorkerCrashError, WorkerStoppedError } from '../../lib/matmul/errors.ts';
import { phase, type Phase } from '../../lib/matmul/phases.ts';
import type { LabRunner } from '../../lib/matmul/session.ts';
import type { MatmulShape } from '../../lib/matmul/types.ts';
import { DEFAULT_WEBGL_BLOCK, type WebglBlock } from '../../lib/matmul/webgl-block-shape.ts';
import {
  blockCacheKey,
  blocksFor,
  choiceWithoutProbe,
  chooseBlock,
  parseBlockChoice,
  type BlockDevice,
  type WebglBlockChoice,
} from '../../lib/matmul/webgl-block.ts';
import type { GpuMode, GpuWorkerApi } from '../../lib/matmul/worker-api.ts';
import { WorkerHandle } from './worker-handle.ts';

/** What the webgl2 block choice starts from: the device (absent without WebGL2) and a shape the page forces, if any. */
export interface BlockSetting {
  readonly device?: BlockDevice & { readonly renderer: string };
  readonly forced?: WebglBlock | null;
}

/** The choice known without running anything: forced, fixed by the device, or probed earlier in this visit. */
function knownChoice({ device, forced }: BlockSetting): WebglBlockChoice | null {
  if (forced) return { block: forced, basis: 'forced', probed: [] };
  if (!device) return null;
  return choiceWithoutProbe(device) ?? readStoredChoice(device.renderer);
}

function readStoredChoice(renderer: string): WebglBlockChoice | null {
  try {
    return parseBlockChoice(sessionStorage.getItem(blockCacheKey(renderer)));
  } catch {
    // Storage can be blocked (a sandboxed frame, privacy settings): then the probe runs once per page.
    return null;
  }
}

function storeChoice(renderer: string, choice: WebglBlockChoice): void {
  try {
    sessionStorage.setItem(blockCacheKey(renderer), JSON.stringify(choice));
  } catch {
    // Blocked or full storage only costs a probe on the next page.
  }
}

/** A started worker and what it holds: the modes with a GPU context, the inputs it has, the modes compiled for them. */
interface Live {
  readonly handle: WorkerHandle<GpuWorkerApi>;
  startMs: number;
  loadReported: boolean;
  readonly ready: Set<GpuMode>;
  readonly compiled: Set<GpuMode>;
  sent: { a: Float32Array; b: Float32Array } | undefined;
}

/**
 * The gpu.js worker, started lazily and ended by dispose(); the next call
 * after that starts a fresh one. `lose` lists modes whose first run after
 * compiling loses its GPU on purpose (the lab's `?lose=` setting), so the
 * recovery from a lost context or device can be seen and tested. The webgl2
 * block shape is chosen once per device (webgl-block.ts): by a probe in the
 * first webgl2 setup, unless it is known without one.
 */
export class GpuWorker {
  #live: Live | undefined;
  readonly #lose: Set<GpuMode>;
  readonly #block: BlockSetting;
  #choice: WebglBlockChoice | null;

  constructor(lose: Iterable<GpuMode> = [], block: BlockSetting = {}) {
    this.#lose = new Set(lose);
    this.#block = block;
    this.#choice = knownChoice(block);
  }

  /** The webgl2 block shape and why; null until the probe has run on a device that needs one. */
  get webglBlock(): WebglBlockChoice | null {
    return this.#choice;
  }

  async setup(mode: GpuMode): Promise<Phase[]> {
    const live = await this.#start();
    const phases: Phase[] = [];
    if (!live.loadReported) {
      phases.push(phase(live.startMs, 'load'));
      live.loadReported = true;
    }
    if (!live.ready.has(mode)) {
      phases.push(phase(await this.#call(live, mode, live.handle.api.init(mode)), 'context'));
      live.ready.add(mode);
    }
    const device = this.#block.device;
    if (mode === 'webgl2' && !this.#choice && device) {
      // The probe compiles and runs every candidate shape; its time cannot be split further.
      const start = performance.now();
      this.#choice = chooseBlock(await this.#call(live, mode, live.handle.api.probeBlocks(blocksFor(device))));
      storeChoice(device.renderer, this.#choice);
      phases.push(phase(performance.now() - start, 'compile', 'compute'));
    }
    return phases;
  }

  async run(mode: GpuMode, a: Float32Array, b: Float32Array, shape: MatmulShape) {
    const live = await this.#start();
    const { api } = live.handle;
    const start = performance.now();
    const phases: Phase[] = [];
    if (live.sent?.a !== a || live.sent.b !== b) {
      // Copies go to the worker once per size and seed; runs after that reuse them there.
      const aCopy = a.slice();
      const bCopy = b.slice();
      await this.#call(live, mode, api.setInputs(transfer(aCopy, [aCopy.buffer]), transfer(bCopy, [bCopy.buffer]), shape));
      live.sent = { a, b };
      // The worker drops its kernels with the old inputs.
      live.compiled.clear();
      phases.push(phase(performance.now() - start, 'copy-in'));
    }
    if (!live.compiled.has(mode)) {
      const { uploadMs, compileMs } = await this.#call(live, mode, api.compile(mode, this.#choice?.block ?? DEFAULT_WEBGL_BLOCK));
      phases.push(phase(uploadMs, 'upload'), phase(compileMs, 'compile'));
      live.compiled.add(mode);
    }
    if (this.#lose.delete(mode)) await this.#call(live, mode, api.loseDevice(mode));
    const callStart = performance.now();
    const { c } = await this.#call(live, mode, api.run(mode));
    phases.push(phase(performance.now() - callStart, 'compute', 'readback'));
    return { c, ms: performance.now() - start, phases };
  }

  /** Ends the worker and lets go of the inputs; a call still pending rejects with WorkerStoppedError. */
  dispose(): void {
    this.#live?.handle.terminate();
    this.#live = undefined;
  }

  async #start(): Promise<Live> {
    if (this.#live) return this.#live;
    const start = performance.now();
    const handle = new WorkerHandle<GpuWorkerApi>(new Worker(new URL('../gpu-worker.ts', import.meta.url), { type: 'module' }));
    const live: Live = { handle, startMs: 0, loadReported: false, ready: new Set(), compiled: new Set(), sent: undefined };
    this.#live = live;
    await handle.call(handle.api.ping());
    live.startMs = performance.now() - start;
    return live;
  }

  /** A call to the worker whose failure, when the worker reports its GPU lost, becomes a GpuLostError. */
  async #call<T>(live: Live, mode: GpuMode, pending: Promise<T>): Promise<T> {
    try {
      return await live.handle.call(pending);
    } catch (error) {
      if (error instanceof WorkerCrashError || error instanceof WorkerStoppedError) throw error;
      const lost = await live.handle.call(live.handle.api.isLost(mode)).catch(() => false);
      if (lost) throw new GpuLostError(error instanceof Error ? error.message : String(error), { cause: error });
      throw error;
    }
  }
}

/** One GPU backend; disposing it ends the worker both modes share, so after a failure both start afresh. */
export class GpuRunner implements LabRunner {
  readonly #mode: GpuMode;
  readonly #worker: GpuWorker;

  constructor(mode: GpuMode, worker: GpuWorker) {
    this.#mode = mode;
    this.#worker = worker;
  }

  setup(): Promise<Phase[]> {
    return this.#worker.setup(this.#mode);
  }

  run(a: Float32Array, b: Float32Array, shape: MatmulShape) {
    return this.#worker.run(this.#mode, a, b, shape);
  }

  dispose(): void {
    this.#worker.dispose();
  }
}
