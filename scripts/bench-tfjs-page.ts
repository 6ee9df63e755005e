// Browser entry for `npm run bench`: measures TensorFlow.js's matMul as the
// peer of each of our backends, on the same seeded inputs, timed and verified
// the same way (first call with backend set-up, then the median of runs that
// each include readback with data()). Bundled by scripts/bench.mjs; never
// part of the site (TensorFlow.js is a development dependency only).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { softwareRendererName } from '../src/lib/matmul/device';
import { gflops, medianMs } from '../src/lib/matmul/metrics';
import { randomMatrix } from '../src/lib/matmul/random-matrix';
import { verify } from '../src/lib/matmul/reference';
import { square } from '../src/lib/matmul/types';

type TfjsBackend = 'cpu' | 'wasm' | 'webgl' | 'webgpu';

async function adapterName(backend: TfjsBackend): Promise<string> {
  if (backend === 'webgl') {
    const gl = document.createElement('canvas').getContext('webgl2');
    const debug = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && debug ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : '';
  }
  if (backend === 'webgpu') {
    const adapter = await navigator.gpu?.requestAdapter();
    if (!adapter) return '';
    const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
    const name = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' / ');
    return info.isFallbackAdapter && !softwareRendererName(name) ? `${name} (fallback adapter)` : name;
  }
  return '';
}

async function bench(backend: TfjsBackend, threads: number | null, sizes: number[], seed: number, runs: number, budgetMs: number) {
  const start = performance.now();
  if (backend === 'wasm') {
    setWasmPaths('/__bench/');
    if (threads) setThreadsCount(threads);
  }
  if (!(await tf.setBackend(backend))) throw new Error(`TensorFlow.js backend ${backend} failed to initialise`);
  await tf.ready();
  let setupMs = performance.now() - start;
  const adapter = await adapterName(backend);
  const software = backend === 'webgl' || backend === 'webgpu' ? softwareRendererName(adapter) !== null || /fallback/.test(adapter) : false;
  const id = backend === 'wasm' && threads !== 1 ? 'tfjs-wasm-threads' : `tfjs-${backend}`;
  const rows = [];
  for (const n of sizes) {
    const shape = square(n);
    const a = randomMatrix(n, n, seed);
    const b = randomMatrix(n, n, seed + 1);
    const ta = tf.tensor2d(a, [n, n]);
    const tb = tf.tensor2d(b, [n, n]);
    const once = async () => {
      const t = performance.now();
      const c = tf.matMul(ta, tb);
      const data = (await c.data()) as Float32Array;
      c.dispose();
      return { ms: performance.now() - t, data };
    };
    const first = await once();
    const firstMs = first.ms + setupMs;
    setupMs = 0;
    const check = verify(a, b, first.data, shape);
    const times: number[] = [];
    const timing = performance.now();
    while (times.length < runs && (times.length === 0 || performance.now() - timing < budgetMs)) times.push((await once()).ms);
    ta.dispose();
    tb.dispose();
    const median = medianMs(times);
    rows.push({ backend: id, n, firstMs, medianMs: median, gflops: gflops(shape, median), maxRelError: check.maxRelError, verified: check.verified, software, adapter });
  }
  return rows;
}

Object.assign(globalThis, { benchTfjs: bench });
