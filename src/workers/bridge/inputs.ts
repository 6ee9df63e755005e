// Page side of input generation: one short-lived worker per size and seed.
import { proxy } from 'comlink';
import type { Inputs, InputOptions } from '../../lib/matmul/session.ts';
import type { MatmulShape } from '../../lib/matmul/types.ts';
import type { InputWorkerApi } from '../../lib/matmul/worker-api.ts';
import { WorkerHandle } from './worker-handle.ts';

/** The seeded A and B, made in a worker that `signal` ends at once (a pending call then rejects with WorkerStoppedError). */
export async function makeInputs(shape: MatmulShape, seed: number, options?: InputOptions): Promise<Inputs> {
  options?.signal.throwIfAborted();
  const handle = new WorkerHandle<InputWorkerApi>(new Worker(new URL('../input-worker.ts', import.meta.url), { type: 'module' }), options?.signal);
  try {
    return await handle.call(handle.api.makeInputs(shape, seed, proxy(options?.onProgress ?? (() => undefined))));
  } finally {
    handle.terminate();
  }
}
