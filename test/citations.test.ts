import { describe, expect, it } from 'vitest';
import { citationAnchor, citationsByReference, nextCitation } from '../src/lib/citations.ts';

describe('citationsByReference', () => {
  const cited = citationsByReference([
    { slug: 'myth', citations: ['lecun1998', 'krizhevsky2012'] },
    { slug: 'matmul', citations: [] },
    { slug: 'history', citations: ['krizhevsky2012', 'krizhevsky2012'] },
  ]);

  it('lists every time a work is cited, with its section number and its own anchor', () => {
    expect(cited.get('krizhevsky2012')).toEqual([
      { anchor: 'cite-krizhevsky2012-1', occurrence: 1, slug: 'myth', section: 1 },
      { anchor: 'cite-krizhevsky2012-2', occurrence: 2, slug: 'history', section: 3 },
      { anchor: 'cite-krizhevsky2012-3', occurrence: 3, slug: 'history', section: 3 },
    ]);
    expect(cited.get('lecun1998')).toHaveLength(1);
  });

  it('gives the n-th marker of a work the anchor citationAnchor names', () => {
    expect(citationAnchor('lecun1998', 1)).toBe(cited.get('lecun1998')?.[0]?.anchor);
  });
});

describe('nextCitation', () => {
  it('counts each work from 1 within one render, and afresh in the next', () => {
    const page = {};
    expect([nextCitation(page, 'a'), nextCitation(page, 'b'), nextCitation(page, 'a')]).toEqual([1, 1, 2]);
    expect(nextCitation({}, 'a')).toBe(1);
  });
});
