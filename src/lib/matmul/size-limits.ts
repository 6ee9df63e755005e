import type { BackendId } from './backends';
import type { WebglInfo, WebgpuInfo } from './device';
import { roundUp4 } from './gpu-layout';
import { square } from './types';
import { WASM_MAX_BYTES, wasmBytesNeeded } from './wasm-simd';

/** Smallest and largest N the lab accepts at all; a backend may have a lower limit of its own. */
export const MIN_N = 1;
/** 3 × 8192² float32 matrices are 768 MiB, about what a browser tab can hold on an ordinary machine. */
export const MAX_N = 8192;

/** Bytes of the three N×N float32 matrices A, B and C. */
export const matrixBytes = (n: number): number => 3 * n * n * 4;

export type SizeCheck =
  | { ok: true; n: number }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'not-whole' | 'too-small' }
  | { ok: false; reason: 'too-large'; max: number; bytes: number };

/** Validates what the reader typed for N (the input is text: "1.5", "abc" and "" must be told apart). */
export function checkSize(raw: string): SizeCheck {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return { ok: false, reason: 'not-a-number' };
  const value = Number(text);
  if (!Number.isInteger(value)) return { ok: false, reason: 'not-whole' };
  if (value < MIN_N) return { ok: false, reason: 'too-small' };
  if (value > MAX_N) return { ok: false, reason: 'too-large', max: MAX_N, bytes: matrixBytes(value) };
  return { ok: true, n: value };
}

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
