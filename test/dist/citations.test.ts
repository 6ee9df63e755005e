import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, elementsOf } from '../../src/node/built-html.ts';
import { localeCodes, urlForLocale } from '../../src/i18n/locales.ts';
import { strings as siteStrings } from '../../src/i18n/strings/site.ts';
import { translator } from '../../src/i18n/translate.ts';
import { citationAnchor } from '../../src/lib/citations.ts';


const dir = process.env.DIST_DIR ?? 'dist';

/** The page's citation markers in document order, each with the number of the section it is in, and its back-links. */
function citationsOf(html: string) {
  const markers: { id: string; work: string; section: number }[] = [];
  const backLinks = new Map<string, string>();
  let section = 0;
  for (const node of elementsOf(parse(html))) {
    if (attribute(node, 'data-section') !== undefined) section += 1;
    const work = attribute(node, 'data-cite');
    if (node.tagName === 'a' && work) markers.push({ id: attribute(node, 'id') ?? '', work, section });
    if (attribute(node, 'class') === 'references__back') backLinks.set(attribute(node, 'href') ?? '', attribute(node, 'aria-label') ?? '');
  }
  return { markers, backLinks };
}

describe.each(localeCodes)('the %s article', (locale) => {
  const t = translator(siteStrings, locale);
  const { markers, backLinks } = citationsOf(readFileSync(join(dir, urlForLocale(locale, '/'), 'index.html'), 'utf8'));

  it('links back from its references to every citation, naming the section it is in', () => {
    expect(markers.length).toBeGreaterThan(10);
    const seen = new Map<string, number>();
    for (const { id, work, section } of markers) {
      const occurrence = (seen.get(work) ?? 0) + 1;
      seen.set(work, occurrence);
      expect(id, `the ${occurrence}. citation of ${work}`).toBe(citationAnchor(work, occurrence));
      expect(backLinks.get(`#${id}`), `back-link to #${id}`).toBe(t('references.backLinkLabel', { occurrence, section }));
    }
    expect(backLinks.size).toBe(markers.length);
  });
});
