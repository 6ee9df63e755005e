// Makes the lab's seeded inputs off the page: 2·N² numbers take seconds at
// large N. Progress goes to the page after every slice of rows; a cancel ends
// this worker, and with it the half-made matrices.
import { expose, transfer } from 'comlink';
import { seededInputs } from '../lib/matmul/random-matrix';
import type { InputWorkerApi } from '../lib/matmul/worker-api';

const api: InputWorkerApi = {
  makeInputs(shape, seed, onProgress) {
    const steps = seededInputs(shape, seed);
    for (;;) {
      const step = steps.next();
      if (step.done) return transfer(step.value, [step.value.a.buffer, step.value.b.buffer]);
      onProgress(step.value);
    }
  },
};

expose(api);
