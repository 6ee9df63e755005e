// Probes WebGL2 and WebGPU where the lab's gpu.js worker uses them (an
// OffscreenCanvas and navigator.gpu in a dedicated worker), and WebAssembly's
// features where its kernels run. Creating a GL context or asking for an adapter
// blocks for tens of milliseconds, and compiling the feature tests for a few,
// which here stay off the page's thread. Nothing is assumed: a missing feature
// comes back with why.
import { expose } from 'comlink';
import { describeWebgl, describeWebgpu, probeFailed, type Unavailable, type WebglInfo, type WebgpuInfo } from '../lib/matmul/device';
import { wasmFeatures } from '../lib/matmul/wasm-features';
import type { ProbeWorkerApi } from '../lib/matmul/worker-api';

function probeWebgl2(): WebglInfo | Unavailable {
  if (typeof OffscreenCanvas === 'undefined') return { available: false, reason: 'no-webgl2' };
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

const api: ProbeWorkerApi = {
  async probe() {
    const wasm = wasmFeatures();
    let webgl2: WebglInfo | Unavailable;
    try {
      webgl2 = probeWebgl2();
    } catch (error) {
      webgl2 = probeFailed(error);
    }
    const webgpu = await probeWebgpu().catch(probeFailed);
    return { webgl2, webgpu, wasm: await wasm };
  },
};

expose(api);
