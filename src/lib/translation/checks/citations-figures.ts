/**
 * Both languages cite the same works and show the same figures: a citation
 * dropped or added in translation changes what the text claims to rest on.
 * Order may differ (Chinese sentence order differs), so ids are compared as
 * multisets per block.
 */
import { align, matchedPairs } from '../align.ts';
import { normalizeSource, type Block } from '../blocks.ts';
import type { Diagnostic, LocalizedText } from '../diagnostics.ts';
import { strings } from '../../../i18n/strings/i18n-citations-figures.ts';
import { localeCodes } from '../../../i18n/locales.ts';
import { messageInEveryLocale, translator, type Translator } from '../../../i18n/translate.ts';
import { multisetMinus } from './structure.ts';
import { at, type SectionPair } from './context.ts';

const CHECK = 'citations-figures';

/** A message assembled from several strings, written once per locale. */
function inEveryLocale(write: (t: Translator<(typeof strings)['en']>) => string): LocalizedText {
  return Object.fromEntries(localeCodes.map((code) => [code, write(translator(strings, code))])) as LocalizedText;
}

function compare(en: Block, zh: Block, file: string, what: 'citations' | 'figures'): Diagnostic[] {
  const [a, b, tag, prop] = what === 'citations' ? [en.cites, zh.cites, 'Cite', 'id'] : [en.figures, zh.figures, 'Figure', 'name'];
  const missing = multisetMinus(a, b);
  const extra = multisetMinus(b, a);
  if (!missing.length && !extra.length) return [];
  const show = (ids: string[]) => ids.map((id) => `<${tag} ${prop}="${id}" />`).join(', ');
  const firstExtra = extra.length ? zh.components.find((c) => c.name === tag && c.props.some((p) => p.name === prop && p.value === extra[0])) : undefined;
  const message = inEveryLocale((t) => {
    const parts = [missing.length ? t('part.missing', { items: show(missing) }) : '', extra.length ? t('part.extra', { items: show(extra) }) : ''];
    return t(`differ.${what}`, { block: en.index, line: en.line, parts: parts.filter(Boolean).join(t('part.separator')) });
  });
  const hint = inEveryLocale((t) => t(`hint.${what}`, { expected: show(a) || t('none', { tag }) }));
  return [at(firstExtra ?? zh, file, CHECK, message, hint)];
}

/** Ids that are not a file in content/references/ (checked in every language). */
function unknownReferences(blocks: Block[], file: string, references: ReadonlySet<string>): Diagnostic[] {
  return blocks.flatMap((b) =>
    b.components
      .filter((c) => c.name === 'Cite')
      .flatMap((c) => {
        const id = c.props.find((p) => p.name === 'id')?.value ?? '';
        return references.has(id) ? [] : [at(c, file, CHECK, messageInEveryLocale(strings, 'reference.unknown', { id }), messageInEveryLocale(strings, 'reference.hint', { id: id || '<id>' }))];
      }),
  );
}

export function checkCitationsFigures(pair: SectionPair, references?: ReadonlySet<string>): Diagnostic[] {
  const { en, zh } = pair;
  const out = references ? unknownReferences(en.blocks, en.file, references) : [];
  if (!zh || en.errors.length || zh.errors.length) return out;
  if (references) out.push(...unknownReferences(zh.blocks, zh.file, references));
  for (const { en: e, zh: z } of matchedPairs(align(en.blocks, zh.blocks, pair.record))) {
    // A block still in English is a placeholder (status: missing), not a citation error.
    if (normalizeSource(e.source) === normalizeSource(z.source)) continue;
    out.push(...compare(e, z, zh.file, 'citations'), ...compare(e, z, zh.file, 'figures'));
  }
  return out;
}
