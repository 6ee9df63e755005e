import { BACKEND_IDS, DEFAULT_BASELINE, isBackendId, type BackendId } from './backends.ts';
import { checkSize } from './sizes.ts';

/** The lab's settings, kept in the page URL so a result can be shared and rerun. */
export interface LabSettings {
  readonly n: number;
  readonly backends: readonly BackendId[];
  readonly baseline: BackendId;
  readonly seed: number;
  /** Sweep upper bound; 0 = single size. */
  readonly sweepTo: number;
}

export const DEFAULT_SETTINGS: LabSettings = {
  n: 512,
  backends: BACKEND_IDS.filter((id) => id !== 'js-naive'),
  baseline: DEFAULT_BASELINE,
  seed: 1,
  sweepTo: 0,
};

const PARAMS = { n: 'n', backends: 'backends', baseline: 'baseline', seed: 'seed', sweepTo: 'sweep' } as const;

/** Reads settings from a query string; anything missing or invalid falls back to the default. */
export function parseSettings(search: string): LabSettings {
  const params = new URLSearchParams(search);
  const size = checkSize(params.get(PARAMS.n) ?? '');
  const listed = params.get(PARAMS.backends)?.split(',').filter(isBackendId);
  const baseline = params.get(PARAMS.baseline) ?? '';
  const seed = Number(params.get(PARAMS.seed));
  const sweep = checkSize(params.get(PARAMS.sweepTo) ?? '');
  return {
    n: size.ok ? size.n : DEFAULT_SETTINGS.n,
    backends: listed?.length ? BACKEND_IDS.filter((id) => listed.includes(id)) : DEFAULT_SETTINGS.backends,
    baseline: isBackendId(baseline) ? baseline : DEFAULT_SETTINGS.baseline,
    seed: Number.isInteger(seed) && seed > 0 ? seed : DEFAULT_SETTINGS.seed,
    sweepTo: sweep.ok ? sweep.n : 0,
  };
}

/** Writes settings into a query string, keeping unrelated parameters and omitting defaults. */
export function writeSettings(search: string, settings: LabSettings): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string, fallback: string) =>
    value === fallback ? params.delete(key) : params.set(key, value);
  set(PARAMS.n, String(settings.n), String(DEFAULT_SETTINGS.n));
  set(PARAMS.backends, settings.backends.join(','), DEFAULT_SETTINGS.backends.join(','));
  set(PARAMS.baseline, settings.baseline, DEFAULT_SETTINGS.baseline);
  set(PARAMS.seed, String(settings.seed), String(DEFAULT_SETTINGS.seed));
  set(PARAMS.sweepTo, String(settings.sweepTo), '0');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Sizes of a sweep: powers of two from 16 up to `to` (and `to` itself when it is not one). */
export function sweepSizes(to: number, from = 16): number[] {
  const sizes: number[] = [];
  for (let n = from; n <= to; n *= 2) sizes.push(n);
  if (sizes.at(-1) !== to && to >= from) sizes.push(to);
  return sizes;
}
