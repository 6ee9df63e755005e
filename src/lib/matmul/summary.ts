// The lab's results in words: backends named as readers know them, numbers with the digits that
// matter, and the one sentence that answers "what was fastest here, and by how much".
import { langTag, type Locale } from '../../i18n/locales.ts';
import { strings } from '../../i18n/strings/lab.ts';
import { translator } from '../../i18n/translate.ts';
import { BACKEND_KIND, type BackendId } from './backends.ts';
import type { WebglBlockChoice } from './webgl-block.ts';
import { blockLabel } from './webgl-block-shape.ts';

/** A backend as the reader knows it: "WebAssembly SIMD on 2 threads", not `wasm-simd-threads`. */
export function backendName(id: BackendId, threads: number, locale: Locale): string {
  return translator(strings, locale)(`name.${id}`, { threads });
}

/**
 * `digits` significant digits, and every digit of the whole part once it has more: 0.000412,
 * 1.23, 45.6, 1,234. A fixed number of decimals would show a tiny N's GFLOPS as 0.00.
 */
export function formatSignificant(value: number, locale: Locale, digits = 3): string {
  const whole = Math.abs(value) >= 10 ** digits;
  const options: Intl.NumberFormatOptions = whole ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: digits };
  return new Intl.NumberFormat(langTag(locale), options).format(value);
}

/** How many times as fast: two significant digits below 10 (1.3, 8.1), whole numbers above (27). */
export const formatFactor = (factor: number, locale: Locale): string => formatSignificant(factor, locale, factor >= 10 ? 1 : 2);

/** What the summary needs of a result row. */
export interface SummaryRow {
  readonly backend: BackendId;
  readonly n: number;
  readonly medianMs: number;
  readonly verified: boolean;
  /** The software renderer a GPU backend ran on (SwiftShader, …), or null. */
  readonly softwareName: string | null;
}

/** Plain JavaScript to compare with, the stronger first, so the claimed gain is not inflated. */
const PLAIN_JS: readonly BackendId[] = ['js-tiled', 'js-naive'];

const fastestOf = (rows: readonly SummaryRow[]) =>
  rows.reduce<SummaryRow | undefined>((best, row) => (best === undefined || row.medianMs < best.medianMs ? row : best), undefined);

/**
 * One sentence on the verified results at size `n`: which backend was fastest, how many times as
 * fast as plain JavaScript (naming which) and, when a GPU backend won, as the fastest CPU backend;
 * whether a GPU backend won; and, in the same sentence, that an emulated GPU's time says nothing
 * about real GPUs. Null when no verified result exists at `n`.
 */
export function summarise(rows: readonly SummaryRow[], n: number, options: { threads: number; locale: Locale }): string | null {
  const { threads, locale } = options;
  const t = translator(strings, locale);
  const name = (row: SummaryRow) => backendName(row.backend, threads, locale);
  const here = rows.filter((row) => row.n === n && row.verified);
  const fastest = fastestOf(here);
  if (!fastest) return null;

  const gpuRows = here.filter((row) => BACKEND_KIND[row.backend] === 'gpu');
  const emulated = gpuRows.find((row) => row.softwareName !== null)?.softwareName ?? null;
  if (here.length === 1) {
    const lead = t('summary.single', { n, fastest: name(fastest) });
    return emulated === null ? `${lead}${t('summary.end')}` : `${lead}${t('summary.single.emulated', { renderer: emulated })}`;
  }

  const factor = (row: SummaryRow) => formatFactor(row.medianMs / fastest.medianMs, locale);
  const comparisons: string[] = [];
  const js = PLAIN_JS.map((id) => here.find((row) => row.backend === id)).find((row) => row !== undefined && row !== fastest);
  const gpuWon = BACKEND_KIND[fastest.backend] === 'gpu';
  const cpu = gpuWon ? fastestOf(here.filter((row) => BACKEND_KIND[row.backend] === 'cpu')) : undefined;
  if (js && js !== cpu) comparisons.push(t('summary.vs', { factor: factor(js), other: name(js) }));
  if (cpu) comparisons.push(t('summary.vs', { factor: factor(cpu), other: t('summary.fastestCpu', { cpu: name(cpu) }) }));

  const verdict = gpuWon
    ? emulated === null
      ? t('summary.gpuWon')
      : t('summary.gpuWon.emulated', { renderer: emulated })
    : gpuRows.length === 0
      ? t('summary.noGpu')
      : emulated === null
        ? t('summary.cpuWon')
        : t('summary.cpuWon.emulated', { renderer: emulated });
  const compared = comparisons.length > 0 ? `${t('summary.compare')}${comparisons.join(t('summary.and'))}` : '';
  return `${t('summary.lead', { n, fastest: name(fastest) })}${compared}${verdict}`;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A small positive number as readers write it: 1.2 × 10⁻⁷ (0 stays 0). */
export function formatScientific(value: number, locale: Locale): string {
  if (value === 0) return '0';
  const [mantissa = '', exponent = ''] = value.toExponential(1).split('e');
  const power = exponent.replace('+', '').replace('-', '⁻').replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);
  return `${formatSignificant(Number(mantissa), locale, 2)} × 10${power}`;
}

/**
 * Which block of the product the webgl2 kernel computes per fragment, and why that one: with what
 * the probe timed when one chose it, since the webgl2 numbers depend on it.
 */
export function blockSentence(choice: WebglBlockChoice, locale: Locale): string {
  const t = translator(strings, locale);
  const timings = new Intl.ListFormat(langTag(locale), { type: 'conjunction', style: 'narrow' }).format(
    choice.probed.map(({ block, ms, verified }) => {
      if (ms === null) return t('device.webglBlock.failed', { block: blockLabel(block) });
      if (!verified) return t('device.webglBlock.wrong', { block: blockLabel(block) });
      return t('device.webglBlock.timing', { block: blockLabel(block), ms: formatSignificant(ms, locale) });
    }),
  );
  const why = t(`device.webglBlock.${choice.basis}`, { timings, block: choice.block });
  return t('device.webglBlock', { block: blockLabel(choice.block), why });
}
