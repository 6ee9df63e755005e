import { BACKEND_IDS, type BackendId } from './backends.ts';
import { adapterOf, softwareOf, unavailability, type DeviceReport } from './device.ts';
import { GpuLostError, WorkerCrashError, WorkerStoppedError } from './errors.ts';
import type { ResultRow } from './export.ts';
import { BUDGET_MS, MeasurementCancelled, RUNS, measure, type Runner } from './measure.ts';
import type { Phase } from './phases.ts';
import { inputRows } from './random-matrix.ts';
import { KEEP_RUNNERS_MAX_N, backendLimit, type BackendLimit } from './size-limits.ts';
import { square, type MatmulShape } from './types.ts';
import type { WebglBlockChoice } from './webgl-block.ts';
import { sweepSizes } from './url-state.ts';

/** In a sweep, a backend whose median passed this is not run at larger sizes (each doubling costs 8×). */
export const SWEEP_STOP_MS = 2000;

/** A backend's runner, which may hold workers and GPU memory until disposed. */
export interface LabRunner extends Runner {
  dispose(): void;
}

export interface Inputs {
  readonly a: Float32Array;
  readonly b: Float32Array;
}

/** What the session asks of its host: workers in the browser, fakes in tests. */
export interface LabBackends {
  /** A fresh runner; the session creates one when a backend first runs and again after it failed. */
  createRunner(id: BackendId): LabRunner;
  /**
   * The seeded A and B for a shape (randomMatrix with `seed` and `seed + 1`),
   * reporting the rows made so far, of inputRows(shape). Once `signal` aborts
   * the host stops and lets go of what it made (the session no longer waits).
   */
  makeInputs(shape: MatmulShape, seed: number, options?: InputOptions): Promise<Inputs>;
  /** The webgl2 kernel's block shape and why, once known (webgl-block.ts); absent for hosts without one. */
  webglBlock?(): WebglBlockChoice | null;
}

export interface InputOptions {
  readonly signal: AbortSignal;
  readonly onProgress: (rowsDone: number) => void;
}

export interface LabResult extends ResultRow {
  readonly backend: BackendId;
  readonly firstPhases: readonly Phase[];
  readonly phases: readonly Phase[];
  readonly runs: number;
  readonly softwareName: string | null;
}

export type FailureKind = 'crash' | 'lost' | 'failed';

/** Something a run reports besides results: a size a backend cannot take, or a failed backend. */
export type Notice =
  | { readonly kind: 'limit'; readonly backend: BackendId; readonly n: number; readonly limit: BackendLimit }
  | { readonly kind: FailureKind; readonly backend: BackendId; readonly n: number; readonly detail: string };

export interface Progress {
  /** Backend-size pairs reached so far, of `total` in this run. */
  readonly done: number;
  readonly total: number;
  /** What is being measured now; null between runs. */
  readonly current: { readonly backend: BackendId; readonly n: number } | null;
}

export interface SessionState {
  readonly running: boolean;
  /** Input generation for size n: rows of A and B made so far, of `total`; null when not generating. */
  readonly preparing: { readonly n: number; readonly done: number; readonly total: number } | null;
  readonly progress: Progress;
  /** One row per backend and size, every run's, ordered by size and then by backend. */
  readonly results: readonly LabResult[];
  /** Notices of the latest run. */
  readonly notices: readonly Notice[];
  /** How the latest run ended; null before the first and while one runs. */
  readonly outcome: 'done' | 'cancelled' | null;
  /** The webgl2 kernel's block shape for the device report; null until known (a probe runs with the first webgl2 run). */
  readonly webglBlock: WebglBlockChoice | null;
}

export interface RunPlan {
  readonly n: number;
  /** Also every size from 16 up to n (sweepSizes). */
  readonly sweep: boolean;
  readonly backends: readonly BackendId[];
  readonly seed: number;
}

export interface SessionOptions {
  readonly runs?: number;
  readonly budgetMs?: number;
  readonly sweepStopMs?: number;
  /** Largest size after which runners are kept (KEEP_RUNNERS_MAX_N unless a test says otherwise). */
  readonly keepRunnersMaxN?: number;
  readonly now?: () => number;
  /** Called with the new state after every change. */
  readonly onChange?: (state: SessionState) => void;
}

const IDLE: SessionState = {
  running: false,
  preparing: null,
  progress: { done: 0, total: 0, current: null },
  results: [],
  notices: [],
  outcome: null,
  webglBlock: null,
};

function failureKind(error: unknown): FailureKind {
  if (error instanceof WorkerCrashError) return 'crash';
  if (error instanceof GpuLostError) return 'lost';
  return 'failed';
}

/** Settles as `pending` does, or rejects as soon as `signal` aborts (whatever `pending` still does is no longer awaited). */
function unlessAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Adds a result, replacing an earlier one for the same backend and size, and keeps the rows in table order. */
export function mergeResult(results: readonly LabResult[], result: LabResult): LabResult[] {
  return [...results.filter((r) => !(r.backend === result.backend && r.n === result.n)), result].sort(
    (p, q) => p.n - q.n || BACKEND_IDS.indexOf(p.backend) - BACKEND_IDS.indexOf(q.backend),
  );
}

/** The row's speed-up over the baseline backend at the same size, or null when the baseline has no result there. */
export function speedup(results: readonly LabResult[], row: LabResult, baseline: BackendId): number | null {
  const base = results.find((r) => r.backend === baseline && r.n === row.n);
  return base ? base.medianMs / row.medianMs : null;
}

/**
 * The lab's benchmark engine: runs the chosen backends over one size or a
 * sweep, skips sizes a backend cannot take, stops a backend that got too
 * slow, and reports each failure by its type. Runners are created on first
 * use and kept between runs up to KEEP_RUNNERS_MAX_N (above it each is
 * disposed after its measurement, so its copies of the inputs go with it); a
 * failed one is disposed so the next run starts it afresh. Cancelling stops
 * the input generation and every runner at once (a kernel cannot be
 * interrupted inside its worker) and lets go of the inputs.
 */
export class LabSession {
  readonly #device: DeviceReport;
  readonly #backends: LabBackends;
  readonly #options: SessionOptions;
  readonly #runners = new Map<BackendId, LabRunner>();
  readonly #disposal = new AbortController();
  #inputs: { n: number; seed: number; inputs: Inputs } | undefined;
  #state: SessionState;

  constructor(device: DeviceReport, backends: LabBackends, options: SessionOptions = {}) {
    this.#device = device;
    this.#backends = backends;
    this.#options = options;
    this.#state = { ...IDLE, webglBlock: backends.webglBlock?.() ?? null };
  }

  get state(): SessionState {
    return this.#state;
  }

  /** Bytes of the input matrices the session keeps for its next run (0 when it holds none). */
  get heldInputBytes(): number {
    return this.#inputs ? this.#inputs.inputs.a.byteLength + this.#inputs.inputs.b.byteLength : 0;
  }

  /** Runs a plan to its end or until `signal` aborts; results of earlier runs stay unless remeasured. */
  async run(plan: RunPlan, signal?: AbortSignal): Promise<SessionState> {
    if (this.#disposal.signal.aborted) throw new Error('the lab session was disposed');
    if (this.#state.running) throw new Error('the lab is already running');
    const stop = signal ? AbortSignal.any([signal, this.#disposal.signal]) : this.#disposal.signal;
    const stopRunners = () => this.#disposeRunners();
    stop.addEventListener('abort', stopRunners, { once: true });

    const device = this.#device;
    const sizes = plan.sweep ? sweepSizes(plan.n) : [plan.n];
    const ids = BACKEND_IDS.filter((id) => plan.backends.includes(id) && !unavailability(id, device));
    const limits = {
      threads: device.threads,
      webgl2: device.webgl2.available ? device.webgl2 : undefined,
      webgpu: device.webgpu.available ? device.webgpu : undefined,
    };
    const { runs = RUNS, budgetMs = BUDGET_MS, sweepStopMs = SWEEP_STOP_MS, keepRunnersMaxN = KEEP_RUNNERS_MAX_N, now } = this.#options;
    const tooSlow = new Set<BackendId>();
    let done = 0;
    const total = sizes.length * ids.length;
    this.#update({ running: true, outcome: null, notices: [], progress: { done, total, current: null } });
    try {
      for (const n of sizes) {
        if (stop.aborted) break;
        const inputs = await this.#inputsFor(n, plan.seed, stop);
        if (!inputs) break;
        const { a, b } = inputs;
        for (const backend of ids) {
          if (stop.aborted) break;
          done++;
          this.#update({ progress: { done, total, current: { backend, n } } });
          const limit = backendLimit(backend, n, limits);
          if (limit) {
            this.#notice({ kind: 'limit', backend, n, limit });
            continue;
          }
          if (tooSlow.has(backend)) continue;
          try {
            const m = await measure(this.#runner(backend), a, b, square(n), { runs, budgetMs, signal: stop, ...(now && { now }) });
            const softwareName = softwareOf(backend, device);
            const result: LabResult = {
              backend,
              n,
              firstMs: m.firstMs,
              medianMs: m.medianMs,
              gflops: m.gflops,
              maxRelError: m.maxRelError,
              verified: m.verified,
              software: softwareName !== null,
              softwareName,
              adapter: adapterOf(backend, device),
              firstPhases: m.firstPhases,
              phases: m.phases,
              runs: m.runs,
            };
            this.#update({ results: mergeResult(this.#state.results, result) });
            if (plan.sweep && m.medianMs > sweepStopMs) tooSlow.add(backend);
          } catch (error) {
            this.#disposeRunner(backend);
            const stoppedByCancel = stop.aborted && (error instanceof WorkerStoppedError || error instanceof MeasurementCancelled);
            if (!stoppedByCancel) {
              const detail = error instanceof Error ? error.message : String(error);
              this.#notice({ kind: failureKind(error), backend, n, detail });
            }
          }
          if (backend === 'webgl2') this.#update({ webglBlock: this.#backends.webglBlock?.() ?? null });
          if (n > keepRunnersMaxN) this.#disposeRunner(backend);
        }
      }
    } finally {
      stop.removeEventListener('abort', stopRunners);
      if (stop.aborted) this.#release();
      this.#update({ running: false, outcome: stop.aborted ? 'cancelled' : 'done', progress: { done, total, current: null } });
    }
    return this.#state;
  }

  /** Stops any run, every runner and its workers, and drops the inputs; the session cannot run again. */
  dispose(): void {
    this.#disposal.abort();
    this.#release();
  }

  #runner(id: BackendId): LabRunner {
    let runner = this.#runners.get(id);
    if (!runner) {
      runner = this.#backends.createRunner(id);
      this.#runners.set(id, runner);
    }
    return runner;
  }

  #disposeRunner(id: BackendId): void {
    this.#runners.get(id)?.dispose();
    this.#runners.delete(id);
  }

  #disposeRunners(): void {
    for (const id of [...this.#runners.keys()]) this.#disposeRunner(id);
  }

  #release(): void {
    this.#disposeRunners();
    this.#inputs = undefined;
  }

  /** The inputs for size n, made unless held already; undefined when `stop` aborted first. */
  async #inputsFor(n: number, seed: number, stop: AbortSignal): Promise<Inputs | undefined> {
    if (this.#inputs?.n === n && this.#inputs.seed === seed) return this.#inputs.inputs;
    // Let the previous size's matrices be collected before the next ones are allocated.
    this.#inputs = undefined;
    const shape = square(n);
    const total = inputRows(shape);
    this.#update({ preparing: { n, done: 0, total } });
    // Reports travel apart from the result (a worker posts them on their own channel), so one may
    // arrive after the inputs or after a cancel: it must not bring the progress back.
    let open = true;
    const onProgress = (done: number) => {
      if (open && !stop.aborted) this.#update({ preparing: { n, done, total } });
    };
    try {
      const inputs = await unlessAborted(this.#backends.makeInputs(shape, seed, { signal: stop, onProgress }), stop);
      this.#inputs = { n, seed, inputs };
      return inputs;
    } catch (error) {
      if (stop.aborted) return undefined;
      throw error;
    } finally {
      open = false;
      this.#update({ preparing: null });
    }
  }

  #notice(notice: Notice): void {
    this.#update({ notices: [...this.#state.notices, notice] });
  }

  #update(change: Partial<SessionState>): void {
    this.#state = { ...this.#state, ...change };
    this.#options.onChange?.(this.#state);
  }
}
