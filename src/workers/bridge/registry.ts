// The runner for each backend, built on the workers; the lab's engine (src/lib/matmul/session.ts) drives them.
import type { BackendId } from '../../lib/matmul/backends.ts';
import type { DeviceReport } from '../../lib/matmul/device.ts';
import type { LabBackends, LabRunner } from '../../lib/matmul/session.ts';
import { forcedBlock } from '../../lib/matmul/webgl-block.ts';
import type { GpuMode } from '../../lib/matmul/worker-api.ts';
import { JsRunner, WasmRunner } from './cpu-runners.ts';
import { GpuRunner, GpuWorker } from './gpu-runner.ts';
import { makeInputs } from './inputs.ts';

const GPU_MODES: readonly GpuMode[] = ['webgl2', 'webgpu'];

/** The GPU losses a page asks for with `?lose=webgl2,webgpu`. */
export function lossesToSimulate(search: string): GpuMode[] {
  const listed = new URLSearchParams(search).get('lose')?.split(',') ?? [];
  return GPU_MODES.filter((mode) => listed.includes(mode));
}

/**
 * Worker-backed runners for one lab; its GPU backends share one gpu.js worker.
 * `?lose=` and `?webgl-block=` in `search` simulate a lost GPU and force a webgl2 block shape.
 */
export function workerBackends(device: DeviceReport, search: string): LabBackends {
  const gpu = new GpuWorker(lossesToSimulate(search), {
    ...(device.webgl2.available && { device: device.webgl2 }),
    forced: forcedBlock(search),
  });
  return {
    createRunner(id: BackendId): LabRunner {
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
          return new GpuRunner(id, gpu);
      }
    },
    makeInputs,
    webglBlock: () => gpu.webglBlock,
  };
}
