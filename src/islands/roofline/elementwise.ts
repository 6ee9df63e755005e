// An elementwise add timed on the page: c = a + b over arrays larger than most processors'
// caches, so each value comes from memory. One pass takes tens of milliseconds; the page gets
// control back between passes.
import { nextTask } from '../../lib/next-task.ts';
import { elementwiseIntensity, vectorAdd } from '../../lib/roofline.ts';

/** 4 Mi floats per array: 48 MiB moved per pass, past the last-level cache of most processors. */
const LENGTH = 4 * 2 ** 20;
const PASSES = 5;

/** The best of a few passes in GFLOPS (one FLOP per element); rejects with the signal's reason when aborted. */
export async function measureElementwiseAdd(signal: AbortSignal): Promise<number> {
  const a = new Float32Array(LENGTH).fill(1.5);
  const b = new Float32Array(LENGTH).fill(2.25);
  const c = new Float32Array(LENGTH);
  let bestMs = Infinity;
  for (let pass = 0; pass < PASSES; pass++) {
    await nextTask();
    signal.throwIfAborted();
    const start = performance.now();
    for (let i = 0; i < LENGTH; i++) c[i] = a[i]! + b[i]!;
    bestMs = Math.min(bestMs, performance.now() - start);
  }
  // Read a result so the loop cannot be dropped as dead code.
  if (c[LENGTH - 1] !== 3.75) throw new Error('the elementwise add gave a wrong sum');
  return (LENGTH * vectorAdd.flopsPerElement) / (bestMs * 1e6);
}

/** Where the add sits on the chart. */
export const ADD_INTENSITY = elementwiseIntensity(vectorAdd);
