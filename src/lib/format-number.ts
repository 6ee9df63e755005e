/**
 * Numbers and durations for readers in each locale. English groups large numbers in thousands
 * ("138.4 million"); Chinese in ten-thousands (万, 亿, 万亿: "1.38 亿"). House style puts a space
 * between digits and Chinese characters, which Intl does not, so the Chinese forms are rebuilt
 * from Intl's parts or spaced afterwards.
 */
import { langTag, type Locale } from '../i18n/locales.ts';
import { spaceHanSeams } from '../i18n/spacing.ts';

function requireFinite(what: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what}: expected a finite number, got ${value}.`);
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "1.2 × 10¹⁸": past a thousand trillion neither language has a word readers know. */
function scientific(value: number, locale: Locale): string {
  const [mantissa = '', exponent = ''] = new Intl.NumberFormat('en', { notation: 'scientific', maximumFractionDigits: 1 })
    .format(value)
    .split('E');
  const localMantissa = new Intl.NumberFormat(langTag(locale), { maximumFractionDigits: 1 }).format(Number(mantissa));
  const superscript = exponent.replace('-', '⁻').replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d);
  return `${localMantissa} × 10${superscript}`;
}

/** Every digit, grouped the locale's way: "138,357,544". */
export function formatExact(value: number, locale: Locale, maximumFractionDigits = 0): string {
  requireFinite('formatExact', value);
  return new Intl.NumberFormat(langTag(locale), { maximumFractionDigits }).format(value);
}

/**
 * A large number in words a reader takes in at a glance: en "138.4 million", "15.5 billion";
 * zh-cn "1.38 亿", "155 亿", "2560 万". Numbers below a million (en) or ten thousand (zh-cn) keep
 * all their digits; from 10¹⁵ on both use powers of ten.
 */
export function formatCompact(value: number, locale: Locale): string {
  requireFinite('formatCompact', value);
  const size = Math.abs(value);
  if (size >= 1e15) return scientific(value, locale);
  if (locale === 'en') {
    if (size < 1e6) return formatExact(value, locale, 1);
    return new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(value);
  }
  if (size < 1e4) return formatExact(value, locale, 1);
  const parts = new Intl.NumberFormat(langTag(locale), { notation: 'compact', maximumSignificantDigits: 3 }).formatToParts(value);
  const number = parts.filter((part) => part.type !== 'compact').map((part) => part.value).join('');
  const unit = parts.find((part) => part.type === 'compact')?.value ?? '';
  return `${number} ${unit}`;
}

type DurationUnit = 'microsecond' | 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'year';

/** Each unit, its length in seconds, and when the next unit takes over (in this unit). */
const DURATION_UNITS: readonly [DurationUnit, number, number][] = [
  ['microsecond', 1e-6, 1000],
  ['millisecond', 1e-3, 1000],
  ['second', 1, 60],
  ['minute', 60, 60],
  ['hour', 3600, 24],
  ['day', 86_400, 365.25],
  ['year', 365.25 * 86_400, Number.POSITIVE_INFINITY],
];

/**
 * A span of seconds in the largest unit that keeps the number ≥ 1: "3.2 hours", "3.2 小时";
 * `short` gives axis-label forms such as "10 μs" and "3 hr".
 */
export function formatDuration(seconds: number, locale: Locale, unitDisplay: 'long' | 'short' = 'long'): string {
  requireFinite('formatDuration', seconds);
  if (seconds < 0) throw new RangeError(`formatDuration: a duration cannot be negative, got ${seconds}.`);
  let index = DURATION_UNITS.findLastIndex(([, length]) => seconds >= length);
  if (index < 0) index = 0;
  // 59.96 s would round to "60.0 seconds": move up a unit when rounding reaches the next one.
  const rounded = (i: number) => Math.round((seconds / DURATION_UNITS[i]![1]) * 10) / 10;
  if (index < DURATION_UNITS.length - 1 && rounded(index) >= DURATION_UNITS[index]![2]) index += 1;
  const [unit, length] = DURATION_UNITS[index]!;
  const amount = seconds / length;
  if (unit === 'year' && amount >= 1e6) {
    // Intl has no "million years"; the unit word follows the compact number ("120 万年").
    return locale === 'en' ? `${formatCompact(amount, locale)} years` : `${formatCompact(amount, locale)}年`;
  }
  const text = new Intl.NumberFormat(langTag(locale), {
    style: 'unit',
    unit,
    unitDisplay,
    maximumFractionDigits: 1,
  }).format(amount);
  // Intl gives "3.2小时"; the house style wants "3.2 小时".
  return spaceHanSeams(text);
}
