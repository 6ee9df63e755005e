/** The interface strings of the timeline and the peak-throughput chart, in both locales. */
import autocorrect from 'autocorrect-node';
import { describe, expect, it } from 'vitest';
import { strings as chartStrings } from '../src/i18n/demos/peak-flops-chart.ts';
import { strings as timelineStrings } from '../src/i18n/demos/gpu-timeline.ts';
import { localeCodes } from '../src/i18n/locales.ts';

/** Every key path of a string table, functions and nested tables included. */
function keyPaths(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Every string a table produces, calling functions with sample arguments. */
function texts(table: object): string[] {
  return Object.values(table).flatMap((value) => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return [String(value(...Array.from({ length: value.length }, (_, i) => (i % 2 ? 'NVIDIA' : 2012))))];
    return texts(value as object);
  });
}

for (const [name, strings] of [
  ['gpu-timeline', timelineStrings],
  ['peak-flops-chart', chartStrings],
] as const) {
  describe(`${name} strings`, () => {
    it('have the same keys in every locale', () => {
      const keys = keyPaths(strings.en).sort();
      for (const locale of localeCodes) expect(keyPaths(strings[locale]).sort(), locale).toEqual(keys);
    });

    it('are never empty', () => {
      for (const locale of localeCodes) for (const text of texts(strings[locale])) expect(text.trim(), locale).not.toBe('');
    });

    it('follow the Chinese house style (AutoCorrect)', () => {
      for (const text of texts(strings['zh-cn'])) expect(autocorrect.format(text), text).toBe(text);
    });
  });
}
