import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/mdx.ts';
import { countWords, headingIds, parseSection, sectionSlug } from '../../src/lib/translation/blocks.ts';

const section = `---
title: Matrix multiplication
order: 3
description: Why training is mostly matrix multiplication.
---
### What a layer computes

A layer multiplies<Cite id="simonyan2015" /> a matrix by a vector.

<Figure name="matmul-cell" alt="One output cell">How one cell is computed<Cite id="goodfellow2016" />.</Figure>

<Aside kind="note" title="A note">Inside.</Aside>

<Demo name="matmul-lab" />

\`\`\`js
const y = W * x;
\`\`\`

- one
- two

| a | b |
| - | - |
| 1 | 2 |

> quoted

---

### What a layer computes
`;

describe('parseSection', () => {
  const parsed = parseSection('content/article/en/03-matmul.mdx', section);

  it('returns the frontmatter as block 0 and the body blocks after it, in order', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.blocks.map((b) => b.kind)).toEqual([
      'frontmatter', 'heading', 'paragraph', 'component', 'component', 'component', 'code', 'list', 'table', 'blockquote', 'thematicBreak', 'heading',
    ]);
  });

  it('keeps line numbers of the file on disk although the frontmatter is stripped', () => {
    expect(parsed.blocks.slice(1, 4).map((b) => [b.line, b.column])).toEqual([[6, 1], [8, 1], [10, 1]]);
  });

  it('gives headings their English slug, unique within the section', () => {
    expect(parsed.blocks[1]!.heading).toEqual({ depth: 3, text: 'What a layer computes', slug: 'what-a-layer-computes' });
    expect(headingIds(parsed)).toEqual(['what-a-layer-computes', 'what-a-layer-computes-1']);
  });

  it('collects the Cite ids and Figure names inside each block', () => {
    expect(parsed.blocks[2]!.cites).toEqual(['simonyan2015']);
    expect(parsed.blocks[3]!.figures).toEqual(['matmul-cell']);
    expect(parsed.blocks[3]!.cites).toEqual(['goodfellow2016']);
  });

  it('treats a one-line <Aside>…</Aside> as a component block with its props', () => {
    expect(parsed.blocks[4]!.component).toEqual({
      name: 'Aside',
      props: [
        { name: 'kind', value: 'note', text: false },
        { name: 'title', value: 'A note', text: true },
      ],
    });
  });

  it('flags code and prose-free components as needing no translation', () => {
    const flags = Object.fromEntries(parsed.blocks.map((b) => [`${b.index}:${b.kind}`, b.translatable]));
    expect(flags).toMatchObject({ '5:component': false, '6:code': false, '10:thematicBreak': false, '4:component': true, '2:paragraph': true });
  });

  it('counts prose props like alt and title as text to translate', () => {
    expect(parsed.blocks[3]!.text).toContain('One output cell');
    expect(parsed.blocks[4]!.text).toContain('A note');
  });

  it('records the shape of lists and tables', () => {
    expect(parsed.blocks[7]!.shape).toEqual({ kind: 'list', ordered: false, items: 2 });
    expect(parsed.blocks[8]!.shape).toEqual({ kind: 'table', rows: 2, columns: 2 });
  });
});

describe('parse errors', () => {
  it('points at the line of an unclosed component', () => {
    const parsed = parseSection('x.mdx', '---\ntitle: T\norder: 1\ndescription: D\n---\nText.\n\n<Aside kind="note">\nNever closed.\n');
    expect(parsed.errors.map((e) => [e.line, e.column, e.message.en])).toEqual([[8, 1, 'MDX does not parse: Expected a closing tag for `<Aside>` (8:1-8:20)']]);
  });

  it('names the frontmatter field that is missing', () => {
    const parsed = parseSection('x.mdx', '---\ntitle: T\norder: 1\n---\nText.\n');
    expect(parsed.errors[0]!.message.en).toBe('frontmatter field `description`: Invalid input: expected string, received undefined');
    expect(parsed.errors[0]!.line).toBe(2);
  });

  it('refuses a file without frontmatter, in every language', () => {
    expect(splitFrontmatter('Text.\n')).toEqual({ error: 'missing', line: 1 });
    expect(parseSection('x.mdx', 'Text.\n').errors[0]!.message).toEqual({
      en: 'the file does not start with a `---` frontmatter block',
      'zh-cn': '文件开头没有 `---` 包围的 frontmatter',
    });
  });
});

describe('helpers', () => {
  it('derives the section anchor from the file name', () => {
    expect(sectionSlug('content/article/zh-cn/02-where-compute-goes.mdx')).toBe('where-compute-goes');
  });

  it('counts words and numbers, not punctuation', () => {
    expect(countWords('About 138 million parameters — really.')).toBe(5);
  });
});
