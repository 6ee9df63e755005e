import { gflops, medianMs } from './metrics.ts';
import type { Phase } from './phases.ts';
import { verify, type Verification } from './reference.ts';
import type { MatmulShape } from './types.ts';

/** Timed runs after the first call, and the time after which a backend stops adding runs: the lab's and the bench's. */
export const RUNS = 5;
export const BUDGET_MS = 3000;

/** What a backend does for one product; implemented by the lab's worker and GPU runners and by fakes in tests. */
export interface Runner {
  /** One-off costs before the first product (worker start, library load, compile). Returns no phases once done. */
  setup(shape: MatmulShape): Promise<Phase[]>;
  /** One product, readback included; `ms` is wall time seen by the caller. */
  run(a: Float32Array, b: Float32Array, shape: MatmulShape): Promise<{ c: Float32Array; ms: number; phases: Phase[] }>;
}

export interface MeasureOptions {
  /** Timed runs after the first call. */
  runs: number;
  /** Stop timing further runs once this much time went by (a slow backend at a large N still reports). */
  budgetMs: number;
  /** Checked between runs; once aborted the measurement stops, keeping what it has if a timed run finished. */
  signal?: AbortSignal;
  now?: () => number;
}

export interface Measurement extends Verification {
  /** Setup plus the first product: what the reader waits for after the click. */
  readonly firstMs: number;
  readonly firstPhases: readonly Phase[];
  /** Median of the timed runs after the first. */
  readonly medianMs: number;
  readonly phases: readonly Phase[];
  readonly gflops: number;
  readonly runs: number;
}

/**
 * Measures a backend the same way for all: first call (with setup) timed on
 * its own, then the median of further runs, each including readback; the
 * first result is verified against a float64 reference on sampled entries.
 */
export async function measure(
  runner: Runner,
  a: Float32Array,
  b: Float32Array,
  shape: MatmulShape,
  { runs, budgetMs, signal, now = () => performance.now() }: MeasureOptions,
): Promise<Measurement> {
  const start = now();
  const setupPhases = await runner.setup(shape);
  const first = await runner.run(a, b, shape);
  const firstMs = now() - start;
  const verification = verify(a, b, first.c, shape);
  const timed: Array<{ ms: number; phases: Phase[] }> = [];
  const timingStart = now();
  // At least one timed run even past the budget: the first call's time includes copy-in and compile.
  while (timed.length < Math.max(1, runs) && !(timed.length > 0 && now() - timingStart > budgetMs)) {
    if (signal?.aborted) {
      if (timed.length === 0) throw new MeasurementCancelled();
      break;
    }
    const { ms, phases } = await runner.run(a, b, shape);
    timed.push({ ms, phases });
  }
  const median = medianMs(timed.map((s) => s.ms));
  // The phases shown for steady state are those of the run closest to the median.
  const typical = timed.reduce((best, s) => (Math.abs(s.ms - median) < Math.abs(best.ms - median) ? s : best));
  return {
    ...verification,
    firstMs,
    firstPhases: [...setupPhases, ...first.phases],
    medianMs: median,
    phases: typical.phases,
    gflops: gflops(shape, median),
    runs: timed.length,
  };
}

/** Thrown when a measurement is cancelled before any timed run finished (it has no steady-state time to report). */
export class MeasurementCancelled extends Error {
  override name = 'MeasurementCancelled';
}
