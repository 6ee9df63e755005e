// Runs the JavaScript kernels off the main thread: one instance for js-naive
// and js-tiled, several for js-workers (each with its own rows of C).
import { expose, transfer } from 'comlink';
import { matmulNaive } from '../lib/matmul/js-naive';
import { matmulTiled } from '../lib/matmul/js-tiled';
import type { CpuKernel, MatmulShape } from '../lib/matmul/types';
import type { JsKernelId, JsWorkerApi } from '../lib/matmul/worker-api';

const kernels: Record<JsKernelId, CpuKernel> = { 'js-naive': matmulNaive, 'js-tiled': matmulTiled };

let inputs: { a: Float32Array; b: Float32Array; c: Float32Array | undefined; shape: MatmulShape } | undefined;

const api: JsWorkerApi = {
  ping: () => true,
  setInputs(operands, shape) {
    const { m, k, n } = shape;
    inputs =
      operands.kind === 'shared'
        ? {
            a: new Float32Array(operands.a, operands.rowStart * k * 4, m * k),
            b: new Float32Array(operands.b, 0, k * n),
            c: new Float32Array(operands.c, operands.rowStart * n * 4, m * n),
            shape,
          }
        : { a: operands.a, b: operands.b, c: undefined, shape };
  },
  compute(kernel) {
    if (!inputs) throw new Error('compute() before setInputs()');
    const run = kernels[kernel];
    const { a, b, shape } = inputs;
    // A fresh C each run when it is transferred back (a transferred buffer is gone from here).
    const c = inputs.c ?? new Float32Array(shape.m * shape.n);
    const start = performance.now();
    run(a, b, c, shape);
    const computeMs = performance.now() - start;
    return inputs.c ? { computeMs } : transfer({ c, computeMs }, [c.buffer]);
  },
};

expose(api);
