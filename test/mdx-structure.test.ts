import { describe, expect, it } from 'vitest';
import { mdxBody } from '../src/lib/mdx.ts';
import { componentAttributeValues, numberByFirstAppearance } from '../src/lib/mdx-components-used.ts';
import { headingIds, parseSection } from '../src/lib/translation/blocks.ts';

const headingSlugs = (source: string) => headingIds(parseSection('section.mdx', source));

const section = `---
title: Matrix multiplication
order: 3
description: A fixture.
---

Intro with <Cite id="b" /> and <Cite id="a" />.

### Why it's a *matrix* product

<Figure name="matmul-cell" alt="x">Caption <Cite id="b" /></Figure>

### Why it's a *matrix* product
`;

describe('headingSlugs', () => {
  it('slugs headings as GitHub does and deduplicates repeats', () => {
    expect(headingSlugs(section)).toEqual(['why-its-a-matrix-product', 'why-its-a-matrix-product-1']);
  });
  it('ignores a heading-like line inside frontmatter', () => {
    expect(headingSlugs('---\ntitle: x\norder: 1\ndescription: y\n# not a heading: y\n---\n\n### Real\n')).toEqual(['real']);
  });
});

describe('mdxBody', () => {
  it('blanks the frontmatter but keeps its lines, so positions match the file', () => {
    expect(mdxBody('---\na: 1\n---\nbody')).toBe('\n\n\nbody');
  });
  it('leaves a file without frontmatter as it is', () => {
    expect(mdxBody('body\n')).toBe('body\n');
  });
});

describe('componentAttributeValues', () => {
  it('lists citation ids in document order, including those inside other components', () => {
    expect(componentAttributeValues(section, 'Cite', 'id')).toEqual(['b', 'a', 'b']);
  });
  it('lists figure names', () => {
    expect(componentAttributeValues(section, 'Figure', 'name')).toEqual(['matmul-cell']);
  });
});

describe('numberByFirstAppearance', () => {
  it('numbers each value once, by first appearance', () => {
    expect([...numberByFirstAppearance(['b', 'a', 'b', 'c'])]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });
});
