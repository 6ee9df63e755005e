import { describe, expect, it } from 'vitest';
import { chartTaskCounts, crossover, finishingTime, type Machine } from '../src/lib/latency-throughput.ts';

describe('finishingTime', () => {
  it('runs tasks in whole waves, one per core, after the overhead', () => {
    const machine: Machine = { cores: 4, speed: 2, overhead: 0.5 };
    // 1 task of 6 operations at 2 op/s: 0.5 + 1 wave × 3 s = 3.5 s.
    expect(finishingTime(machine, 1, 6)).toBe(3.5);
    // 4 tasks still fit in one wave: 3.5 s. The 5th needs a second wave: 0.5 + 2 × 3 = 6.5 s.
    expect(finishingTime(machine, 4, 6)).toBe(3.5);
    expect(finishingTime(machine, 5, 6)).toBe(6.5);
  });

  it('explains what is wrong with bad input', () => {
    const machine: Machine = { cores: 4, speed: 2, overhead: 0 };
    expect(() => finishingTime(machine, 0, 1)).toThrow('Number of tasks must be a whole number ≥ 1, got 0.');
    expect(() => finishingTime(machine, 2.5, 1)).toThrow('Number of tasks must be a whole number ≥ 1, got 2.5.');
    expect(() => finishingTime(machine, 1, -1)).toThrow('Work per task must be a finite number > 0, got -1.');
    expect(() => finishingTime({ ...machine, cores: 0 }, 1, 1)).toThrow('Machine: cores must be a whole number ≥ 1, got 0.');
    expect(() => finishingTime({ ...machine, speed: Number.NaN }, 1, 1)).toThrow('Machine: speed per core must be a finite number > 0, got NaN.');
    expect(() => finishingTime({ ...machine, overhead: -1 }, 1, 1)).toThrow('Machine: overhead must be a finite number of seconds ≥ 0, got -1.');
  });
});

describe('crossover', () => {
  it('finds where a GPU-like machine overtakes a CPU-like one', () => {
    // A: 8 cores × 50 GFLOPS; B: 4,096 cores × 2 GFLOPS plus 50 µs overhead; 1 MFLOP per task.
    // One task takes 1e6 / 50e9 = 20 µs on A and 1e6 / 2e9 = 500 µs on B.
    // Up to 4,096 tasks B needs one wave: 50 + 500 = 550 µs. A needs ⌈N/8⌉ × 20 µs, more than
    // 550 µs once ⌈N/8⌉ ≥ 28, i.e. from N = 27 × 8 + 1 = 217 (216 tasks: 540 µs on A).
    // Past 4,096 tasks B adds 500 µs per 4,096 tasks and A 10,240 µs, so B stays ahead.
    const a: Machine = { cores: 8, speed: 50e9, overhead: 0 };
    const b: Machine = { cores: 4096, speed: 2e9, overhead: 50e-6 };
    expect(crossover(a, b, 1e6)).toEqual({ firstFasterAt: 217, fasterFrom: 217 });
    expect(finishingTime(a, 216, 1e6)).toBeLessThan(finishingTime(b, 216, 1e6));
    expect(finishingTime(a, 217, 1e6)).toBeGreaterThan(finishingTime(b, 217, 1e6));
  });

  it('gives the same answer on a second hand-checked case', () => {
    // A: 4 cores, one task = 1e7 / 1e9 = 0.01 s. B: 100 cores, one task = 1e7 / 1e8 = 0.1 s, plus
    // 0.015 s. Up to 100 tasks B takes 0.115 s; A takes ⌈N/4⌉ × 0.01 s > 0.115 s from ⌈N/4⌉ = 12,
    // i.e. N = 45. Each further 100 tasks cost B 0.1 s and A 0.25 s.
    const a: Machine = { cores: 4, speed: 1e9, overhead: 0 };
    const b: Machine = { cores: 100, speed: 1e8, overhead: 0.015 };
    expect(crossover(a, b, 1e7)).toEqual({ firstFasterAt: 45, fasterFrom: 45 });
  });

  it('tells a first win apart from winning for good when the waves interleave', () => {
    // A: 4 cores, 1 s per task (work 3, speed 3); B: 7 cores, 1.5 s per task (work 3, speed 2).
    // tA = ⌈N/4⌉, tB = 1.5 × ⌈N/7⌉:
    //   N = 1..4: 1 vs 1.5 (A);  N = 5..7: 2 vs 1.5 (B first wins at 5);  N = 8: 2 vs 3 (A again);
    //   N = 36: 9 vs 9 (tie, so B is not faster);  N = 37..42: 10 or 11 vs 9 (B).
    // From 43 on, tA ≥ N/4 > 1.5 × (N/7 + 1) ≥ tB, since N/4 − 1.5N/7 = N/28 > 1.5 for N > 42.
    const a: Machine = { cores: 4, speed: 3, overhead: 0 };
    const b: Machine = { cores: 7, speed: 2, overhead: 0 };
    expect(crossover(a, b, 3)).toEqual({ firstFasterAt: 5, fasterFrom: 37 });
  });

  it('reports no lasting crossover when B has the lower total rate', () => {
    // A: 4 cores × 1 op/s = 4 op/s in all; B: 3 cores × 1.2 op/s = 3.6 op/s. With 1 op per task B
    // wins a single task (0.83 s against 1 s) but never for good: at 12 tasks A takes 3 s, B 3.33 s.
    const a: Machine = { cores: 4, speed: 1, overhead: 0 };
    const b: Machine = { cores: 3, speed: 1.2, overhead: 0 };
    expect(crossover(a, b, 1)).toEqual({ firstFasterAt: 1, fasterFrom: null });
  });

  it('reports no win at all when equal rates only ever tie', () => {
    // A: 4 cores, 1 s per task; B: 8 cores, 2 s per task: both 4 tasks per 2 s. tA = ⌈N/4⌉,
    // tB = 2⌈N/8⌉: N = 1..4 gives 1 vs 2, N = 5..8 gives 2 vs 2, and the pattern repeats.
    const a: Machine = { cores: 4, speed: 1, overhead: 0 };
    const b: Machine = { cores: 8, speed: 0.5, overhead: 0 };
    expect(crossover(a, b, 1)).toEqual({ firstFasterAt: null, fasterFrom: null });
  });

  it('keeps the overhead on machine B', () => {
    const b: Machine = { cores: 8, speed: 1, overhead: 0 };
    expect(() => crossover({ cores: 1, speed: 1, overhead: 0.1 }, b, 1)).toThrow(
      'Machine A: the model gives the overhead to machine B only; got 0.1 s for A.',
    );
    expect(() => crossover({ cores: 1, speed: 1, overhead: 0 }, { ...b, cores: 1.5 }, 1)).toThrow(
      'Machine B: cores must be a whole number ≥ 1, got 1.5.',
    );
  });

  it('agrees with checking every task count one by one on a grid of small machines', () => {
    const work = 6;
    for (const coresA of [1, 2, 3, 4]) {
      for (const coresB of [5, 7, 12]) {
        for (const speedB of [0.5, 1, 2]) {
          for (const overhead of [0, 1, 4.5]) {
            const a: Machine = { cores: coresA, speed: 3, overhead: 0 };
            const b: Machine = { cores: coresB, speed: speedB, overhead };
            const faster = (n: number) => finishingTime(b, n, work) < finishingTime(a, n, work);
            // 2,000 counts reach far past every crossover of this grid (at most a few hundred).
            const counts = Array.from({ length: 2000 }, (_, i) => i + 1);
            const first = counts.find(faster) ?? null;
            const lastLoss = counts.findLast((n) => !faster(n));
            const lasting = lastLoss === undefined ? 1 : lastLoss === 2000 ? null : lastLoss + 1;
            expect(crossover(a, b, work), JSON.stringify({ a, b })).toEqual({ firstFasterAt: first, fasterFrom: lasting });
          }
        }
      }
    }
  });
});

describe('chartTaskCounts', () => {
  it('runs from one task to a million, rising, each count once', () => {
    const counts = chartTaskCounts();
    expect(counts[0]).toBe(1);
    expect(counts.at(-1)).toBe(1_000_000);
    expect(counts.every((n, i) => i === 0 || n > counts[i - 1]!)).toBe(true);
  });

  it('has every count up to 100, so each extra round of tasks shows as a step', () => {
    expect(chartTaskCounts().slice(0, 100)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });
});
