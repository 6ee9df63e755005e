import { checkNumber } from '../number-input.ts';
import { BACKEND_IDS, DEFAULT_BASELINE, isBackendId, type BackendId } from './backends.ts';
import { MAX_N, MIN_N } from './sizes.ts';

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

export type SettingName = keyof LabSettings;

const PARAMS = { n: 'n', backends: 'backends', baseline: 'baseline', seed: 'seed', sweepTo: 'sweep' } as const satisfies Record<
  SettingName,
  string
>;

/**
 * The lab on its own page keeps the plain names, so shared links keep working; embedded in the
 * article it prefixes them, so they cannot clash with anything else the article's address carries.
 */
export const EMBEDDED_PREFIX = 'lab-';

/** A value in the URL the lab could not use, and what it used instead. */
export type SettingProblem =
  | {
      readonly setting: 'n' | 'sweepTo';
      readonly param: string;
      readonly value: string;
      readonly reason: 'empty' | 'not-a-number' | 'not-whole' | 'too-small' | 'too-large';
      readonly used: number;
    }
  | { readonly setting: 'backends'; readonly param: string; readonly value: string; readonly reason: 'unknown'; readonly used: readonly BackendId[] }
  | { readonly setting: 'baseline'; readonly param: string; readonly value: string; readonly reason: 'unknown'; readonly used: BackendId }
  | { readonly setting: 'seed'; readonly param: string; readonly value: string; readonly reason: 'not-positive-whole'; readonly used: number };

export interface ParsedSettings {
  readonly settings: LabSettings;
  /** One entry per value that was not used, in the order of the settings. */
  readonly problems: readonly SettingProblem[];
}

const size = (raw: string) => checkNumber(raw, { min: MIN_N, max: MAX_N, integer: true });

/**
 * Reads settings from a query string. A missing parameter takes the default silently; a present
 * one that cannot be used takes the default too and is reported, so the page can say so. Digits
 * may be full-width and padded with spaces, as an input method or a pasted link gives them.
 */
export function parseSettings(search: string, prefix = ''): ParsedSettings {
  const params = new URLSearchParams(search);
  const problems: SettingProblem[] = [];
  const read = (name: SettingName) => {
    const param = `${prefix}${PARAMS[name]}`;
    return { param, value: params.get(param) };
  };

  let n = DEFAULT_SETTINGS.n;
  const nParam = read('n');
  if (nParam.value !== null) {
    const check = size(nParam.value);
    if (check.ok) n = check.value;
    else problems.push({ setting: 'n', param: nParam.param, value: nParam.value, reason: check.reason, used: n });
  }

  let backends = DEFAULT_SETTINGS.backends;
  const backendsParam = read('backends');
  if (backendsParam.value !== null) {
    // A stray comma (`js-tiled,`) names nothing rather than an unknown backend.
    const listed = backendsParam.value.split(',').map((id) => id.normalize('NFKC').trim()).filter((id) => id !== '');
    const known = listed.filter(isBackendId);
    if (known.length > 0) backends = BACKEND_IDS.filter((id) => known.includes(id));
    const unknown = listed.filter((id) => !isBackendId(id));
    if (unknown.length > 0) {
      problems.push({ setting: 'backends', param: backendsParam.param, value: unknown.join(','), reason: 'unknown', used: backends });
    }
  }

  let baseline = DEFAULT_SETTINGS.baseline;
  const baselineParam = read('baseline');
  if (baselineParam.value !== null) {
    const id = baselineParam.value.normalize('NFKC').trim();
    if (isBackendId(id)) baseline = id;
    else problems.push({ setting: 'baseline', param: baselineParam.param, value: baselineParam.value, reason: 'unknown', used: baseline });
  }

  let seed = DEFAULT_SETTINGS.seed;
  const seedParam = read('seed');
  if (seedParam.value !== null) {
    const check = checkNumber(seedParam.value, { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true });
    if (check.ok) seed = check.value;
    else problems.push({ setting: 'seed', param: seedParam.param, value: seedParam.value, reason: 'not-positive-whole', used: seed });
  }

  let sweepTo = DEFAULT_SETTINGS.sweepTo;
  const sweepParam = read('sweepTo');
  if (sweepParam.value !== null) {
    const check = size(sweepParam.value);
    if (check.ok) sweepTo = check.value;
    else problems.push({ setting: 'sweepTo', param: sweepParam.param, value: sweepParam.value, reason: check.reason, used: sweepTo });
  }

  return { settings: { n, backends, baseline, seed, sweepTo }, problems };
}

/** Writes settings into a query string, keeping unrelated parameters and omitting defaults. */
export function writeSettings(search: string, settings: LabSettings, prefix = ''): string {
  const params = new URLSearchParams(search);
  const set = (name: SettingName, value: string, fallback: string) => {
    const key = `${prefix}${PARAMS[name]}`;
    if (value === fallback) params.delete(key);
    else params.set(key, value);
  };
  set('n', String(settings.n), String(DEFAULT_SETTINGS.n));
  set('backends', settings.backends.join(','), DEFAULT_SETTINGS.backends.join(','));
  set('baseline', settings.baseline, DEFAULT_SETTINGS.baseline);
  set('seed', String(settings.seed), String(DEFAULT_SETTINGS.seed));
  set('sweepTo', String(settings.sweepTo), '0');
  // Commas may stand in a query as they are: `backends=js-tiled,webgl2` reads better than `%2C`.
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** Sizes of a sweep: powers of two from 16 up to `to` (and `to` itself when it is not one). */
export function sweepSizes(to: number, from = 16): number[] {
  const sizes: number[] = [];
  for (let n = from; n <= to; n *= 2) sizes.push(n);
  if (sizes.at(-1) !== to && to >= from) sizes.push(to);
  return sizes;
}
