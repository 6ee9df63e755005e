import { describe, expect, it } from 'vitest';
import { BACKEND_IDS } from '../src/lib/matmul/backends';
import { inputRows, randomMatrix, seededInputs } from '../src/lib/matmul/random-matrix';
import {
  DEFAULT_DEVICE_MEMORY_GIB,
  DEVICE_MEMORY_SHARE,
  KEEP_RUNNERS_MAX_N,
  backendBytes,
  bytesNeeded,
  largestOfferedSize,
} from '../src/lib/matmul/size-limits';
import { MAX_N } from '../src/lib/matmul/sizes';

const GiB = 2 ** 30;
const isolated = { threads: 4, isolated: true };

describe('seededInputs', () => {
  it('makes the numbers randomMatrix makes, reporting the rows done after each slice', () => {
    const shape = { m: 300, k: 1024, n: 512 };
    const steps = seededInputs(shape, 7);
    const reports: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) reports.push(step.value);
    // Slices of 2^18 numbers: 256 rows of A (1024 wide), then 512 rows of B (512 wide).
    expect(reports).toEqual([256, 300, 812, 1324]);
    expect(reports.at(-1)).toBe(inputRows(shape));
    expect(step.value.a).toEqual(randomMatrix(300, 1024, 7));
    expect(step.value.b).toEqual(randomMatrix(1024, 512, 8));
  });
});

describe('memory per size', () => {
  it('counts what js-tiled holds at N = 8192 with shared memory: A and B on the page and shared A, B and C', () => {
    const matrix = 8192 ** 2 * 4;
    expect(backendBytes('js-tiled', 8192, isolated)).toEqual({ resident: 3 * matrix, transient: matrix });
    // Without shared memory every js-workers worker holds all of B.
    expect(backendBytes('js-workers', 8192, { threads: 8, isolated: false }).resident).toBe(9 * matrix);
  });

  it('counts every runner’s copies up to the keep size and only the largest backend above it', () => {
    const n = KEEP_RUNNERS_MAX_N;
    const held = BACKEND_IDS.reduce((sum, id) => sum + backendBytes(id, n, isolated).resident, 0);
    expect(bytesNeeded(n, isolated)).toBeGreaterThan(3 * n * n * 4 + held);
    const above = n + 256;
    const gpu = backendBytes('webgl2', above, isolated);
    expect(bytesNeeded(above, isolated)).toBe(3 * above * above * 4 + gpu.resident + gpu.transient);
  });
});

describe('largestOfferedSize', () => {
  it('offers the largest size that fits the share of device memory, with every smaller size fitting too', () => {
    for (const gib of [0.25, 0.5, 1, 2, 4, 8]) {
      const { n, basis } = largestOfferedSize(gib, isolated);
      expect(basis).toBe('device-memory');
      const budget = gib * GiB * DEVICE_MEMORY_SHARE;
      const largest = Math.max(...Array.from({ length: n }, (_, i) => bytesNeeded(i + 1, isolated)));
      expect(largest).toBeLessThanOrEqual(budget);
      if (n < MAX_N) expect(bytesNeeded(n + 256, isolated)).toBeGreaterThan(budget);
    }
  });

  it('offers N = 8192 on an 8 GiB device and less on smaller ones', () => {
    expect(largestOfferedSize(8, isolated).n).toBe(MAX_N);
    expect(largestOfferedSize(2, isolated).n).toBeLessThan(largestOfferedSize(4, isolated).n);
    expect(largestOfferedSize(0.5, isolated).n).toBeLessThan(largestOfferedSize(2, isolated).n);
  });

  it('assumes the stated default when the browser does not say', () => {
    expect(largestOfferedSize(undefined)).toEqual({ n: largestOfferedSize(DEFAULT_DEVICE_MEMORY_GIB).n, basis: 'default' });
    expect(largestOfferedSize(Number.NaN).basis).toBe('default');
  });

  it('offers less when workers cannot share memory and each needs its own copy of B', () => {
    expect(largestOfferedSize(8, { threads: 32, isolated: false }).n).toBeLessThan(largestOfferedSize(8, { threads: 32, isolated: true }).n);
  });
});
