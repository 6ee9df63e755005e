/**
 * The roofline model (Williams, Waterman & Patterson, CACM 2009): a kernel that performs I
 * floating-point operations per byte it moves to or from memory (its arithmetic intensity) can run
 * no faster than min(peak compute, I × memory bandwidth). Units throughout: FLOP/byte, GFLOPS
 * (10⁹ FLOP/s) and GB/s (10⁹ bytes/s), so FLOP/byte × GB/s = GFLOPS.
 */
import type { RoofMeasurement } from './matmul/roof.ts';

/** A machine's two ceilings. */
export interface Roof {
  /** Peak arithmetic throughput, GFLOPS. */
  readonly gflops: number;
  /** Peak memory bandwidth, GB/s. */
  readonly gbPerS: number;
}

/** Bytes of one float32 value. */
export const FLOAT32_BYTES = 4;

function requirePositive(what: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${what} must be a finite number > 0, got ${value}.`);
}

function checkRoof(roof: Roof): void {
  requirePositive('Peak compute (GFLOPS)', roof.gflops);
  requirePositive('Memory bandwidth (GB/s)', roof.gbPerS);
}

/** FLOPs of an n×n by n×n matrix product: n² dot products of length n, one multiply and one add per term. */
export function matmulFlops(n: number): number {
  requirePositive('Matrix size', n);
  return 2 * n ** 3;
}

/**
 * Bytes an n×n matrix product must move at least: A and B read once and C written once (3n²
 * values). Real kernels move more whenever a tile is read again after leaving the cache, so the
 * intensity computed from this is the best a kernel can reach.
 */
export function matmulBytes(n: number, bytesPerValue = FLOAT32_BYTES): number {
  requirePositive('Matrix size', n);
  requirePositive('Bytes per value', bytesPerValue);
  return 3 * n ** 2 * bytesPerValue;
}

/** Arithmetic intensity of an n×n matrix product under that byte model: 2n³ ÷ 12n² = n/6 at float32. */
export function matmulIntensity(n: number, bytesPerValue = FLOAT32_BYTES): number {
  return matmulFlops(n) / matmulBytes(n, bytesPerValue);
}

/** An operation applied value by value over arrays (add, ReLU, scale): nothing is reused, every value comes from memory. */
export interface ElementwiseOp {
  readonly flopsPerElement: number;
  /** Arrays read per element (two for c = a + b). */
  readonly inputs: number;
  /** Arrays written per element. */
  readonly outputs: number;
}

/** c = a + b over float32 arrays: one FLOP per two values read and one written. */
export const vectorAdd: ElementwiseOp = { flopsPerElement: 1, inputs: 2, outputs: 1 };

export function elementwiseIntensity(op: ElementwiseOp, bytesPerValue = FLOAT32_BYTES): number {
  requirePositive('FLOPs per element', op.flopsPerElement);
  requirePositive('Values moved per element', op.inputs + op.outputs);
  return op.flopsPerElement / ((op.inputs + op.outputs) * bytesPerValue);
}

/** The fastest a kernel of this intensity can run on this machine, GFLOPS. */
export function attainableGflops(roof: Roof, intensity: number): number {
  checkRoof(roof);
  requirePositive('Arithmetic intensity', intensity);
  return Math.min(roof.gflops, intensity * roof.gbPerS);
}

/** The intensity where the two ceilings meet, FLOP/byte: below it memory limits a kernel, above it arithmetic does. */
export function ridgePoint(roof: Roof): number {
  checkRoof(roof);
  return roof.gflops / roof.gbPerS;
}

export type Bound = 'memory' | 'compute';

/** Which ceiling limits a kernel of this intensity; at the ridge itself both do, and it counts as compute-bound. */
export function boundBy(roof: Roof, intensity: number): Bound {
  return intensity < ridgePoint(roof) ? 'memory' : 'compute';
}

/**
 * The corners of a roof's outline between two intensities: the sloped memory roof up to the ridge,
 * then the flat compute roof. Two points when the ridge lies outside the range, three otherwise.
 */
export function roofCorners(roof: Roof, [from, to]: readonly [number, number]): Array<{ intensity: number; gflops: number }> {
  requirePositive('Lowest intensity', from);
  if (!(to > from)) throw new RangeError(`The intensity range must grow, got ${from} to ${to}.`);
  const ridge = ridgePoint(roof);
  const at = (intensity: number) => ({ intensity, gflops: attainableGflops(roof, intensity) });
  return ridge > from && ridge < to ? [at(from), at(ridge), at(to)] : [at(from), at(to)];
}

/** The reader's own roofline for one device (and, on the CPU, one thread count), from measured roofs. */
export interface MeasuredRoofline extends Roof {
  readonly device: RoofMeasurement['device'];
  readonly threads: number;
  /** The instruction mix that gave the compute roof. */
  readonly mix: RoofMeasurement['mix'];
  /** A software renderer emulated the GPU on the CPU: these are not real GPU speeds. */
  readonly software: boolean;
}

/**
 * Pairs measured compute and memory roofs into rooflines: per CPU thread count, and one for the
 * GPU. Where several mixes were measured the fastest is the roof; a device without both roofs has
 * no roofline. CPU lines come first, fewest threads first.
 */
export function measuredRooflines(measurements: readonly RoofMeasurement[]): MeasuredRoofline[] {
  const keyOf = (m: RoofMeasurement) => (m.device === 'gpu' ? 'gpu' : `cpu-${m.threads}`);
  const keys = [...new Set(measurements.map(keyOf))];
  return keys
    .flatMap((key) => {
      const group = measurements.filter((m) => keyOf(m) === key);
      const compute = group.filter((m) => m.kind === 'compute' && m.gflops != null && m.gflops > 0);
      const memory = group.filter((m) => m.kind === 'memory' && m.gbPerS != null && m.gbPerS > 0);
      if (compute.length === 0 || memory.length === 0) return [];
      const best = compute.reduce((a, b) => (b.gflops! > a.gflops! ? b : a));
      return [
        {
          device: best.device,
          threads: best.threads,
          mix: best.mix,
          gflops: best.gflops!,
          gbPerS: Math.max(...memory.map((m) => m.gbPerS!)),
          software: group.some((m) => m.software),
        },
      ];
    })
    .sort((a, b) => (a.device === b.device ? a.threads - b.threads : a.device === 'cpu' ? -1 : 1));
}
