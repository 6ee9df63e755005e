import { describe, expect, it } from 'vitest';
import type { BackendId } from '../src/lib/matmul/backends';
import { describeWebgl, describeWebgpu, type DeviceReport } from '../src/lib/matmul/device';
import { GpuLostError, WorkerCrashError, WorkerStoppedError } from '../src/lib/matmul/errors';
import { matmulTiled } from '../src/lib/matmul/js-tiled';
import { randomMatrix } from '../src/lib/matmul/random-matrix';
import { LabSession, speedup, type LabBackends, type LabRunner, type SessionState } from '../src/lib/matmul/session';
import type { MatmulShape } from '../src/lib/matmul/types';

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

class FakeBackends implements LabBackends {
  readonly created: FakeRunner[] = [];
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

  async makeInputs(shape: MatmulShape, seed: number) {
    this.inputsMade.push(shape.m);
    return { a: randomMatrix(shape.m, shape.k, seed), b: randomMatrix(shape.k, shape.n, seed + 1) };
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
    expect(session.heldInputsSize).toBeUndefined();
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
    expect(session.heldInputsSize).toBe(16);
    backends.behaviours['wasm-simd'] = { hang: true, onRun: () => session.dispose() };
    const state = await session.run(plan(['js-tiled', 'wasm-simd'], 32));
    expect(state.outcome).toBe('cancelled');
    expect(backends.created.every((r) => r.disposed)).toBe(true);
    expect(session.heldInputsSize).toBeUndefined();
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
