/** Every backend the lab can measure, in the order the table shows them. */
export const BACKEND_IDS = [
  'js-naive',
  'js-tiled',
  'js-workers',
  'wasm-simd',
  'wasm-simd-threads',
  'webgl2',
  'webgpu',
] as const;
export type BackendId = (typeof BACKEND_IDS)[number];

/** TensorFlow.js rows that only the bench measures, as peers for our backends. */
export const PEER_IDS = ['tfjs-cpu', 'tfjs-wasm', 'tfjs-wasm-threads', 'tfjs-webgl', 'tfjs-webgpu'] as const;
export type PeerId = (typeof PEER_IDS)[number];

export type BackendKind = 'cpu' | 'gpu';

export const BACKEND_KIND: Record<BackendId, BackendKind> = {
  'js-naive': 'cpu',
  'js-tiled': 'cpu',
  'js-workers': 'cpu',
  'wasm-simd': 'cpu',
  'wasm-simd-threads': 'cpu',
  webgl2: 'gpu',
  webgpu: 'gpu',
};

/** The TensorFlow.js peer each of our backends is compared with in the bench. */
export const PEER_OF: Partial<Record<BackendId, PeerId>> = {
  'js-naive': 'tfjs-cpu',
  'js-tiled': 'tfjs-cpu',
  'wasm-simd': 'tfjs-wasm',
  'wasm-simd-threads': 'tfjs-wasm-threads',
  webgl2: 'tfjs-webgl',
  webgpu: 'tfjs-webgpu',
};

export const DEFAULT_BASELINE: BackendId = 'js-tiled';

export function isBackendId(value: string): value is BackendId {
  return (BACKEND_IDS as readonly string[]).includes(value);
}
