import { BACKEND_KIND, type BackendId } from './backends.ts';

export interface SweepPoint {
  readonly backend: BackendId;
  readonly n: number;
  readonly medianMs: number;
}

/**
 * The smallest N from which some GPU backend is faster than every CPU backend
 * measured at that N and stays so at every larger measured N; null if none.
 */
export function crossover(points: readonly SweepPoint[]): { n: number; gpu: BackendId; cpu: BackendId } | null {
  const sizes = [...new Set(points.map((p) => p.n))].sort((x, y) => x - y);
  const best = (n: number, kind: 'cpu' | 'gpu') =>
    points
      .filter((p) => p.n === n && BACKEND_KIND[p.backend] === kind)
      .reduce<SweepPoint | null>((b, p) => (b === null || p.medianMs < b.medianMs ? p : b), null);
  let found: { n: number; gpu: BackendId; cpu: BackendId } | null = null;
  for (const n of sizes) {
    const gpu = best(n, 'gpu');
    const cpu = best(n, 'cpu');
    if (!gpu || !cpu) continue;
    if (gpu.medianMs < cpu.medianMs) found ??= { n, gpu: gpu.backend, cpu: cpu.backend };
    else found = null;
  }
  return found;
}
