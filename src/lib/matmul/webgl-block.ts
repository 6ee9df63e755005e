// Which block shape (webgl-block-shape.ts) the webgl2 kernel uses on this device.
// Which one is faster depends on the GPU, so a short probe at the first webgl2
// run decides, never on a software renderer: its timings say nothing about a
// real GPU.
import { z } from 'zod/mini';
import { DEFAULT_WEBGL_BLOCK, WEBGL_BLOCKS, blockRows, type WebglBlock } from './webgl-block-shape.ts';

/** The probe's size: large enough for a real GPU's time to be the kernel's, small enough to take well under a second. */
export const PROBE_N = 1024;

/** Timed runs per shape in the probe (after one untimed run that is also verified). */
export const PROBE_RUNS = 3;

/** A challenger must beat the default by this share: a probe of a few runs cannot tell shapes apart more finely. */
export const PROBE_MARGIN = 0.05;

const probeResultSchema = z.object({
  block: z.enum(WEBGL_BLOCKS),
  /** Median of the timed runs; null when the shape failed to compile or run. */
  ms: z.nullable(z.number().check(z.positive())),
  /** The untimed run's product matched the float64 reference. */
  verified: z.boolean(),
});
export type ProbeResult = Readonly<z.infer<typeof probeResultSchema>>;

const choiceSchema = z.object({
  block: z.enum(WEBGL_BLOCKS),
  /**
   * probe: the probe chose; software: a software renderer keeps the default;
   * draw-buffers: the device has too few draw buffers for any other shape;
   * forced: the page asked for this shape (`?webgl-block=`).
   */
  basis: z.enum(['probe', 'software', 'draw-buffers', 'forced']),
  /** What the probe measured, in WEBGL_BLOCKS order; empty when nothing was probed. */
  probed: z.array(probeResultSchema),
});
export type WebglBlockChoice = Readonly<z.infer<typeof choiceSchema>>;

/** What the choice depends on: the renderer's software name (null for hardware) and MAX_DRAW_BUFFERS. */
export interface BlockDevice {
  readonly software: string | null;
  readonly maxDrawBuffers: number;
}

/** Shapes the device can run: those whose rows fit its draw buffers. */
export const blocksFor = ({ maxDrawBuffers }: BlockDevice): WebglBlock[] => WEBGL_BLOCKS.filter((b) => blockRows(b) <= maxDrawBuffers);

/** The choice made without a probe, or null when the device needs one. */
export function choiceWithoutProbe(device: BlockDevice): WebglBlockChoice | null {
  if (device.software !== null) return { block: DEFAULT_WEBGL_BLOCK, basis: 'software', probed: [] };
  if (blocksFor(device).length < 2) return { block: DEFAULT_WEBGL_BLOCK, basis: 'draw-buffers', probed: [] };
  return null;
}

/**
 * The probe's choice: the fastest verified shape if it beats the default by
 * more than PROBE_MARGIN (or the default failed), else the default. A shape
 * that failed or miscomputed is never chosen.
 */
export function chooseBlock(probed: readonly ProbeResult[]): WebglBlockChoice {
  const valid = probed.filter((r): r is ProbeResult & { ms: number } => r.verified && r.ms !== null);
  const fallback = valid.find((r) => r.block === DEFAULT_WEBGL_BLOCK);
  const fastest = valid.reduce<(typeof valid)[number] | undefined>((best, r) => (!best || r.ms < best.ms ? r : best), undefined);
  const block = fastest && (!fallback || fastest.ms < fallback.ms * (1 - PROBE_MARGIN)) ? fastest.block : DEFAULT_WEBGL_BLOCK;
  return { block, basis: 'probe', probed: [...probed] };
}

/** The shape a page asks for with `?webgl-block=8x4`, to run a shape the probe would not choose (a check on a software renderer). */
export function forcedBlock(search: string): WebglBlock | null {
  const asked = new URLSearchParams(search).get('webgl-block');
  return WEBGL_BLOCKS.find((b) => b === asked) ?? null;
}

/** sessionStorage key of a renderer's choice: one probe per device and visit. */
export const blockCacheKey = (renderer: string): string => `why-gpus:webgl-block:${renderer}`;

/** A stored choice, or null when absent or not valid (another version of the site may have left something else). */
export function parseBlockChoice(text: string | null): WebglBlockChoice | null {
  if (text == null) return null;
  try {
    const parsed = choiceSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
