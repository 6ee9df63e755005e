// The lab's own matrix-product kernel, timed at a few sizes through the lab's bridge, so the
// roofline can place real kernels at their arithmetic intensity.
import { unavailability } from '../../lib/matmul/device.ts';
import { measure } from '../../lib/matmul/measure.ts';
import { square } from '../../lib/matmul/types.ts';
import { probeDevice } from '../../workers/bridge/device-probe.ts';
import { workerBackends } from '../../workers/bridge/registry.ts';
import { KERNEL_SIZES } from './session.ts';

const SEED = 1;

export interface KernelPoint {
  readonly backend: 'wasm-simd' | 'wasm-simd-threads';
  readonly threads: number;
  readonly n: number;
  readonly gflops: number;
}

/**
 * Times the WebAssembly SIMD kernel, on every thread when the page may share memory between
 * workers and on one otherwise; null when the browser lacks WebAssembly SIMD.
 */
export async function measureKernels(options: { signal: AbortSignal; onProgress: (done: number, total: number) => void }): Promise<KernelPoint[] | null> {
  const device = await probeDevice();
  const backend = unavailability('wasm-simd-threads', device) === null ? 'wasm-simd-threads' : 'wasm-simd';
  if (unavailability(backend, device) !== null) return null;
  const backends = workerBackends(device, '');
  const runner = backends.createRunner(backend);
  const points: KernelPoint[] = [];
  try {
    for (const [index, n] of KERNEL_SIZES.entries()) {
      options.signal.throwIfAborted();
      const shape = square(n);
      const { a, b } = await backends.makeInputs(shape, SEED, { signal: options.signal, onProgress: () => undefined });
      const result = await measure(runner, a, b, shape, { runs: 5, budgetMs: 1500, signal: options.signal });
      points.push({ backend, threads: backend === 'wasm-simd' ? 1 : device.threads, n, gflops: result.gflops });
      options.onProgress(index + 1, KERNEL_SIZES.length);
    }
  } finally {
    runner.dispose();
  }
  return points;
}
