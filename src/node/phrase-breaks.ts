import type { HastPluginEntry } from 'satteri';
import { phrasedElement, needsPhraseBreaks } from '../lib/phrase-breaks.ts';
import { articleFileAt } from './article-file.ts';

/**
 * Puts phrase breaks into the headings of article sections written in a language that needs them
 * (src/lib/phrase-breaks.ts), so a Chinese heading wraps between words only.
 */
export function phraseBreaks(): HastPluginEntry {
  return (factoryCtx) => {
    const at = articleFileAt(factoryCtx.fileURL);
    if (!at || !needsPhraseBreaks(at.locale)) return null;
    const { locale } = at;
    return {
      name: 'phrase-breaks',
      element: {
        filter: ['h1', 'h2', 'h3'],
        visit(node, ctx) {
          // English text (a block not translated yet) has no Han to break between and passes through.
          ctx.replaceNode(node, phrasedElement(node, locale));
        },
      },
    };
  };
}
