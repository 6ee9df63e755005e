// Runs the JavaScript kernels off the main thread: one instance for js-naive
// and js-tiled, several for js-workers (each with its own rows of C).
import { expose, transfer } from 'comlink';
import { matmulNaive } from '../lib/matmul/js-naive';
import { matmulTiled } from '../lib/matmul/js-tiled';
import { randomMatrix } from '../lib/matmul/random-matrix';
import type { CpuKernel } from '../lib/matmul/types';
import { epochNow, type ComputeReply, type JsWorkerApi } from '../lib/matmul/worker-api';

const kernels: Record<string, CpuKernel> = { 'js-naive': matmulNaive, 'js-tiled': matmulTiled };

const api: JsWorkerApi = {
  ping: () => true,
  compute(kernel, { shape, operands }) {
    const receivedAt = epochNow();
    const run = kernels[kernel];
    if (!run) throw new Error(`unknown kernel ${kernel}`);
    const { m, k, n } = shape;
    let a: Float32Array, b: Float32Array, c: Float32Array;
    if (operands.kind === 'shared') {
      a = new Float32Array(operands.a, operands.rowStart * k * 4, m * k);
      b = new Float32Array(operands.b, 0, k * n);
      c = new Float32Array(operands.c, operands.rowStart * n * 4, m * n);
    } else {
      ({ a, b } = operands);
      c = new Float32Array(m * n);
    }
    const start = performance.now();
    run(a, b, c, shape);
    const computeMs = performance.now() - start;
    const reply: ComputeReply = { receivedAt, copyInMs: 0, computeMs, copyOutMs: 0, sentAt: epochNow() };
    if (operands.kind === 'shared') return reply;
    reply.c = c;
    return transfer(reply, [c.buffer]);
  },
  makeInputs(shape, seed) {
    const a = randomMatrix(shape.m, shape.k, seed);
    const b = randomMatrix(shape.k, shape.n, seed + 1);
    return transfer({ a, b }, [a.buffer, b.buffer]);
  },
};

expose(api);
