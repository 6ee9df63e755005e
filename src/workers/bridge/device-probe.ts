// What this browser offers the lab, probed once when the lab mounts: WebGL2
// and WebGPU (with their renderer/adapter so software ones can be named),
// cross-origin isolation (needed for shared memory between workers) and
// WebAssembly SIMD. Nothing is assumed: a missing feature is reported with why.
import { bulkMemory, simd, threads } from 'wasm-feature-detect';
import {
  describeWebgl,
  describeWebgpu,
  type DeviceReport,
  type Unavailable,
  type WebglInfo,
  type WebgpuInfo,
} from '../../lib/matmul/device.ts';

function probeWebgl2(): WebglInfo | Unavailable {
  // The page's canvas decides: a browser with WebGL switched off may still hand an
  // OffscreenCanvas a context (Chromium's --disable-webgl does), but the reader turned it off.
  if (!document.createElement('canvas').getContext('webgl2')) return { available: false, reason: 'no-webgl2' };
  // gpu.js runs in a worker, where only an OffscreenCanvas exists.
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!gl) return { available: false, reason: 'no-webgl2' };
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  const vendor = String(gl.getParameter(debug ? debug.UNMASKED_VENDOR_WEBGL : gl.VENDOR));
  const drawBuffers = Math.min(Number(gl.getParameter(gl.MAX_DRAW_BUFFERS)), Number(gl.getParameter(gl.MAX_COLOR_ATTACHMENTS)));
  const info = describeWebgl(renderer, vendor, Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)), drawBuffers);
  // Give the context back now: browsers cap live WebGL contexts, and gpu.js makes its own.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return info;
}

async function probeWebgpu(): Promise<WebgpuInfo | Unavailable> {
  if (!('gpu' in navigator) || !navigator.gpu) return { available: false, reason: 'no-webgpu-api' };
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) return { available: false, reason: 'no-webgpu-adapter' };
  // isFallbackAdapter moved from GPUAdapter to GPUAdapterInfo; read whichever this browser has.
  const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
  const legacy = adapter as GPUAdapter & { isFallbackAdapter?: boolean };
  return describeWebgpu(info, Boolean(info.isFallbackAdapter ?? legacy.isFallbackAdapter), adapter.limits);
}

const failed = (error: unknown): Unavailable => ({ available: false, reason: 'probe-failed', detail: String(error) });

export async function probeDevice(): Promise<DeviceReport> {
  const [webgpu, wasmSimd, wasmThreads, wasmBulk] = await Promise.all([
    probeWebgpu().catch(failed),
    simd(),
    threads(),
    bulkMemory(),
  ]);
  let webgl2: WebglInfo | Unavailable;
  try {
    webgl2 = probeWebgl2();
  } catch (error) {
    webgl2 = failed(error);
  }
  return {
    webgl2,
    webgpu,
    isolated: globalThis.crossOriginIsolated === true,
    threads: Math.max(1, navigator.hardwareConcurrency || 1),
    // The kernel clears C with memory.fill, a bulk-memory instruction.
    wasmSimd: wasmSimd && wasmBulk,
    wasmThreads,
  };
}
