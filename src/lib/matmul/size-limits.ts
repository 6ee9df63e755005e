import { BACKEND_IDS, type BackendId } from './backends.ts';
import type { WebglInfo, WebgpuInfo } from './device.ts';
import { roundUp4 } from './gpu-layout.ts';
import { MAX_N } from './sizes.ts';
import { square } from './types.ts';
import { WASM_MAX_BYTES, wasmBytesNeeded } from './wasm-simd.ts';

export type BackendLimit =
  | { reason: 'texture-size'; limit: number }
  | { reason: 'storage-buffer'; limit: number; bytes: number }
  | { reason: 'wasm-memory'; limit: number; bytes: number };

/** Why a backend cannot run size N on this device, or null when it can. */
export function backendLimit(
  backend: BackendId,
  n: number,
  device: { webgl2: WebglInfo | undefined; webgpu: WebgpuInfo | undefined; threads: number },
): BackendLimit | null {
  if (backend === 'webgl2' && device.webgl2) {
    // A and B^T, padded to N4 = roundUp4(N), stay on the GPU as textures N4/4 texels wide and
    // N4 tall; the four outputs are smaller, (N4/4)×(N4/4) texels each (gpu-layout.ts).
    const limit = device.webgl2.maxTextureSize;
    if (roundUp4(n) > limit) return { reason: 'texture-size', limit };
  }
  if (backend === 'webgpu' && device.webgpu) {
    // The largest buffer is one padded N4×N4 float32 matrix (A, B^T and C are each that size).
    const bytes = roundUp4(n) ** 2 * 4;
    const limit = Math.min(device.webgpu.maxStorageBufferBindingSize, device.webgpu.maxBufferSize);
    if (bytes > limit) return { reason: 'storage-buffer', limit, bytes };
  }
  if (backend === 'wasm-simd' || backend === 'wasm-simd-threads') {
    const bytes = wasmBytesNeeded(square(n), backend === 'wasm-simd' ? 1 : device.threads);
    if (bytes > WASM_MAX_BYTES) return { reason: 'wasm-memory', limit: WASM_MAX_BYTES, bytes };
  }
  return null;
}

/**
 * The stated device memory when the browser does not say (navigator.deviceMemory
 * exists only in Chromium-based browsers): 4 GiB, a mid-range phone or an
 * entry-level laptop, so a reader on a smaller device is not offered more than it holds.
 */
export const DEFAULT_DEVICE_MEMORY_GIB = 4;

/** The share of device memory the lab may fill: the system, the browser and the reader's other tabs need the rest. */
export const DEVICE_MEMORY_SHARE = 0.5;

/**
 * Up to this N a runner keeps its copy of the inputs after its measurement,
 * so a rerun skips the copy in; above it the session ends the runner at once,
 * so at most one backend's copies live beside the page's A and B.
 */
export const KEEP_RUNNERS_MAX_N = 1024;

/** Offered sizes are whole multiples of this, which every kernel's blocking divides. */
const OFFERED_STEP = 256;

/** What decides the copies a backend makes: shared memory (cross-origin isolation) and the worker count. */
export interface MemoryDevice {
  readonly threads: number;
  readonly isolated: boolean;
}

/**
 * Bytes a backend holds at size N beyond the page's A and B, read off the
 * allocations in src/workers: `resident` lives as long as its runner (its copy
 * of the inputs), `transient` only during a call (copies in flight, C coming
 * back). GPU memory counts too: most GPUs in laptops and phones share the RAM.
 */
export function backendBytes(backend: BackendId, n: number, device: MemoryDevice): { resident: number; transient: number } {
  const matrix = n * n * 4;
  const padded = roundUp4(n) ** 2 * 4;
  switch (backend) {
    case 'js-naive':
    case 'js-tiled':
    case 'js-workers': {
      // Shared: A, B and C in SharedArrayBuffers, C copied out per run. Otherwise each
      // worker gets its rows of A and all of B, and sends rows of C the page puts together.
      if (device.isolated) return { resident: 3 * matrix, transient: matrix };
      const workers = backend === 'js-workers' ? device.threads : 1;
      return { resident: (1 + workers) * matrix, transient: 2 * matrix };
    }
    case 'wasm-simd':
      // The module's memory holds A, B and C; A and B arrive as copies, C leaves as one.
      return { resident: wasmBytesNeeded(square(n), 1), transient: 2 * matrix };
    case 'wasm-simd-threads':
      return { resident: wasmBytesNeeded(square(n), device.threads), transient: matrix };
    case 'webgl2':
    case 'webgpu':
      // The worker's copies of A and B; on the GPU, the uploaded A and B^T and the
      // packed ones the kernel reads; per run the output, its readback and C.
      return { resident: 2 * matrix + 4 * padded, transient: 2 * padded + matrix };
  }
}

/**
 * Peak bytes of running every backend at size N: the page's A and B, the first
 * C (kept while the timed runs go on, for the check against the reference,
 * which samples entries in float64 and allocates nothing of size N²), the
 * resident copies of the runners alive together, and the largest transient.
 */
export function bytesNeeded(n: number, device: MemoryDevice): number {
  const each = BACKEND_IDS.map((id) => backendBytes(id, n, device));
  const held = n <= KEEP_RUNNERS_MAX_N ? each.reduce((sum, b) => sum + b.resident, 0) : 0;
  const alone = Math.max(...each.map((b) => (n <= KEEP_RUNNERS_MAX_N ? 0 : b.resident) + b.transient));
  return 3 * n * n * 4 + held + alone;
}

/** The device the offered size assumes when the caller has not probed one: no shared memory, four workers. */
const ASSUMED_DEVICE: MemoryDevice = { threads: 4, isolated: false };

/**
 * The largest N the lab offers: the largest multiple of OFFERED_STEP (up to
 * MAX_N) such that running every backend at it, and at every size below it,
 * fits in DEVICE_MEMORY_SHARE of the device's memory. `deviceMemoryGiB` is
 * navigator.deviceMemory; without it the stated default is assumed.
 */
export function largestOfferedSize(
  deviceMemoryGiB: number | undefined,
  device: MemoryDevice = ASSUMED_DEVICE,
): { readonly n: number; readonly basis: 'device-memory' | 'default' } {
  const known = deviceMemoryGiB !== undefined && Number.isFinite(deviceMemoryGiB) && deviceMemoryGiB > 0;
  const budget = (known ? deviceMemoryGiB : DEFAULT_DEVICE_MEMORY_GIB) * 2 ** 30 * DEVICE_MEMORY_SHARE;
  let n = OFFERED_STEP;
  while (n + OFFERED_STEP <= MAX_N && bytesNeeded(n + OFFERED_STEP, device) <= budget) n += OFFERED_STEP;
  return { n, basis: known ? 'device-memory' : 'default' };
}
