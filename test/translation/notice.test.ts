import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { blockMarks, blockNotice, noticeElement } from '../../src/lib/translation/notice.ts';
import type { BlockState } from '../../src/lib/translation/status.ts';

const outdated: BlockState = {
  index: 2,
  kind: 'paragraph',
  status: 'outdated',
  words: 4,
  enLine: 8,
  then: 'Use <b>hundreds</b> of cores.',
  now: 'Use <b>thousands</b> of cores.',
};

describe('translation notices', () => {
  it('show an outdated block the word diff of its English source, escaped, with a link to the translation', () => {
    const html = toHtml(noticeElement({ kind: 'outdated', locale: 'zh-cn', block: outdated, href: 'https://example.org/blob/main/content/article/zh-cn/03-gamma.mdx' }));
    expect(html).toContain('<details class="block-note block-note--outdated" data-block-note="2">');
    expect(html).toContain('<del>hundreds</del><ins>thousands</ins>');
    expect(html).toContain('Use &#x3C;b>');
    expect(html).not.toContain('<b>');
    expect(html).toMatch(/<pre class="word-diff" lang="en">/);
    expect(html).toMatch(/href="[^"]*\/content\/article\/zh-cn\/03-gamma\.mdx"/);
  });

  it('mark a missing block, and a whole section shown in English, in the reader’s language', () => {
    expect(toHtml(noticeElement({ kind: 'missing', locale: 'zh-cn', block: 3 }))).toMatch(/^<p class="block-note block-note--missing" data-block-note="3">这一段还没有翻译/);
    const fallback = toHtml(noticeElement({ kind: 'fallback', locale: 'zh-cn', href: 'https://example.org/blob/main/CONTRIBUTING.zh-cn.md' }));
    expect(fallback).toMatch(/^<p class="fallback-notice" data-fallback-notice="">这一节还没有翻译/);
    expect(fallback).toContain('<a href="https://example.org/blob/main/CONTRIBUTING.zh-cn.md">参与翻译</a>');
  });

  it('are given to missing and outdated blocks only', () => {
    const state = (status: BlockState['status']): BlockState => ({ ...outdated, status });
    expect(blockNotice(state('outdated'), 'zh-cn', 'x.mdx')?.kind).toBe('outdated');
    expect(blockNotice(state('missing'), 'zh-cn', 'x.mdx')).toEqual({ kind: 'missing', locale: 'zh-cn', block: 2 });
    for (const status of ['translated', 'kept-english', 'unrecorded'] as const) expect(blockNotice(state(status), 'zh-cn', 'x.mdx')).toBeUndefined();
  });
});

describe('block marks', () => {
  const state = (status: BlockState['status']): BlockState => ({ ...outdated, status });
  it('show readers missing, outdated and kept-English blocks, and which are in English', () => {
    expect(blockMarks(state('missing'))).toEqual({ status: 'missing', english: true });
    expect(blockMarks(state('kept-english'))).toEqual({ status: 'kept-english', english: true });
    expect(blockMarks(state('outdated'))).toEqual({ status: 'outdated', english: false });
  });
  it('leave translated and unrecorded blocks, and blocks without status, unmarked', () => {
    for (const status of ['translated', 'unrecorded'] as const) expect(blockMarks(state(status))).toEqual({ english: false });
    expect(blockMarks(undefined)).toEqual({ english: false });
  });
});
