// The reader's measured speeds, shared between islands: the lab and the roofline publish what
// they measured, the cost calculator reads it. sessionStorage carries it across pages of one visit
// and a window event across islands of one page. Anything read back is validated, because another
// version of the site (or the reader) may have left something else under the same key.
import { z } from 'zod/mini';

export const measuredSpeedSchema = z.object({
  /** Which island measured it: the matmul lab or the roofline's compute roof. */
  source: z.enum(['lab', 'roofline']),
  /** What ran, in the publisher's words (a lab backend id, or 'cpu-roof'/'gpu-roof'). */
  backend: z.string().check(z.minLength(1)),
  /** Sustained speed in GFLOP/s (10⁹ floating-point operations per second). */
  gflops: z.number().check(z.positive()),
  /** Matrix size of the measurement, or null when it was not a matmul (a roof). */
  n: z.nullable(z.int().check(z.positive())),
  /** True when a GPU was emulated on the CPU (a software renderer): not real GPU speed. */
  software: z.boolean(),
  /** When it was measured, ISO 8601. */
  at: z.iso.datetime(),
});

export type MeasuredSpeed = Readonly<z.infer<typeof measuredSpeedSchema>>;

const storageKey = 'why-gpus:measured-speed';
const eventName = 'why-gpus:measured-speed';
/** Enough for every lab backend at a few sizes plus the roofs; older entries fall off first. */
export const maxKept = 24;

const sameMeasurement = (a: MeasuredSpeed, b: MeasuredSpeed) => a.source === b.source && a.backend === b.backend && a.n === b.n;

/** Valid entries of a stored value, dropping the invalid ones one by one. */
export function parseMeasured(text: string | null): MeasuredSpeed[] {
  if (text == null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = measuredSpeedSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The list after adding a measurement: it replaces an older one of the same source, backend and size. */
export function withMeasured(all: readonly MeasuredSpeed[], speed: MeasuredSpeed): MeasuredSpeed[] {
  return [...all.filter((old) => !sameMeasurement(old, speed)), speed].slice(-maxKept);
}

// Storage can be unavailable (privacy modes, sandboxed frames, the server): this page then keeps
// the list in memory, and the event still reaches its islands.
let unstored: MeasuredSpeed[] = [];

export function readMeasured(): MeasuredSpeed[] {
  try {
    return parseMeasured(sessionStorage.getItem(storageKey));
  } catch {
    return [...unstored];
  }
}

export function publishMeasured(speed: MeasuredSpeed): void {
  const checked = measuredSpeedSchema.parse(speed);
  const all = withMeasured(readMeasured(), checked);
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(all));
  } catch {
    unstored = all;
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(eventName));
}

/** Calls the listener with every measurement after each publish; returns the unsubscribe function. */
export function subscribeMeasured(listener: (all: MeasuredSpeed[]) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const onPublish = () => listener(readMeasured());
  window.addEventListener(eventName, onPublish);
  return () => window.removeEventListener(eventName, onPublish);
}

/**
 * The measurement to compute with: the fastest one from real hardware, or, when a software
 * renderer gave the only ones, the fastest of those (the caller flags it).
 */
export function fastestMeasured(all: readonly MeasuredSpeed[]): MeasuredSpeed | null {
  const real = all.filter((speed) => !speed.software);
  const pool = real.length > 0 ? real : all;
  return pool.reduce<MeasuredSpeed | null>((best, speed) => (best === null || speed.gflops > best.gflops ? speed : best), null);
}
