// Runs the WebAssembly SIMD kernel. Alone it owns its memory (single thread);
// as one of several threads it instantiates the shared-memory build over the
// memory the page created, and computes only the rows it is given.
import { expose, transfer } from 'comlink';
import singleBytes from '../lib/matmul/wasm/matmul.wat';
import sharedBytes from '../lib/matmul/wasm/matmul.wat?shared';
import { WasmMatmul, createMemory } from '../lib/matmul/wasm-simd';
import { epochNow, type WasmWorkerApi } from '../lib/matmul/worker-api';

let wasm: WasmMatmul | undefined;

function ready(): WasmMatmul {
  if (!wasm) throw new Error('wasm worker used before init()');
  return wasm;
}

const api: WasmWorkerApi = {
  async init(bytes, memory) {
    const start = performance.now();
    const module = await WebAssembly.compile(bytes === 'shared' ? sharedBytes : singleBytes);
    wasm = await WasmMatmul.instantiate(module, memory ?? createMemory(false));
    return performance.now() - start;
  },
  compute({ shape, operands }) {
    const receivedAt = epochNow();
    if (operands.kind !== 'transferred') throw new Error('single-thread wasm takes transferred operands');
    const kernel = ready();
    let t = performance.now();
    const layout = kernel.prepare(shape, 1);
    const views = kernel.views(layout, shape);
    views.a.set(operands.a);
    views.b.set(operands.b);
    const copyInMs = performance.now() - t;
    t = performance.now();
    kernel.multiplyRows(layout, shape, 0, shape.m);
    const computeMs = performance.now() - t;
    t = performance.now();
    const c = views.c.slice();
    const copyOutMs = performance.now() - t;
    return transfer({ c, receivedAt, copyInMs, computeMs, copyOutMs, sentAt: epochNow() }, [c.buffer]);
  },
  computeRows(layout, shape, start, end, slot) {
    const receivedAt = epochNow();
    const t = performance.now();
    ready().multiplyRows(layout, shape, start, end, slot);
    const computeMs = performance.now() - t;
    return { receivedAt, copyInMs: 0, computeMs, copyOutMs: 0, sentAt: epochNow() };
  },
};

expose(api);
