import { describe, expect, it } from 'vitest';
import { excerptParts, pageHits, type PagefindPage, type PagefindSubResult } from '../src/lib/search.ts';

const sub = (title: string, url: string, scores: number[], excerpt = title): PagefindSubResult => ({
  title,
  url,
  excerpt,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

const page = (subResults: PagefindSubResult[]): PagefindPage => ({
  url: '/zh-cn/',
  excerpt: '整页<mark>显存</mark>',
  meta: { title: '为什么深度学习需要 GPU' },
  sub_results: subResults,
});

describe('excerptParts', () => {
  it('splits an excerpt into plain text and the words Pagefind marked', () => {
    expect(excerptParts('先算<mark>显存</mark>，再谈速度')).toEqual([
      { text: '先算', marked: false },
      { text: '显存', marked: true },
      { text: '，再谈速度', marked: false },
    ]);
  });

  it('unescapes the page text, so an escaped tag reads as text and never becomes markup', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;<mark>Tensor</mark>&#39;s &#x4E2D;')).toEqual([
      { text: '<img src=x onerror=alert(1)> & "', marked: false },
      { text: 'Tensor', marked: true },
      { text: "'s 中", marked: false },
    ]);
  });

  it('keeps any tag other than <mark> as visible text', () => {
    expect(excerptParts('<b>bold</b>')).toEqual([{ text: '<b>bold</b>', marked: false }]);
  });

  it('drops the zero-width spaces of Chinese word segmentation and joins the marked pieces of a word', () => {
    expect(excerptParts('先\u200b算\u200b<mark>显</mark>\u200b<mark>存</mark>\u200b，')).toEqual([
      { text: '先算', marked: false },
      { text: '显存', marked: true },
      { text: '，', marked: false },
    ]);
  });
});

describe('pageHits', () => {
  it('lists a page’s best-scoring sections first, at most the limit', () => {
    const hits = pageHits(
      page([
        sub('为什么深度学习需要 GPU', '/zh-cn/', [1]),
        sub('规则一：先算显存，再谈速度', '/zh-cn/#rule-1-count-memory-before-speed', [3, 2]),
        sub('CPU 把晶体管花在哪里', '/zh-cn/#what-a-cpu-spends-its-transistors-on', [2]),
      ]),
      2,
    );
    expect(hits.map((hit) => [hit.section, hit.url])).toEqual([
      ['规则一：先算显存，再谈速度', '/zh-cn/#rule-1-count-memory-before-speed'],
      ['CPU 把晶体管花在哪里', '/zh-cn/#what-a-cpu-spends-its-transistors-on'],
    ]);
  });

  it('names the page alone for its text before the first heading', () => {
    const [hit] = pageHits(page([sub('为什么深度学习需要 GPU', '/zh-cn/', [1])]));
    expect(hit).toMatchObject({ page: '为什么深度学习需要 GPU', section: undefined, url: '/zh-cn/' });
  });

  it('links the page itself, with its excerpt, when it has no sections', () => {
    expect(pageHits(page([]))).toEqual([
      { page: '为什么深度学习需要 GPU', section: undefined, url: '/zh-cn/', excerpt: [{ text: '整页', marked: false }, { text: '显存', marked: true }] },
    ]);
  });
});
