// Page-side runners of the CPU backends. Every kernel runs in a worker so the
// page never blocks; these classes only move data and read the clocks.
import { transfer } from 'comlink';
import type { Runner } from '../../lib/matmul/measure';
import { splitRows } from '../../lib/matmul/partition';
import { phase, type Phase } from '../../lib/matmul/phases';
import type { MatmulShape } from '../../lib/matmul/types';
import { wasmLayout, WASM_WORKSPACE_BYTES, WASM_MAX_BYTES } from '../../lib/matmul/wasm-simd';
import { epochNow, type ComputeReply, type JsKernelId, type JsWorkerApi, type WasmWorkerApi } from '../../lib/matmul/worker-api';
import { WorkerHandle } from './worker-handle';

// The `new Worker(new URL(...))` form must stay literal: it is how Vite finds and bundles workers.
const startJsWorker = () =>
  new WorkerHandle<JsWorkerApi>(new Worker(new URL('../../workers/js-worker.ts', import.meta.url), { type: 'module' }));
const startWasmWorker = () =>
  new WorkerHandle<WasmWorkerApi>(new Worker(new URL('../../workers/wasm-worker.ts', import.meta.url), { type: 'module' }));

/** Threads the CPU backends use: all logical cores the browser admits to (at least 1). */
export const threadCount = (): number => Math.max(1, navigator.hardwareConcurrency || 1);

/** Splits a multi-worker run into phases: copy in until the last worker started, compute while the slowest worked, copy out after. */
function workerPhases(startedAt: number, replies: readonly ComputeReply[]): Phase[] {
  const end = epochNow();
  const lastReceived = Math.max(...replies.map((r) => r.receivedAt));
  const compute = Math.max(...replies.map((r) => r.computeMs));
  const copyIn = lastReceived - startedAt + Math.max(...replies.map((r) => r.copyInMs));
  const copyOut = end - startedAt - copyIn - compute;
  return [phase(copyIn, 'copy-in'), phase(compute, 'compute'), phase(copyOut, 'copy-out')];
}

async function startWorkers<Api>(count: number, start: () => WorkerHandle<Api>, ready: (h: WorkerHandle<Api>) => Promise<unknown>) {
  const t = performance.now();
  const handles = Array.from({ length: count }, start);
  await Promise.all(handles.map((h) => h.call(ready(h))));
  return { handles, ms: performance.now() - t };
}

/**
 * js-naive, js-tiled (one worker) and js-workers (one worker per core). With
 * cross-origin isolation the operands live in SharedArrayBuffers and only a
 * message crosses; otherwise each worker gets copies of its rows of A and of
 * B, transferred (not cloned), and sends its rows of C back the same way.
 */
export class JsRunner implements Runner {
  private handles: WorkerHandle<JsWorkerApi>[] = [];
  private shared: { a: SharedArrayBuffer; b: SharedArrayBuffer; c: SharedArrayBuffer; key: string } | undefined;

  constructor(
    private readonly kernel: JsKernelId,
    private readonly workers: number,
    private readonly useShared: boolean,
  ) {}

  async setup(): Promise<Phase[]> {
    if (this.handles.length) return [];
    const { handles, ms } = await startWorkers(this.workers, startJsWorker, (h) => h.api.ping());
    this.handles = handles;
    return [phase(ms, 'worker-start')];
  }

  async run(a: Float32Array, b: Float32Array, shape: MatmulShape) {
    const { m, k, n } = shape;
    const start = performance.now();
    const startedAt = epochNow();
    const ranges = splitRows(m, this.handles.length);
    const c = new Float32Array(m * n);
    let replies: ComputeReply[];
    if (this.useShared) {
      const key = `${m}x${k}x${n}`;
      if (this.shared?.key !== key) {
        this.shared = {
          a: new SharedArrayBuffer(m * k * 4),
          b: new SharedArrayBuffer(k * n * 4),
          c: new SharedArrayBuffer(m * n * 4),
          key,
        };
      }
      const { a: sa, b: sb, c: sc } = this.shared;
      new Float32Array(sa).set(a);
      new Float32Array(sb).set(b);
      replies = await Promise.all(
        ranges.map(([r0, r1], i) =>
          this.handles[i].call(
            this.handles[i].api.compute(this.kernel, {
              shape: { m: r1 - r0, k, n },
              operands: { kind: 'shared', a: sa, b: sb, c: sc, rowStart: r0 },
            }),
          ),
        ),
      );
      c.set(new Float32Array(sc));
    } else {
      replies = await Promise.all(
        ranges.map(([r0, r1], i) => {
          const aPart = a.slice(r0 * k, r1 * k);
          const bCopy = b.slice();
          return this.handles[i].call(
            this.handles[i].api.compute(
              this.kernel,
              transfer(
                { shape: { m: r1 - r0, k, n }, operands: { kind: 'transferred' as const, a: aPart, b: bCopy } },
                [aPart.buffer, bCopy.buffer],
              ),
            ),
          );
        }),
      );
      replies.forEach((reply, i) => c.set(reply.c!, ranges[i][0] * n));
    }
    const phases = workerPhases(startedAt, replies);
    return { c, ms: performance.now() - start, phases };
  }

  dispose(): void {
    this.handles.forEach((h) => h.terminate());
    this.handles = [];
  }
}

/**
 * wasm-simd on one thread (its worker owns the memory) or, when the page is
 * cross-origin isolated, on every core: the page creates one shared
 * WebAssembly.Memory, each worker instantiates the shared build over it and
 * computes its own rows; the page copies A and B in and C out directly.
 */
export class WasmRunner implements Runner {
  private handles: WorkerHandle<WasmWorkerApi>[] = [];
  private memory: WebAssembly.Memory | undefined;

  constructor(private readonly threads: number) {}

  async setup(): Promise<Phase[]> {
    if (this.handles.length) return [];
    const threaded = this.threads > 1;
    this.memory = threaded ? new WebAssembly.Memory({ initial: 1, maximum: WASM_MAX_BYTES / 65536, shared: true }) : undefined;
    let compileMs = 0;
    const { handles, ms } = await startWorkers(this.threads, startWasmWorker, async (h) => {
      compileMs = Math.max(compileMs, await h.api.init(threaded ? 'shared' : 'single', this.memory));
    });
    this.handles = handles;
    // init() is part of starting each worker; its compile time is shown apart.
    return [phase(ms - compileMs, 'worker-start'), phase(compileMs, 'compile')];
  }

  async run(a: Float32Array, b: Float32Array, shape: MatmulShape) {
    const { m, k, n } = shape;
    const start = performance.now();
    const startedAt = epochNow();
    if (!this.memory) {
      const [h] = this.handles;
      const aCopy = a.slice();
      const bCopy = b.slice();
      const reply = await h.call(
        h.api.compute(transfer({ shape, operands: { kind: 'transferred' as const, a: aCopy, b: bCopy } }, [aCopy.buffer, bCopy.buffer])),
      );
      return { c: reply.c!, ms: performance.now() - start, phases: workerPhases(startedAt, [reply]) };
    }
    const layout = wasmLayout(shape, this.handles.length, WASM_WORKSPACE_BYTES);
    const missing = layout.bytes - this.memory.buffer.byteLength;
    if (missing > 0) this.memory.grow(Math.ceil(missing / 65536));
    const buffer = this.memory.buffer;
    new Float32Array(buffer, layout.a, m * k).set(a);
    new Float32Array(buffer, layout.b, k * n).set(b);
    const ranges = splitRows(m, this.handles.length);
    const replies = await Promise.all(
      ranges.map(([r0, r1], i) => this.handles[i].call(this.handles[i].api.computeRows(layout, shape, r0, r1, i))),
    );
    const c = new Float32Array(this.memory.buffer, layout.c, m * n).slice();
    return { c, ms: performance.now() - start, phases: workerPhases(startedAt, replies) };
  }

  dispose(): void {
    this.handles.forEach((h) => h.terminate());
    this.handles = [];
    this.memory = undefined;
  }
}
