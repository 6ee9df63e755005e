import { describe, expect, it } from 'vitest';
import { WorkerCrashError, WorkerStoppedError } from '../src/lib/matmul/errors';
import { WorkerHandle } from '../src/workers/bridge/worker-handle';

/** A worker that never answers: what a crashed or stopped worker looks like from the page. */
class SilentWorker extends EventTarget {
  terminated = false;
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

interface Api {
  ping(): true;
}

function silentHandle(signal?: AbortSignal) {
  const worker = new SilentWorker();
  return { worker, handle: new WorkerHandle<Api>(worker as unknown as Worker, signal) };
}

describe('WorkerHandle', () => {
  it('rejects a pending call with WorkerCrashError when the worker reports an error', async () => {
    const { worker, handle } = silentHandle();
    const pending = handle.call(handle.api.ping());
    worker.dispatchEvent(Object.assign(new Event('error'), { message: 'Uncaught RangeError: Array buffer allocation failed' }));
    await expect(pending).rejects.toBeInstanceOf(WorkerCrashError);
    await expect(pending).rejects.toThrow('Array buffer allocation failed');
  });

  it('rejects calls made after a crash instead of leaving them pending', async () => {
    const { worker, handle } = silentHandle();
    worker.dispatchEvent(new Event('messageerror'));
    await expect(handle.call(handle.api.ping())).rejects.toThrow(/worker stopped/);
  });

  it('terminates the worker and rejects a pending call with WorkerStoppedError', async () => {
    const { worker, handle } = silentHandle();
    const pending = handle.call(handle.api.ping());
    handle.terminate();
    expect(worker.terminated).toBe(true);
    await expect(pending).rejects.toBeInstanceOf(WorkerStoppedError);
  });

  it('terminates the worker when its signal aborts, and a pending call rejects with WorkerStoppedError', async () => {
    const controller = new AbortController();
    const { worker, handle } = silentHandle(controller.signal);
    const pending = handle.call(handle.api.ping());
    expect(worker.terminated).toBe(false);
    controller.abort();
    expect(worker.terminated).toBe(true);
    await expect(pending).rejects.toBeInstanceOf(WorkerStoppedError);
  });

  it('terminates the worker at once when its signal has already aborted', async () => {
    const { worker, handle } = silentHandle(AbortSignal.abort());
    expect(worker.terminated).toBe(true);
    await expect(handle.call(handle.api.ping())).rejects.toBeInstanceOf(WorkerStoppedError);
  });
});
