/**
 * The phases a run's time splits into. CPU backends: worker start, copy in,
 * compute, copy out. GPU backends: library load, GPU context, upload,
 * compile, compute, readback. A phase with several names is a merged one:
 * the backend could not time those apart (the timeline says so instead of
 * guessing a split).
 */
export const PHASE_NAMES = [
  'worker-start',
  'load',
  'context',
  'compile',
  'copy-in',
  'upload',
  'compute',
  'readback',
  'copy-out',
] as const;

export type PhaseName = (typeof PHASE_NAMES)[number];

export interface Phase {
  readonly names: readonly PhaseName[];
  readonly ms: number;
}

export const phase = (ms: number, ...names: PhaseName[]): Phase => ({ names, ms: Math.max(0, ms) });

export const isMerged = (p: Phase): boolean => p.names.length > 1;

export function totalMs(phases: readonly Phase[]): number {
  return phases.reduce((sum, p) => sum + p.ms, 0);
}
