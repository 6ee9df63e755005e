import { describe, expect, it } from 'vitest';
import type { BackendId } from '../src/lib/matmul/backends';
import { describeWebgl, describeWebgpu, type DeviceReport } from '../src/lib/matmul/device';
import { GpuLostError, WorkerCrashError, WorkerStoppedError } from '../src/lib/matmul/errors';
import { matmulTiled } from '../src/lib/matmul/js-tiled';
import { inputRows, seededInputs } from '../src/lib/matmul/random-matrix';
import { LabSession, speedup, type InputOptions, type LabBackends, type LabRunner, type SessionState } from '../src/lib/matmul/session';
import type { MatmulShape } from '../src/lib/matmul/types';
import type { WebglBlockChoice } from '../src/lib/matmul/webgl-block';

const device: DeviceReport = {
  webgl2: describeWebgl('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device))', 'Google Inc.', 8192),
  webgpu: describeWebgpu({ vendor: 'google', architecture: 'swiftshader' }, true, { maxStorageBufferBindingSize: 2 ** 28, maxBufferSize: 2 ** 28 }),
  isolated: true,
  threads: 2,
  wasmSimd: true,
  wasmThreads: true,
};

interface Behaviour {
  /** The time each run reports. */
  ms?: number;
  /** The error a run throws, if any. */
  fail?: () => Error | undefined;
  /** Runs never finish on their own: they end when the runner is disposed, as a worker's call does. */
  hang?: boolean;
  /** Called when a run starts. */
  onRun?: () => void;
}

/** A runner that multiplies on the calling thread, with the failures a worker-backed one can have. */
class FakeRunner implements LabRunner {
  readonly id: BackendId;
  readonly behaviour: Behaviour;
  runs = 0;
  disposed = false;
  #stop: ((error: Error) => void) | undefined;

  constructor(id: BackendId, behaviour: Behaviour) {
    this.id = id;
    this.behaviour = behaviour;
  }

  async setup() {
    return [];
  }

  async run(a: Float32Array, b: Float32Array, shape: MatmulShape) {
    if (this.disposed) throw new WorkerStoppedError('the worker was stopped');
    this.runs++;
    this.behaviour.onRun?.();
    if (this.disposed) throw new WorkerStoppedError('the worker was stopped');
    const error = this.behaviour.fail?.();
    if (error) throw error;
    if (this.behaviour.hang) await new Promise((_, reject) => (this.#stop = reject));
    const c = new Float32Array(shape.m * shape.n);
    matmulTiled(a, b, c, shape);
    return { c, ms: this.behaviour.ms ?? 1, phases: [] };
  }

  dispose() {
    this.disposed = true;
    this.#stop?.(new WorkerStoppedError('the worker was stopped'));
  }
}

/**
 * Makes inputs as the input worker does, one slice of rows per task, with the
 * real generator. Once terminated it never answers, like a stopped worker; a
 * report it had already posted still arrives.
 */
class FakeInputWorker {
  terminated = false;
  slices = 0;

  terminate() {
    this.terminated = true;
  }

  async make(shape: MatmulShape, seed: number, { signal, onProgress }: InputOptions) {
    signal.addEventListener('abort', () => this.terminate(), { once: true });
    const steps = seededInputs(shape, seed);
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.terminated) {
        onProgress(inputRows(shape));
        throw new WorkerStoppedError('the worker was stopped');
      }
      const step = steps.next();
      if (step.done) return step.value;
      this.slices++;
      onProgress(step.value);
    }
  }
}

class FakeBackends implements LabBackends {
  webglBlock?: () => WebglBlockChoice | null;
  readonly created: FakeRunner[] = [];
  readonly inputWorkers: FakeInputWorker[] = [];
  readonly inputsMade: number[] = [];
  readonly behaviours: Partial<Record<BackendId, Behaviour>>;

  constructor(behaviours: Partial<Record<BackendId, Behaviour>> = {}) {
    this.behaviours = behaviours;
  }

  createRunner(id: BackendId) {
    const runner = new FakeRunner(id, this.behaviours[id] ?? {});
    this.created.push(runner);
    return runner;
  }

  makeInputs(shape: MatmulShape, seed: number, options: InputOptions) {
    this.inputsMade.push(shape.m);
    const worker = new FakeInputWorker();
    this.inputWorkers.push(worker);
    return worker.make(shape, seed, options);
  }

  runnersOf(id: BackendId) {
    return this.created.filter((r) => r.id === id);
  }
}

/** Fails the backend's first run only, whichever runner makes it. */
function once(error: Error): () => Error | undefined {
  let thrown = false;
  return () => {
    if (thrown) return undefined;
    thrown = true;
    return error;
  };
}

const plan = (backends: BackendId[], n = 16, sweep = false) => ({ n, sweep, backends, seed: 1 });
const measured = (state: SessionState) => state.results.map((r) => `${r.backend}@${r.n}`);

describe('LabSession', () => {
  it('sweeps every chosen backend over every size, verifies each product and reuses each runner across sizes', async () => {
    const backends = new FakeBackends();
    const session = new LabSession(device, backends, { runs: 2 });
    const state = await session.run(plan(['webgl2', 'js-tiled', 'wasm-simd'], 32, true));
    expect(measured(state)).toEqual(['js-tiled@16', 'wasm-simd@16', 'webgl2@16', 'js-tiled@32', 'wasm-simd@32', 'webgl2@32']);
    expect(state.results.every((r) => r.verified)).toBe(true);
    expect(state.results.find((r) => r.backend === 'webgl2')).toMatchObject({ software: true, softwareName: 'SwiftShader' });
    expect(state.results.find((r) => r.backend === 'js-tiled')).toMatchObject({ software: false, adapter: '' });
    expect(state).toMatchObject({ running: false, outcome: 'done', notices: [], progress: { done: 6, total: 6, current: null } });
    expect(backends.created.map((r) => r.id)).toEqual(['js-tiled', 'wasm-simd', 'webgl2']);
    expect(backends.inputsMade).toEqual([16, 32]);
  });

  it('reports its progress while it runs', async () => {
    const seen = new Set<string>();
    const session = new LabSession(device, new FakeBackends(), {
      runs: 1,
      onChange: ({ running, progress: { current, done, total } }) => {
        if (running && current) seen.add(`${current.backend}@${current.n} ${done}/${total}`);
      },
    });
    await session.run(plan(['js-tiled', 'wasm-simd']));
    expect([...seen]).toEqual(['js-tiled@16 1/2', 'wasm-simd@16 2/2']);
  });

  it('leaves out backends the device does not have', async () => {
    const backends = new FakeBackends();
    const session = new LabSession(device, backends, { runs: 1 });
    const state = await session.run(plan(['js-tiled', 'wasm-simd-threads']));
    expect(measured(state)).toEqual(['js-tiled@16', 'wasm-simd-threads@16']);
    const without = new LabSession({ ...device, isolated: false, webgpu: { available: false, reason: 'no-webgpu-api' } }, backends, { runs: 1 });
    const after = await without.run(plan(['js-tiled', 'wasm-simd-threads', 'webgpu']));
    expect(measured(after)).toEqual(['js-tiled@16']);
    expect(after.progress.total).toBe(1);
    expect(backends.runnersOf('webgpu')).toEqual([]);
  });

  it('reports a size past a backend limit instead of running it there', async () => {
    const small = { ...device, webgl2: describeWebgl('Some GPU', 'Vendor', 16) };
    const backends = new FakeBackends();
    const state = await new LabSession(small, backends, { runs: 1 }).run(plan(['webgl2'], 32, true));
    expect(measured(state)).toEqual(['webgl2@16']);
    expect(state.notices).toEqual([{ kind: 'limit', backend: 'webgl2', n: 32, limit: { reason: 'texture-size', limit: 16 } }]);
  });

  it('stops running a backend in a sweep once its median passes the slow cut-off, and keeps running the others', async () => {
    const backends = new FakeBackends({ 'js-naive': { ms: 50 }, 'js-tiled': { ms: 5 } });
    const session = new LabSession(device, backends, { runs: 1, sweepStopMs: 20 });
    const state = await session.run(plan(['js-naive', 'js-tiled'], 64, true));
    expect(measured(state)).toEqual(['js-naive@16', 'js-tiled@16', 'js-tiled@32', 'js-tiled@64']);
    expect(state.notices).toEqual([]);
  });

  it('runs a slow backend anyway when only one size was asked for', async () => {
    const session = new LabSession(device, new FakeBackends({ 'js-naive': { ms: 50 } }), { runs: 1, sweepStopMs: 20 });
    expect(measured(await session.run(plan(['js-naive'], 64)))).toEqual(['js-naive@64']);
  });

  it('stops at a cancel: no further runs, the results before it kept, every runner disposed and the inputs let go', async () => {
    const controller = new AbortController();
    const backends = new FakeBackends({ 'wasm-simd': { hang: true, onRun: () => controller.abort() } });
    const session = new LabSession(device, backends, { runs: 1 });
    const state = await session.run(plan(['js-tiled', 'wasm-simd', 'webgl2'], 32, true), controller.signal);
    expect(state.outcome).toBe('cancelled');
    expect(measured(state)).toEqual(['js-tiled@16']);
    // A cancel is no failure: nothing to report.
    expect(state.notices).toEqual([]);
    expect(backends.created.map((r) => r.id)).toEqual(['js-tiled', 'wasm-simd']);
    expect(backends.runnersOf('js-tiled')[0]!.runs).toBe(2);
    expect(backends.created.every((r) => r.disposed)).toBe(true);
    expect(backends.inputsMade).toEqual([16]);
    expect(session.heldInputBytes).toBe(0);
  });

  it('reports input generation row by row and stops it at a cancel: no progress after it, every worker ended, no inputs held', async () => {
    const n = 4096;
    const controller = new AbortController();
    const backends = new FakeBackends();
    const events: Array<SessionState['preparing']> = [];
    let cancelledAt = -1;
    const session = new LabSession(device, backends, {
      runs: 1,
      onChange: ({ preparing }) => {
        events.push(preparing);
        // The reader cancels once two slices of A are made.
        if (preparing?.n === n && preparing.done > 0 && cancelledAt < 0 && backends.inputWorkers[1]!.slices === 2) {
          cancelledAt = events.length;
          controller.abort();
        }
      },
    });
    await session.run(plan(['js-tiled', 'wasm-simd']));
    expect(session.heldInputBytes).toBe(2 * 16 * 16 * 4);
    events.length = 0;

    const state = await session.run(plan(['js-tiled', 'wasm-simd'], n), controller.signal);
    expect(state).toMatchObject({ outcome: 'cancelled', running: false, preparing: null, results: [{ n: 16 }, { n: 16 }] });
    const total = inputRows({ m: n, k: n, n });
    const step = events.slice(0, cancelledAt).filter((e) => e !== null);
    expect(step.map((e) => e.done)).toEqual([0, total / 128, (2 * total) / 128]);
    expect(step.every((e) => e.n === n && e.total === total)).toBe(true);
    expect(events.slice(cancelledAt).filter((e) => e !== null)).toEqual([]);
    expect(backends.inputWorkers.map((w) => w.terminated)).toEqual([false, true]);
    expect(backends.inputWorkers[1]!.slices).toBe(2);
    expect(backends.created.map((r) => [r.id, r.disposed])).toEqual([['js-tiled', true], ['wasm-simd', true]]);
    expect(session.heldInputBytes).toBe(0);
  });

  it('ignores a progress report that arrives after the inputs', async () => {
    const backends = new FakeBackends();
    const make = backends.makeInputs.bind(backends);
    let late: Promise<void> | undefined;
    backends.makeInputs = async (shape, seed, options) => {
      const inputs = await make(shape, seed, options);
      late = new Promise((resolve) => setTimeout(resolve, 0)).then(() => options?.onProgress(inputRows(shape)));
      return inputs;
    };
    const seen: Array<SessionState['preparing']> = [];
    const session = new LabSession(device, backends, { runs: 1, onChange: ({ preparing }) => seen.push(preparing) });
    await session.run(plan(['js-tiled']));
    await late;
    expect(session.state.preparing).toBeNull();
    expect(seen.at(-1)).toBeNull();
  });

  it('does not wait for an input generation that ignores the cancel', async () => {
    const controller = new AbortController();
    const backends = new FakeBackends();
    backends.makeInputs = (shape) => {
      backends.inputsMade.push(shape.m);
      queueMicrotask(() => controller.abort());
      return new Promise(() => undefined);
    };
    const state = await new LabSession(device, backends, { runs: 1 }).run(plan(['js-tiled'], 64), controller.signal);
    expect(state).toMatchObject({ outcome: 'cancelled', preparing: null, results: [] });
    expect(backends.inputsMade).toEqual([64]);
  });

  it('keeps runners between runs only up to its keep size, and ends each one after its measurement above it', async () => {
    const backends = new FakeBackends();
    const session = new LabSession(device, backends, { runs: 1, keepRunnersMaxN: 16 });
    await session.run(plan(['js-tiled', 'wasm-simd'], 16));
    expect(backends.created.map((r) => r.disposed)).toEqual([false, false]);
    await session.run(plan(['js-tiled', 'wasm-simd'], 20));
    expect(backends.created.map((r) => [r.id, r.disposed, r.runs])).toEqual([['js-tiled', true, 4], ['wasm-simd', true, 4]]);
  });

  it('runs again after a cancel, with fresh runners and fresh inputs', async () => {
    const controller = new AbortController();
    const backends = new FakeBackends({ 'js-tiled': { onRun: () => controller.abort() } });
    const session = new LabSession(device, backends, { runs: 1 });
    await session.run(plan(['js-tiled']), controller.signal);
    backends.behaviours['js-tiled'] = {};
    const state = await session.run(plan(['js-tiled']));
    expect(state.outcome).toBe('done');
    expect(measured(state)).toEqual(['js-tiled@16']);
    expect(backends.runnersOf('js-tiled')).toHaveLength(2);
    expect(backends.inputsMade).toEqual([16, 16]);
  });

  it('reports a crashed worker, disposes its runner, runs the other backends and starts a fresh runner next time', async () => {
    const backends = new FakeBackends({ 'js-tiled': { fail: once(new WorkerCrashError('out of memory')) } });
    const session = new LabSession(device, backends, { runs: 1 });
    const state = await session.run(plan(['js-tiled', 'wasm-simd']));
    expect(state.notices).toEqual([{ kind: 'crash', backend: 'js-tiled', n: 16, detail: 'out of memory' }]);
    expect(measured(state)).toEqual(['wasm-simd@16']);
    expect(backends.runnersOf('js-tiled')[0]!.disposed).toBe(true);

    const next = await session.run(plan(['js-tiled', 'wasm-simd']));
    expect(next.notices).toEqual([]);
    expect(measured(next)).toEqual(['js-tiled@16', 'wasm-simd@16']);
    expect(backends.runnersOf('js-tiled')).toHaveLength(2);
    expect(backends.runnersOf('wasm-simd')).toHaveLength(1);
  });

  it('reports a lost GPU as lost, resets the GPU runner and recovers on the next run with a fresh one', async () => {
    const backends = new FakeBackends({ webgpu: { fail: once(new GpuLostError('device destroyed')) } });
    const session = new LabSession(device, backends, { runs: 1 });
    const state = await session.run(plan(['webgpu']));
    expect(state.notices).toEqual([{ kind: 'lost', backend: 'webgpu', n: 16, detail: 'device destroyed' }]);
    expect(state.results).toEqual([]);
    expect(backends.runnersOf('webgpu')[0]!.disposed).toBe(true);

    const next = await session.run(plan(['webgpu']));
    expect(next.notices).toEqual([]);
    expect(next.results).toMatchObject([{ backend: 'webgpu', n: 16, verified: true }]);
    expect(backends.runnersOf('webgpu')).toHaveLength(2);
    expect(backends.runnersOf('webgpu')[1]!.disposed).toBe(false);
  });

  it('reports any other error as a plain failure, whatever its message says', async () => {
    const backends = new FakeBackends({ webgl2: { fail: () => new Error('context lost while compiling') } });
    const state = await new LabSession(device, backends, { runs: 1 }).run(plan(['webgl2']));
    expect(state.notices).toEqual([{ kind: 'failed', backend: 'webgl2', n: 16, detail: 'context lost while compiling' }]);
  });

  it('keeps one row per backend and size: a rerun replaces its rows and keeps the other sizes', async () => {
    const backends = new FakeBackends({ 'js-tiled': { ms: 8 } });
    const session = new LabSession(device, backends, { runs: 1 });
    await session.run(plan(['js-tiled'], 32, true));
    backends.behaviours['js-tiled']!.ms = 2;
    const state = await session.run(plan(['js-tiled'], 16));
    expect(measured(state)).toEqual(['js-tiled@16', 'js-tiled@32']);
    expect(state.results.map((r) => r.medianMs)).toEqual([2, 8]);
  });

  it('shows the webgl2 block shape its host knows at the start, and the one a webgl2 run chose', async () => {
    const backends = new FakeBackends();
    let choice: WebglBlockChoice | null = null;
    backends.webglBlock = () => choice;
    backends.behaviours.webgl2 = { onRun: () => (choice = { block: '8x4', basis: 'probe', probed: [] }) };
    const session = new LabSession(device, backends, { runs: 1 });
    expect(session.state.webglBlock).toBeNull();
    expect((await session.run(plan(['js-tiled']))).webglBlock).toBeNull();
    expect((await session.run(plan(['webgl2']))).webglBlock).toEqual({ block: '8x4', basis: 'probe', probed: [] });
    expect(new LabSession(device, backends).state.webglBlock).toMatchObject({ block: '8x4' });
  });

  it('refuses a second run while one is going', async () => {
    const controller = new AbortController();
    const session = new LabSession(device, new FakeBackends({ 'js-tiled': { hang: true } }), { runs: 1 });
    const first = session.run(plan(['js-tiled']), controller.signal);
    await expect(session.run(plan(['js-tiled']))).rejects.toThrow(/already running/);
    controller.abort();
    expect((await first).outcome).toBe('cancelled');
  });

  it('on dispose stops a run, disposes every runner, lets go of the inputs and runs no more', async () => {
    const backends = new FakeBackends();
    const session = new LabSession(device, backends, { runs: 1 });
    await session.run(plan(['js-tiled', 'webgl2']));
    expect(session.heldInputBytes).toBe(2 * 16 * 16 * 4);
    backends.behaviours['wasm-simd'] = { hang: true, onRun: () => session.dispose() };
    const state = await session.run(plan(['js-tiled', 'wasm-simd'], 32));
    expect(state.outcome).toBe('cancelled');
    expect(backends.created.every((r) => r.disposed)).toBe(true);
    expect(session.heldInputBytes).toBe(0);
    await expect(session.run(plan(['js-tiled']))).rejects.toThrow(/disposed/);
  });
});

describe('speedup', () => {
  it('divides the baseline median by the row median at the same size, and has none without a baseline there', async () => {
    const backends = new FakeBackends({ 'js-tiled': { ms: 6 }, 'wasm-simd': { ms: 2 } });
    const { results } = await new LabSession(device, backends, { runs: 1 }).run(plan(['js-tiled', 'wasm-simd']));
    const wasm = results.find((r) => r.backend === 'wasm-simd')!;
    expect(speedup(results, wasm, 'js-tiled')).toBe(3);
    expect(speedup(results, wasm, 'webgpu')).toBeNull();
  });
});
