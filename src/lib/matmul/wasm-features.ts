// What the WebAssembly backends need from the engine, asked by compiling tiny modules
// (wasm-feature-detect). It runs wherever the backends run: in the probe's worker, and on the
// page only when no worker starts.
import { bulkMemory, simd, threads } from 'wasm-feature-detect';

export interface WasmFeatures {
  /** SIMD, and bulk memory with it: the kernel clears C with memory.fill. */
  readonly simd: boolean;
  /** Shared memory and atomics, which the threaded kernel needs (with cross-origin isolation). */
  readonly threads: boolean;
}

export async function wasmFeatures(): Promise<WasmFeatures> {
  const [hasSimd, hasBulkMemory, hasThreads] = await Promise.all([simd(), bulkMemory(), threads()]);
  return { simd: hasSimd && hasBulkMemory, threads: hasThreads };
}
