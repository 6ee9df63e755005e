// Runs the WebAssembly SIMD kernel. Alone it owns its memory (single thread);
// as one of several threads it instantiates the shared-memory build over the
// memory the page created, and computes only the rows it is given.
import { expose, transfer } from 'comlink';
import singleBytes from '../lib/matmul/wasm/matmul.wat';
import sharedBytes from '../lib/matmul/wasm/matmul.wat?shared';
import type { MatmulShape } from '../lib/matmul/types';
import { WasmMatmul, createMemory, warmUp, type WasmLayout } from '../lib/matmul/wasm-simd';
import type { WasmWorkerApi } from '../lib/matmul/worker-api';

let wasm: WasmMatmul | undefined;
let resident: { layout: WasmLayout; shape: MatmulShape } | undefined;

function ready(): WasmMatmul {
  if (!wasm) throw new Error('wasm worker used before init()');
  return wasm;
}

const api: WasmWorkerApi = {
  async init(bytes, memory) {
    const start = performance.now();
    const module = await WebAssembly.compile(bytes === 'shared' ? sharedBytes : singleBytes);
    await warmUp(module, bytes === 'shared');
    wasm = await WasmMatmul.instantiate(module, memory ?? createMemory(false));
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
