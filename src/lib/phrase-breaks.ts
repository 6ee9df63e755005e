/**
 * Where a Chinese heading may wrap. Browsers break Chinese between any two characters (and
 * Chromium's `word-break: auto-phrase` segments only Japanese), so a title can split inside a
 * word ("深度学 / 习"). BudouX's zh-hans model finds the phrases at build time; the markup puts a
 * `<wbr>` between them and the `.phrased` rule in global.css (`word-break: keep-all`) forbids
 * every other break.
 */
import type { Element, ElementContent } from 'hast';
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import type { Locale } from '../i18n/locales.ts';
import { el, text } from './hast.ts';

/** The locales whose script needs phrase breaks, each with its BudouX model. */
const parsers: Partial<Record<Locale, ReturnType<typeof loadDefaultSimplifiedChineseParser>>> = {
  'zh-cn': loadDefaultSimplifiedChineseParser(),
};

/** The class that turns off breaks between characters, for elements carrying phrase breaks. */
export const phrasedClass = 'phrased';

export function needsPhraseBreaks(locale: Locale): boolean {
  return parsers[locale] !== undefined;
}

const han = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The text cut into phrases. BudouX also cuts inside Latin runs ("G" + "PU"); those breaks are
 * dropped, so only a boundary touching a Han character or CJK punctuation remains.
 */
export function phrases(value: string, locale: Locale): string[] {
  const parser = parsers[locale];
  if (!parser) return [value];
  const merged: string[] = [];
  for (const piece of parser.parse(value)) {
    const previous = merged.at(-1);
    if (previous !== undefined && !han.test(previous.at(-1) ?? '') && !han.test(piece[0] ?? '')) merged[merged.length - 1] = previous + piece;
    else merged.push(piece);
  }
  return merged;
}

/** Elements whose text is not prose: left as written. */
const verbatim = new Set(['code', 'kbd', 'pre', 'script', 'style']);

/** Hast children with a `<wbr>` between the phrases of every text node. */
export function withPhraseBreaks(children: readonly ElementContent[], locale: Locale): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'text') return phrases(child.value, locale).flatMap((phrase, index) => (index ? [el('wbr', {}, []), text(phrase)] : [text(phrase)]));
    if (child.type === 'element' && !verbatim.has(child.tagName)) return [{ ...child, children: withPhraseBreaks(child.children, locale) }];
    return [child];
  });
}

/** A heading with phrase breaks and the class that keeps its words whole. */
export function phrasedElement(node: Element, locale: Locale): Element {
  const existing = node.properties.className;
  const className = [...(Array.isArray(existing) ? existing : existing ? [String(existing)] : []), phrasedClass];
  return { ...node, properties: { ...node.properties, className }, children: withPhraseBreaks(node.children, locale) };
}
