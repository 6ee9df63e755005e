// Which backends can run here, why the others cannot, and the runner for each.
import { BACKEND_KIND, type BackendId } from '../../lib/matmul/backends';
import type { Unavailable } from '../../lib/matmul/device';
import type { Runner } from '../../lib/matmul/measure';
import { JsRunner, WasmRunner } from './cpu-runners';
import type { DeviceReport } from './device-probe';
import { GpuRunner } from './gpu-runner';

/** Null when the backend can run, else why not. */
export function unavailability(id: BackendId, device: DeviceReport): Unavailable | null {
  switch (id) {
    case 'wasm-simd':
      return device.wasmSimd ? null : { available: false, reason: 'no-wasm-simd' };
    case 'wasm-simd-threads':
      if (!device.wasmSimd) return { available: false, reason: 'no-wasm-simd' };
      return device.isolated && device.wasmThreads ? null : { available: false, reason: 'not-isolated' };
    case 'webgl2':
      return device.webgl2.available ? null : device.webgl2;
    case 'webgpu':
      return device.webgpu.available ? null : device.webgpu;
    default:
      return null;
  }
}

/** The software renderer a backend's numbers come from, or null (CPU backends, hardware GPUs). */
export function softwareOf(id: BackendId, device: DeviceReport): string | null {
  if (id === 'webgl2' && device.webgl2.available) return device.webgl2.software;
  if (id === 'webgpu' && device.webgpu.available) return device.webgpu.software;
  return null;
}

export function adapterOf(id: BackendId, device: DeviceReport): string {
  if (BACKEND_KIND[id] !== 'gpu') return '';
  if (id === 'webgl2' && device.webgl2.available) return device.webgl2.renderer;
  if (id === 'webgpu' && device.webgpu.available) return device.webgpu.adapter;
  return '';
}

export function createRunner(id: BackendId, device: DeviceReport): Runner & { dispose?(): void } {
  switch (id) {
    case 'js-naive':
    case 'js-tiled':
      return new JsRunner(id, 1, device.isolated);
    case 'js-workers':
      return new JsRunner('js-tiled', device.threads, device.isolated);
    case 'wasm-simd':
      return new WasmRunner(1);
    case 'wasm-simd-threads':
      return new WasmRunner(device.threads);
    case 'webgl2':
    case 'webgpu':
      return new GpuRunner(id);
  }
}
