// One press of "Measure my machine": the roofs, then the lab's kernel at a few sizes, then the
// elementwise add, reporting each phase. The measuring functions come in as arguments, so tests
// drive it with fakes and the island with the workers.
import type { MeasureRoofsOptions } from '../../workers/bridge/roofs.ts';
import type { RoofMeasurement } from '../../lib/matmul/roof.ts';
import type { MeasuredSpeed } from '../../lib/measured-speed.ts';
import { measuredRooflines, type MeasuredRoofline } from '../../lib/roofline.ts';
import type { KernelPoint } from './kernels.ts';

/** Sizes the lab's kernel is timed at: enough to show intensity growing with N, quick on any machine. */
export const KERNEL_SIZES = [64, 256, 1024] as const;

export type RooflinePhase =
  | { readonly kind: 'idle' | 'add' | 'done' | 'stopped' | 'no-roof' }
  | { readonly kind: 'roofs' | 'kernels'; readonly done: number; readonly total: number }
  | { readonly kind: 'failed'; readonly detail: string };

export interface RooflineResult {
  readonly rooflines: readonly MeasuredRoofline[];
  /** Null when the browser cannot run the kernel. */
  readonly kernels: readonly KernelPoint[] | null;
  readonly addGflops: number;
}

export interface RooflineDeps {
  measureRoofs(options: MeasureRoofsOptions): Promise<RoofMeasurement[]>;
  measureKernels(options: { signal: AbortSignal; onProgress: (done: number, total: number) => void }): Promise<readonly KernelPoint[] | null>;
  measureAdd(signal: AbortSignal): Promise<number>;
  publish(speed: MeasuredSpeed): void;
  /** The time to stamp on what is published, ISO 8601. */
  now(): string;
}

/** The roof each device publishes for the cost calculator: the CPU on every thread, and the GPU. */
export function publishedRoofs(rooflines: readonly MeasuredRoofline[], at: string): MeasuredSpeed[] {
  const cpu = rooflines.filter((line) => line.device === 'cpu').at(-1);
  const gpu = rooflines.find((line) => line.device === 'gpu');
  return [cpu, gpu].flatMap((line) =>
    line ? [{ source: 'roofline' as const, backend: `${line.device}-roof`, gflops: line.gflops, n: null, software: line.software, at }] : [],
  );
}

export async function runRoofline(deps: RooflineDeps, signal: AbortSignal, onPhase: (phase: RooflinePhase) => void): Promise<RooflineResult | null> {
  try {
    onPhase({ kind: 'roofs', done: 0, total: 1 });
    const roofs = await deps.measureRoofs({ signal, gpu: true, onProgress: (done, total) => onPhase({ kind: 'roofs', done, total }) });
    const rooflines = measuredRooflines(roofs);
    if (rooflines.length === 0) {
      onPhase({ kind: 'no-roof' });
      return null;
    }
    for (const speed of publishedRoofs(rooflines, deps.now())) deps.publish(speed);
    onPhase({ kind: 'kernels', done: 0, total: 1 });
    const kernels = await deps.measureKernels({ signal, onProgress: (done, total) => onPhase({ kind: 'kernels', done, total }) });
    onPhase({ kind: 'add' });
    const addGflops = await deps.measureAdd(signal);
    onPhase({ kind: 'done' });
    return { rooflines, kernels, addGflops };
  } catch (error) {
    if (signal.aborted) {
      onPhase({ kind: 'stopped' });
      return null;
    }
    onPhase({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
