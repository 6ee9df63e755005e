import type { BackendId } from './backends.ts';
import type { WebglInfo, WebgpuInfo } from './device.ts';
import { roundUp4 } from './gpu-layout.ts';
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
