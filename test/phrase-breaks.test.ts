import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { phrasedElement, phrases, withPhraseBreaks } from '../src/lib/phrase-breaks.ts';
import { el, text } from '../src/lib/hast.ts';

describe('phrase breaks for Chinese titles', () => {
  it('cuts the site title between words, never inside 学习, and keeps GPU whole', () => {
    expect(phrases('为什么深度学习需要 GPU', 'zh-cn')).toEqual(['为什么', '深度', '学习', '需要', ' GPU']);
  });

  it('leaves English text in one piece', () => {
    expect(phrases('Why deep learning needs GPUs', 'en')).toEqual(['Why deep learning needs GPUs']);
    expect(phrases('Tensor Cores and HBM', 'zh-cn')).toEqual(['Tensor Cores and HBM']);
  });

  it('puts a <wbr> between phrases inside nested inline elements but not inside code', () => {
    const children = withPhraseBreaks([el('em', {}, [text('深度学习')]), el('code', {}, [text('矩阵乘法')])], 'zh-cn');
    expect(children).toEqual([el('em', {}, [text('深度'), el('wbr', {}, []), text('学习')]), el('code', {}, [text('矩阵乘法')])]);
  });

  it('marks the heading with the class that keeps words whole, next to its own classes', () => {
    const heading: Element = el('h3', { id: 'x', className: ['note'] }, [text('深度学习')]);
    const phrased = phrasedElement(heading, 'zh-cn');
    expect(phrased.properties).toEqual({ id: 'x', className: ['note', 'phrased'] });
    expect(phrased.children).toHaveLength(3);
  });
});
