/**
 * The one renderer of translation notices: a section shown in English for want of a translation,
 * a block not translated yet, and a block whose English changed since it was translated (with the
 * word diff). It builds hast, so the markdown plugin inserts it into a section's tree as is and
 * TranslationNotice.astro serialises the same tree for the section title; text nodes are always
 * escaped by the serialiser, never written as HTML.
 */
import type { Element, ElementContent } from 'hast';
import { el, text } from '../hast.ts';
import { langTag, sourceLocale, type Locale } from '../../i18n/locales.ts';
import { strings as siteStrings } from '../../i18n/strings/site.ts';
import { translator } from '../../i18n/translate.ts';
import { wordDiff } from './diff.ts';
import type { EntryNotice } from './entries.ts';
import type { BlockState } from './status.ts';

export type Notice =
  /** A whole section shown in the source language because the translation file does not exist; `href` is the contributing guide. */
  | { kind: 'fallback'; locale: Locale; href: string }
  /** A block shown in the source language: not translated yet. */
  | { kind: 'missing'; locale: Locale; block: number }
  /** A translated block whose source changed since; `href` opens the translation to improve it. */
  | { kind: 'outdated'; locale: Locale; block: BlockState; href: string }
  /** A glossary term or timeline entry shown in English (`missing`) or translated from older English (`outdated`). */
  | { kind: 'entry'; locale: Locale; status: EntryNotice };

/** The contributing guide in the reader's language: a file at the repository root. */
export function contributingGuide(locale: Locale): string {
  return locale === sourceLocale ? 'CONTRIBUTING.md' : `CONTRIBUTING.${locale}.md`;
}

export function noticeElement(notice: Notice): Element {
  const t = translator(siteStrings, notice.locale);
  switch (notice.kind) {
    case 'fallback':
      return el('p', { className: ['fallback-notice'], dataFallbackNotice: '' }, [
        text(`${t('fallback.notice')} `),
        el('a', { href: notice.href }, [text(t('fallback.contribute'))]),
      ]);
    case 'missing':
      return el('p', { className: ['block-note', 'block-note--missing'], dataBlockNote: String(notice.block) }, [text(t('block.missing'))]);
    case 'entry':
      return el('p', { className: ['block-note', `block-note--${notice.status}`], dataEntryNote: notice.status }, [text(t(`entry.${notice.status}`))]);
    case 'outdated': {
      const parts = wordDiff(notice.block.then ?? '', notice.block.now).map((p): ElementContent => {
        if (p.removed) return el('del', {}, [text(p.value)]);
        if (p.added) return el('ins', {}, [text(p.value)]);
        return text(p.value);
      });
      return el('details', { className: ['block-note', 'block-note--outdated'], dataBlockNote: String(notice.block.index) }, [
        el('summary', {}, [text(`${t('block.outdated')} `), el('span', { className: ['block-note__action'] }, [text(t('block.showDiff'))])]),
        el('p', {}, [text(t('block.diffIntro'))]),
        el('pre', { className: ['word-diff'], lang: langTag(sourceLocale) }, [el('code', {}, parts)]),
        el('p', {}, [el('a', { href: notice.href }, [text(t('translate.improve'))])]),
      ]);
    }
  }
}

/**
 * How a block of a translation is marked for readers: `status` (for `data-status`) only when the
 * reader sees it differently, since `unrecorded` is a note for translators; `english` when the
 * block is shown in the source language.
 */
export function blockMarks(state: BlockState | undefined): { status?: Exclude<BlockState['status'], 'translated' | 'unrecorded'>; english: boolean } {
  const english = state?.status === 'missing' || state?.status === 'kept-english';
  return state && state.status !== 'translated' && state.status !== 'unrecorded' ? { status: state.status, english } : { english };
}

/** The notice a block of a translation needs, if any: readers see missing and outdated blocks marked. */
export function blockNotice(state: BlockState, locale: Locale, improveHref: string): Notice | undefined {
  if (state.status === 'missing') return { kind: 'missing', locale, block: state.index };
  if (state.status === 'outdated') return { kind: 'outdated', locale, block: state, href: improveHref };
  return undefined;
}
