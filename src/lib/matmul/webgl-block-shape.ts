// The block of C each thread of the webgl2 kernel computes. A fragment shader
// writes one texel (4 floats) per draw buffer, so a block of r rows × 4 columns
// needs r outputs: 4×4 fits every WebGL2 device (at least 4 draw buffers), 8×4
// needs 8. Which one a device uses is chosen in webgl-block.ts; the shapes live
// apart from that choice (and its zod schemas) because the page lays out its GPU
// buffers with them before anything runs.

export const WEBGL_BLOCKS = ['4x4', '8x4'] as const;
export type WebglBlock = (typeof WEBGL_BLOCKS)[number];

/** The shape used wherever no probe decided: it runs on every WebGL2 device. */
export const DEFAULT_WEBGL_BLOCK: WebglBlock = '4x4';

/** A shape as readers write it: 8×4. */
export const blockLabel = (block: WebglBlock): string => block.replace('x', '×');

/** Rows of C per thread: one draw buffer (output texture) each. */
export const blockRows = (block: WebglBlock): number => (block === '8x4' ? 8 : 4);
