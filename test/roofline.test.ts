import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildRooflineFrame, formatIntensity, INTENSITY_RANGE, referenceRoofs, rooflineLayouts } from '../src/lib/roofline-chart.ts';
import {
  attainableGflops,
  boundBy,
  elementwiseIntensity,
  matmulBytes,
  matmulFlops,
  matmulIntensity,
  measuredRooflines,
  ridgePoint,
  roofCorners,
  vectorAdd,
} from '../src/lib/roofline.ts';
import { peakFlopsDatasetSchema, peakFlopsRowSchema } from '../src/schemas/peak-flops.ts';
import { KERNEL_SIZES, publishedRoofs, runRoofline, type RooflineDeps, type RooflinePhase } from '../src/islands/roofline/session.ts';
import type { RoofMeasurement } from '../src/lib/matmul/roof.ts';
import type { MeasuredSpeed } from '../src/lib/measured-speed.ts';

// H100 SXM from NVIDIA's datasheet: 989 TFLOPS dense BF16 on Tensor Cores, 67 TFLOPS FP32, 3.35 TB/s HBM3.
const h100Bf16 = { gflops: 989_000, gbPerS: 3350 };
const h100Fp32 = { gflops: 67_000, gbPerS: 3350 };

describe('the roofline model', () => {
  it('puts the ridge where compute and memory meet', () => {
    expect(ridgePoint(h100Bf16)).toBeCloseTo(295.2, 1);
    expect(ridgePoint(h100Fp32)).toBeCloseTo(20, 1);
  });

  it('counts a matrix product as 2n³ FLOPs on 3n² float32 values moved once', () => {
    expect(matmulFlops(1024)).toBe(2_147_483_648);
    expect(matmulBytes(1024)).toBe(12_582_912);
    // n/6 FLOP/byte at float32: 64 → 10.7, 1024 → 170.7.
    expect(matmulIntensity(64)).toBeCloseTo(64 / 6, 10);
    expect(matmulIntensity(1024)).toBeCloseTo(170.667, 3);
    // Half the bytes per value (bf16) doubles the intensity.
    expect(matmulIntensity(1024, 2)).toBeCloseTo(2 * matmulIntensity(1024), 10);
  });

  it('gives an elementwise add one FLOP per 12 bytes', () => {
    expect(elementwiseIntensity(vectorAdd)).toBeCloseTo(1 / 12, 12);
    expect(elementwiseIntensity({ flopsPerElement: 1, inputs: 1, outputs: 1 })).toBe(1 / 8);
  });

  it('caps a kernel by bandwidth below the ridge and by the peak above it', () => {
    // c = a + b on an H100: 3,350 GB/s × 1/12 ≈ 279 GFLOPS, far below either peak.
    expect(attainableGflops(h100Fp32, elementwiseIntensity(vectorAdd))).toBeCloseTo(279.17, 2);
    expect(boundBy(h100Fp32, elementwiseIntensity(vectorAdd))).toBe('memory');
    // A 1024 matrix product (170 FLOP/byte) is past the FP32 ridge but short of the BF16 one.
    expect(attainableGflops(h100Fp32, matmulIntensity(1024))).toBe(67_000);
    expect(boundBy(h100Fp32, matmulIntensity(1024))).toBe('compute');
    expect(boundBy(h100Bf16, matmulIntensity(1024))).toBe('memory');
    expect(attainableGflops(h100Bf16, matmulIntensity(1024))).toBeCloseTo(3350 * (1024 / 6), 6);
  });

  it('outlines a roof with its ridge as the middle corner, or without one outside the range', () => {
    expect(roofCorners(h100Fp32, [1, 1000])).toEqual([
      { intensity: 1, gflops: 3350 },
      { intensity: 67_000 / 3350, gflops: 67_000 },
      { intensity: 1000, gflops: 67_000 },
    ]);
    expect(roofCorners(h100Bf16, [1, 100])).toEqual([
      { intensity: 1, gflops: 3350 },
      { intensity: 100, gflops: 335_000 },
    ]);
  });

  it('refuses what has no roofline', () => {
    expect(() => ridgePoint({ gflops: 100, gbPerS: 0 })).toThrow(/bandwidth/);
    expect(() => attainableGflops(h100Fp32, -1)).toThrow(/intensity/);
    expect(() => matmulIntensity(0)).toThrow(/Matrix size/);
    expect(() => roofCorners(h100Fp32, [10, 1])).toThrow(/grow/);
  });
});

const rows = peakFlopsDatasetSchema.parse(parse(readFileSync(join(import.meta.dirname, '../content/datasets/peak-flops.yaml'), 'utf8')));

describe('the reference machines', () => {
  const roofs = referenceRoofs(rows);
  const byId = (id: string) => roofs.find((roof) => roof.id === id);

  it('pairs each part that states its bandwidth with its FP32 and tensor rows', () => {
    expect(roofs.map((roof) => roof.id).sort()).toEqual(['2022-h100-sxm-fp32', '2022-h100-sxm-tensor', '2024-ryzen-9-9950x']);
    expect(byId('2022-h100-sxm-tensor')).toMatchObject({ series: 'tensor-fp16', gflops: 989_400, gbPerS: 3350 });
    expect(ridgePoint(byId('2022-h100-sxm-tensor')!)).toBeCloseTo(295.3, 1);
    expect(ridgePoint(byId('2022-h100-sxm-fp32')!)).toBeCloseTo(19.97, 2);
  });

  it('marks the desktop CPU derived and its arithmetic adds up', () => {
    const ryzen = rows.find((row) => row.id === '2024-ryzen-9-9950x')!;
    expect(byId(ryzen.id)?.derived).toBe(true);
    expect(ryzen.memory?.derivation).toMatch(/^2 channels × 5,600 MT\/s × 8 bytes/);
    expect(2 * 5600e6 * 8).toBe(ryzen.memory!.gbPerS * 1e9);
    // Its ridge: 5,836.8 ÷ 89.6 = 65.1 FLOP/byte.
    expect(ridgePoint(byId(ryzen.id)!)).toBeCloseTo(65.14, 2);
  });

  it('keeps bandwidth on FP32 rows and asks derived bandwidth for its arithmetic', () => {
    const h100 = rows.find((row) => row.id === '2022-h100-sxm-fp32')!;
    const tensor = rows.find((row) => row.id === '2022-h100-sxm-tensor')!;
    expect(peakFlopsRowSchema.safeParse({ ...tensor, memory: h100.memory }).success).toBe(false);
    expect(peakFlopsRowSchema.safeParse({ ...h100, memory: { ...h100.memory, derived: true } }).success).toBe(false);
    expect(peakFlopsRowSchema.safeParse({ ...h100, memory: { ...h100.memory, source: { title: 'x', url: 'not a url' } } }).success).toBe(false);
  });
});

describe('the chart frame', () => {
  const roofs = referenceRoofs(rows);

  it('spans whole decades from the lowest roof in range to the highest peak', () => {
    const frame = buildRooflineFrame(rooflineLayouts.wide, roofs);
    // Lowest: the 9950X at 1/16 FLOP/byte, 89.6 ÷ 16 = 5.6 GFLOPS → 1 GFLOPS; highest 989,400 → 10⁶.
    expect(frame.yTicks.map((tick) => tick.value)).toEqual([1, 10, 100, 1e3, 1e4, 1e5, 1e6]);
    expect(frame.yTicks[0]?.label).toBe('1 GFLOPS');
    expect(frame.yTicks.at(-1)?.position).toBe(frame.plot.top);
    expect(frame.xTicks.map((tick) => tick.label)).toEqual(['1/16', '1/4', '1', '4', '16', '64', '256', '1024']);
    expect(frame.x(INTENSITY_RANGE[0])).toBe(frame.plot.left);
  });

  it('widens the speed axis for a slow measured point and thins narrow ticks', () => {
    const frame = buildRooflineFrame(rooflineLayouts.narrow, roofs, [0.02]);
    expect(frame.yTicks[0]?.value).toBe(0.01);
    expect(frame.yTicks.map((tick) => tick.value)).toEqual([0.01, 1, 100, 1e4, 1e6]);
    expect(frame.xTicks.map((tick) => tick.label)).toEqual(['1/16', '1', '16', '256']);
  });

  it('draws a roof through its ridge and ends it at the right edge', () => {
    const frame = buildRooflineFrame(rooflineLayouts.wide, roofs);
    const path = frame.roofPath(h100Fp32);
    expect(path.ridge).toEqual({ x: frame.x(20), y: frame.y(67_000) });
    expect(path.end).toEqual({ x: frame.plot.right, y: frame.y(67_000) });
    expect(path.d.split('L')).toHaveLength(3);
  });

  it('writes intensities as fractions below one', () => {
    expect([1 / 16, 0.25, 1, 64].map(formatIntensity)).toEqual(['1/16', '1/4', '1', '64']);
  });
});

describe('the reader’s rooflines', () => {
  const m = (overrides: Partial<RoofMeasurement>): RoofMeasurement => ({
    kind: 'compute',
    device: 'cpu',
    mix: 'mul-add',
    threads: 1,
    gflops: null,
    gbPerS: null,
    software: false,
    ...overrides,
  });
  const measurements = [
    m({ threads: 1, gflops: 20 }),
    m({ threads: 1, mix: 'relaxed-fma', gflops: 30 }),
    m({ threads: 8, gflops: 150 }),
    m({ threads: 8, mix: 'relaxed-fma', gflops: 210 }),
    m({ kind: 'memory', mix: null, threads: 1, gbPerS: 15 }),
    m({ kind: 'memory', mix: null, threads: 8, gbPerS: 40 }),
    m({ device: 'gpu', threads: 1, gflops: 90, software: true }),
  ];

  it('pairs compute and memory per thread count, taking the fastest mix', () => {
    expect(measuredRooflines(measurements)).toEqual([
      { device: 'cpu', threads: 1, mix: 'relaxed-fma', gflops: 30, gbPerS: 15, software: false },
      { device: 'cpu', threads: 8, mix: 'relaxed-fma', gflops: 210, gbPerS: 40, software: false },
    ]);
  });

  it('draws a GPU roofline once it has both roofs, keeping the software flag', () => {
    const gpu = measuredRooflines([...measurements, m({ kind: 'memory', device: 'gpu', mix: null, gbPerS: 12, software: true })]).at(-1);
    expect(gpu).toEqual({ device: 'gpu', threads: 1, mix: 'mul-add', gflops: 90, gbPerS: 12, software: true });
  });

  it('publishes the all-thread CPU roof and the GPU roof for the cost calculator', () => {
    const at = '2026-12-05T10:00:00.000Z';
    const lines = measuredRooflines([...measurements, m({ kind: 'memory', device: 'gpu', mix: null, gbPerS: 12, software: true })]);
    expect(publishedRoofs(lines, at)).toEqual([
      { source: 'roofline', backend: 'cpu-roof', gflops: 210, n: null, software: false, at },
      { source: 'roofline', backend: 'gpu-roof', gflops: 90, n: null, software: true, at },
    ]);
  });
});

describe('a roofline measurement', () => {
  const roofs: RoofMeasurement[] = [
    { kind: 'compute', device: 'cpu', mix: 'mul-add', threads: 4, gflops: 100, gbPerS: null, software: false },
    { kind: 'memory', device: 'cpu', mix: null, threads: 4, gflops: null, gbPerS: 25, software: false },
  ];
  const kernels = KERNEL_SIZES.map((n) => ({ backend: 'wasm-simd' as const, threads: 1, n, gflops: n / 32 }));

  function fakes(overrides: Partial<RooflineDeps> = {}) {
    const published: MeasuredSpeed[] = [];
    const deps: RooflineDeps = {
      measureRoofs: async ({ onProgress }) => {
        onProgress?.(1, 2);
        onProgress?.(2, 2);
        return roofs;
      },
      measureKernels: async ({ onProgress }) => {
        KERNEL_SIZES.forEach((_, index) => onProgress(index + 1, KERNEL_SIZES.length));
        return kernels;
      },
      measureAdd: async () => 0.9,
      publish: (speed) => published.push(speed),
      now: () => '2026-12-05T10:00:00.000Z',
      ...overrides,
    };
    return { deps, published };
  }

  it('measures roofs, then kernels, then the add, and publishes the compute roof', async () => {
    const { deps, published } = fakes();
    const phases: RooflinePhase[] = [];
    const result = await runRoofline(deps, new AbortController().signal, (phase) => phases.push(phase));
    expect(result).toEqual({ rooflines: [{ device: 'cpu', threads: 4, mix: 'mul-add', gflops: 100, gbPerS: 25, software: false }], kernels, addGflops: 0.9 });
    expect(phases.map((phase) => phase.kind)).toEqual(['roofs', 'roofs', 'roofs', 'kernels', 'kernels', 'kernels', 'kernels', 'add', 'done']);
    expect(published).toEqual([{ source: 'roofline', backend: 'cpu-roof', gflops: 100, n: null, software: false, at: '2026-12-05T10:00:00.000Z' }]);
  });

  it('stops quietly when the reader cancels', async () => {
    const controller = new AbortController();
    const { deps, published } = fakes({
      measureRoofs: async ({ signal }) => {
        controller.abort();
        signal?.throwIfAborted();
        return roofs;
      },
    });
    const phases: RooflinePhase[] = [];
    expect(await runRoofline(deps, controller.signal, (phase) => phases.push(phase))).toBeNull();
    expect(phases.at(-1)).toEqual({ kind: 'stopped' });
    expect(published).toEqual([]);
  });

  it('reports a failure, and a browser that gave no complete roof', async () => {
    const failing = fakes({ measureKernels: async () => Promise.reject(new Error('worker crashed')) });
    const phases: RooflinePhase[] = [];
    expect(await runRoofline(failing.deps, new AbortController().signal, (phase) => phases.push(phase))).toBeNull();
    expect(phases.at(-1)).toEqual({ kind: 'failed', detail: 'worker crashed' });

    const partial = fakes({ measureRoofs: async () => roofs.slice(0, 1) });
    phases.length = 0;
    expect(await runRoofline(partial.deps, new AbortController().signal, (phase) => phases.push(phase))).toBeNull();
    expect(phases.at(-1)).toEqual({ kind: 'no-roof' });
    expect(partial.published).toEqual([]);
  });
});
