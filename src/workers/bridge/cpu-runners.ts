// Page-side runners of the CPU backends. Every kernel runs in a worker so the
// page never blocks; these classes only move data and read the clocks.
import { transfer } from 'comlink';
import { splitRows } from '../../lib/matmul/partition.ts';
import { phase, type Phase } from '../../lib/matmul/phases.ts';
import type { LabRunner } from '../../lib/matmul/session.ts';
import type { MatmulShape } from '../../lib/matmul/types.ts';
import { createMemory, wasmLayout, WASM_WORKSPACE_BYTES, type WasmLayout } from '../../lib/matmul/wasm-simd.ts';
import type { JsKernelId, JsWorkerApi, WasmWorkerApi } from '../../lib/matmul/worker-api.ts';
import { WorkerHandle } from './worker-handle.ts';

// The `new Worker(new URL(...))` form must stay literal: it is how Vite finds and bundles workers.
const startJsWorker = () =>
  new WorkerHandle<JsWorkerApi>(new Worker(new URL('../js-worker.ts', import.meta.url), { type: 'module' }));
const startWasmWorker = () =>
  new WorkerHandle<WasmWorkerApi>(new Worker(new URL('../wasm-worker.ts', import.meta.url), { type: 'module' }));

async function startWorkers<Api>(count: number, start: () => WorkerHandle<Api>, ready: (h: WorkerHandle<Api>) => Promise<unknown>) {
  const t = performance.now();
  const handles = Array.from({ length: count }, start);
  await Promise.all(handles.map((h) => h.call(ready(h))));
  return { handles, ms: performance.now() - t };
}

/**
 * Phases of a steady-state run: compute is the slowest worker's own timing;
 * copy out is the rest of the wall time, i.e. the messages to and from the
 * workers plus copying C back to the page.
 */
function runPhases(start: number, computeMs: number): Phase[] {
  return [phase(computeMs, 'compute'), phase(performance.now() - start - computeMs, 'copy-out')];
}

/** Base of the CPU runners: sends inputs once per size and seed (the first call's copy in), then times runs. */
abstract class ResidentInputsRunner<Api> implements LabRunner {
  protected handles: WorkerHandle<Api>[] = [];
  private sent: { a: Float32Array; b: Float32Array } | undefined;

  protected abstract sendInputs(a: Float32Array, b: Float32Array, shape: MatmulShape): Promise<void>;
  protected abstract multiply(shape: MatmulShape): Promise<{ c: Float32Array; computeMs: number }>;
  abstract setup(shape: MatmulShape): Promise<Phase[]>;

  async run(a: Float32Array, b: Float32Array, shape: MatmulShape) {
    const start = performance.now();
    const phases: Phase[] = [];
    if (this.sent?.a !== a || this.sent.b !== b) {
      await this.sendInputs(a, b, shape);
      this.sent = { a, b };
      phases.push(phase(performance.now() - start, 'copy-in'));
    }
    const runStart = performance.now();
    const { c, computeMs } = await this.multiply(shape);
    phases.push(...runPhases(runStart, computeMs));
    return { c, ms: performance.now() - start, phases };
  }

  dispose(): void {
    this.handles.forEach((h) => h.terminate());
    this.handles = [];
    this.sent = undefined;
  }
}

/**
 * js-naive, js-tiled (one worker) and js-workers (one worker per core). With
 * cross-origin isolation the operands live in SharedArrayBuffers that every
 * worker reads and writes in place; otherwise each worker gets copies of its
 * rows of A and of B, transferred (not cloned), and sends its rows of C back
 * the same way.
 */
export class JsRunner extends ResidentInputsRunner<JsWorkerApi> {
  private ranges: Array<[number, number]> = [];
  private sharedC: SharedArrayBuffer | undefined;

  constructor(
    private readonly kernel: JsKernelId,
    private readonly workers: number,
    private readonly useShared: boolean,
  ) {
    super();
  }

  async setup(): Promise<Phase[]> {
    if (this.handles.length) return [];
    const { handles, ms } = await startWorkers(this.workers, startJsWorker, (h) => h.api.ping());
    this.handles = handles;
    return [phase(ms, 'worker-start')];
  }

  protected async sendInputs(a: Float32Array, b: Float32Array, { m, k, n }: MatmulShape) {
    this.ranges = splitRows(m, this.handles.length);
    if (this.useShared) {
      const sa = new SharedArrayBuffer(m * k * 4);
      const sb = new SharedArrayBuffer(k * n * 4);
      const sc = new SharedArrayBuffer(m * n * 4);
      new Float32Array(sa).set(a);
      new Float32Array(sb).set(b);
      this.sharedC = sc;
      await Promise.all(
        this.ranges.map(([r0, r1], i) =>
          this.handles[i]!.call(this.handles[i]!.api.setInputs({ kind: 'shared', a: sa, b: sb, c: sc, rowStart: r0 }, { m: r1 - r0, k, n })),
        ),
      );
      return;
    }
    this.sharedC = undefined;
    await Promise.all(
      this.ranges.map(([r0, r1], i) => {
        const aPart = a.slice(r0 * k, r1 * k);
        const bCopy = b.slice();
        const operands = transfer({ kind: 'transferred' as const, a: aPart, b: bCopy }, [aPart.buffer, bCopy.buffer]);
        return this.handles[i]!.call(this.handles[i]!.api.setInputs(operands, { m: r1 - r0, k, n }));
      }),
    );
  }

  protected async multiply({ m, n }: MatmulShape) {
    const replies = await Promise.all(this.ranges.map((_, i) => this.handles[i]!.call(this.handles[i]!.api.compute(this.kernel))));
    let c: Float32Array;
    if (this.sharedC) {
      c = new Float32Array(this.sharedC).slice();
    } else {
      c = new Float32Array(m * n);
      replies.forEach((reply, i) => c.set(reply.c!, this.ranges[i]![0] * n));
    }
    return { c, computeMs: Math.max(...replies.map((r) => r.computeMs)) };
  }
}

/**
 * wasm-simd on one thread (its worker owns the memory) or, when the page is
 * cross-origin isolated, on every core: the page creates one shared
 * WebAssembly.Memory, each worker instantiates the shared build over it and
 * computes its own rows; the page copies A and B in and C out directly.
 */
export class WasmRunner extends ResidentInputsRunner<WasmWorkerApi> {
  private memory: WebAssembly.Memory | undefined;
  private layout: WasmLayout | undefined;

  constructor(private readonly threads: number) {
    super();
  }

  async setup(): Promise<Phase[]> {
    if (this.handles.length) return [];
    const threaded = this.threads > 1;
    this.memory = threaded ? createMemory(true) : undefined;
    let compileMs = 0;
    const { handles, ms } = await startWorkers(this.threads, startWasmWorker, async (h) => {
      compileMs = Math.max(compileMs, await h.api.init(threaded ? 'shared' : 'single', this.memory));
    });
    this.handles = handles;
    // init() is part of starting each worker; its compile (and warm-up) time is shown apart.
    return [phase(ms - compileMs, 'worker-start'), phase(compileMs, 'compile')];
  }

  protected async sendInputs(a: Float32Array, b: Float32Array, shape: MatmulShape) {
    const { m, k, n } = shape;
    if (!this.memory) {
      const [h] = this.handles;
      const aCopy = a.slice();
      const bCopy = b.slice();
      await h!.call(h!.api.setInputs(transfer(aCopy, [aCopy.buffer]), transfer(bCopy, [bCopy.buffer]), shape));
      return;
    }
    const layout = wasmLayout(shape, this.handles.length, WASM_WORKSPACE_BYTES);
    const missing = layout.bytes - this.memory.buffer.byteLength;
    if (missing > 0) this.memory.grow(Math.ceil(missing / 65536));
    new Float32Array(this.memory.buffer, layout.a, m * k).set(a);
    new Float32Array(this.memory.buffer, layout.b, k * n).set(b);
    this.layout = layout;
  }

  protected async multiply(shape: MatmulShape) {
    if (!this.memory || !this.layout) {
      const [h] = this.handles;
      const reply = await h!.call(h!.api.compute());
      return { c: reply.c!, computeMs: reply.computeMs };
    }
    const layout = this.layout;
    const replies = await Promise.all(
      splitRows(shape.m, this.handles.length).map(([r0, r1], i) =>
        this.handles[i]!.call(this.handles[i]!.api.computeRows(layout, shape, r0, r1, i)),
      ),
    );
    const c = new Float32Array(this.memory.buffer, layout.c, shape.m * shape.n).slice();
    return { c, computeMs: Math.max(...replies.map((r) => r.computeMs)) };
  }

  override dispose(): void {
    super.dispose();
    this.memory = undefined;
    this.layout = undefined;
  }
}
