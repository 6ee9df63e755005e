/**
 * Where each work is cited: the citation markers of an article in reading order, so that every
 * marker gets its own anchor and the reference list can link back to each of them.
 */

export interface CitedSection {
  /** The section's anchor id. */
  slug: string;
  /** The reference ids the section cites, in document order, repeats included. */
  citations: readonly string[];
}

export interface Citation {
  /** Anchor id of this marker in the page (see `citationAnchor`). */
  anchor: string;
  /** 1 for the first time the work is cited, 2 for the second… */
  occurrence: number;
  /** Slug of the section the marker is in. */
  slug: string;
  /** 1-based position of that section in the article, as in "§3". */
  section: number;
}

/** The anchor id of the `occurrence`-th marker citing `referenceId`; one home for the scheme that Cite and References share. */
export function citationAnchor(referenceId: string, occurrence: number): string {
  return `cite-${referenceId}-${occurrence}`;
}

/** Every citation of each work, in reading order. */
export function citationsByReference(sections: readonly CitedSection[]): Map<string, Citation[]> {
  const byReference = new Map<string, Citation[]>();
  sections.forEach(({ slug, citations }, index) => {
    for (const referenceId of citations) {
      const list = byReference.get(referenceId) ?? [];
      const occurrence = list.length + 1;
      list.push({ anchor: citationAnchor(referenceId, occurrence), occurrence, slug, section: index + 1 });
      byReference.set(referenceId, list);
    }
  });
  return byReference;
}

/**
 * Counts the markers citing each work while a page renders, so the n-th marker of a work gets the
 * n-th anchor the reference list links back to. Keyed by the page's render (its request), so each
 * page, and each re-render in development, counts from 1.
 */
const counts = new WeakMap<object, Map<string, number>>();

/** 1 the first time `referenceId` is cited in this render, 2 the second time… */
export function nextCitation(render: object, referenceId: string): number {
  const byReference = counts.get(render) ?? new Map<string, number>();
  counts.set(render, byReference);
  const next = (byReference.get(referenceId) ?? 0) + 1;
  byReference.set(referenceId, next);
  return next;
}
