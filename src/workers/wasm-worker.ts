// Runs the WebAssembly SIMD kernel. Alone it owns its memory (single thread);
// as one of several threads it instantiates the shared-memory build over the
// memory the page created, and computes only the rows it is given. Where the
// browser has relaxed SIMD it runs the builds with fused multiply-adds.
import { expose, transfer } from 'comlink';
import plainSingleBytes from '../lib/matmul/wasm/matmul.wat';
import plainSharedBytes from '../lib/matmul/wasm/matmul.wat?shared';
import relaxedSingleBytes from '../lib/matmul/wasm/matmul.wat?relaxed';
import relaxedSharedBytes from '../lib/matmul/wasm/matmul.wat?shared&relaxed';
import type { MatmulShape } from '../lib/matmul/types';
import { WasmMatmul, createMemory, warmUp, type WasmLayout } from '../lib/matmul/wasm-simd';
import type { WasmWorkerApi } from '../lib/matmul/worker-api';

const relaxed = WebAssembly.validate(relaxedSingleBytes);
const builds = relaxed
  ? { single: relaxedSingleBytes, shared: relaxedSharedBytes }
  : { single: plainSingleBytes, shared: plainSharedBytes };

let wasm: WasmMatmul | undefined;
let resident: { layout: WasmLayout; shape: MatmulShape } | undefined;

function ready(): WasmMatmul {
  if (!wasm) throw new Error('wasm worker used before init()');
  return wasm;
}

const api: WasmWorkerApi = {
  async init(bytes, memory) {
    const start = performance.now();
    const module = await WebAssembly.compile(builds[bytes]);
    await warmUp(module, bytes === 'shared', relaxed);
    wasm = await WasmMatmul.instantiate(module, memory ?? createMemory(false), relaxed);
    return performance.now() - start;
  },
  setInputs(a, b, shape) {
    const kernel = ready();
    const layout = kernel.prepare(shape, 1);
    const views = kernel.views(layout, shape);
    views.a.set(a);
    views.b.set(b);
    resident = { layout, shape };
  },
  compute() {
    if (!resident) throw new Error('compute() before setInputs()');
    const kernel = ready();
    const { layout, shape } = resident;
    const start = performance.now();
    kernel.multiplyRows(layout, shape, 0, shape.m);
    const computeMs = performance.now() - start;
    const c = kernel.views(layout, shape).c.slice();
    return transfer({ c, computeMs }, [c.buffer]);
  },
  computeRows(layout, shape, start, end, slot) {
    const t = performance.now();
    ready().multiplyRows(layout, shape, start, end, slot);
    return { computeMs: performance.now() - t };
  },
};

expose(api);
