import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/translation/checks/index.ts';
import { loadProject } from '../../src/node/translation-project.ts';
import { fixture } from './helpers.ts';

/** What a reader of `check` sees for one fixture: file:line:col and message, optionally for one check only. */
function findings(name: string, check?: string) {
  return runChecks(loadProject(fixture(name)))
    .filter((d) => check === undefined || d.check === check)
    .map(({ file, line, column, message, severity }) => ({ at: `${file}:${line}:${column}`, message, severity }));
}

const zh = (file: string) => `content/article/zh-cn/${file}`;

describe('check', () => {
  it('finds nothing wrong in a correct translation with missing and outdated blocks (those are status, not errors)', () => {
    expect(findings('status')).toEqual([]);
  });

  it('reports MDX that does not parse at the unclosed tag', () => {
    expect(findings('check-mdx-parse')).toEqual([
      { at: `${zh('01-parse.mdx')}:8:1`, message: 'MDX does not parse: Expected a closing tag for `<Aside>` (8:1-8:31)', severity: 'error' },
    ]);
  });

  describe('structure', () => {
    const found = findings('check-structure', 'structure');

    it('reports a missing block where it belongs', () => {
      expect(found).toContainEqual({ at: `${zh('01-structure.mdx')}:10:1`, message: 'missing block: English block 3 (paragraph, line 10) has no counterpart before this block', severity: 'error' });
    });

    it('reports an extra block', () => {
      expect(found).toContainEqual({ at: `${zh('01-structure.mdx')}:18:1`, message: 'extra block: this paragraph has no counterpart in the English section', severity: 'error' });
    });

    it('reports a moved heading as reordered', () => {
      expect(found).toContainEqual({ at: `${zh('02-order.mdx')}:8:1`, message: 'blocks are reordered: this ### heading "标题" is block 2 here but block 1 in English (line 6)', severity: 'error' });
    });

    it('reports a heading that would get another heading’s id', () => {
      expect(found).toContainEqual({ at: `${zh('03-ids.mdx')}:8:1`, message: 'heading ids differ: this heading gets the id "#alpha", but it mirrors the English heading "Beta" (#beta)', severity: 'error' });
    });

    it('reports a component prop that must not be translated', () => {
      expect(found).toContainEqual({ at: `${zh('01-structure.mdx')}:10:1`, message: '<Aside> has kind="note", but English block 4 (line 12) has kind="tip"', severity: 'error' });
    });

    it('reports a list with a different number of items', () => {
      expect(found).toContainEqual({ at: `${zh('01-structure.mdx')}:14:1`, message: 'this list is bulleted, 3 items, but English block 6 (line 16) is bulleted, 2 items', severity: 'error' });
    });

    it('reports a different frontmatter order and a level-2 heading in the body, in both languages', () => {
      expect(found).toContainEqual({ at: `${zh('02-order.mdx')}:1:1`, message: 'frontmatter `order` is 3, but 2 in English', severity: 'error' });
      expect(found).toContainEqual({ at: 'content/article/en/02-order.mdx:10:1', message: 'a level-2 heading is not allowed in a section body', severity: 'error' });
      expect(found).toContainEqual({ at: `${zh('02-order.mdx')}:10:1`, message: 'a level-2 heading is not allowed in a section body', severity: 'error' });
    });

    it('reports a component inside a paragraph that the translation dropped', () => {
      expect(found).toContainEqual({ at: `${zh('04-inline.mdx')}:6:1`, message: 'components inside this block differ from English block 1 (line 6): missing <Derived>', severity: 'error' });
    });

    it('reports nothing else', () => {
      expect(found).toHaveLength(11);
    });
  });

  it('reports broken anchors and relative links, and warns about links into the other language', () => {
    expect(findings('check-links')).toEqual([
      { at: `${zh('01-links.mdx')}:8:3`, message: 'link to "#where-time-goes", but the article has no section or heading with that id', severity: 'error' },
      { at: `${zh('01-links.mdx')}:8:28`, message: 'link "/#links" leads to the en article from a zh-cn page', severity: 'warning' },
      { at: `${zh('01-links.mdx')}:8:44`, message: 'relative link "glossary" depends on the page it is rendered on', severity: 'error' },
    ]);
  });

  it('reports citations and figures that differ from the English block, and unknown reference ids', () => {
    expect(findings('check-citations-figures')).toEqual([
      { at: `${zh('01-cites.mdx')}:6:46`, message: '<Cite id="krizhevsky2013" /> does not match any file in content/references/', severity: 'error' },
      { at: `${zh('01-cites.mdx')}:6:46`, message: 'citations differ from English block 1 (line 6): missing <Cite id="krizhevsky2012" />; extra <Cite id="krizhevsky2013" />', severity: 'error' },
      { at: `${zh('01-cites.mdx')}:8:1`, message: 'figures differ from English block 2 (line 8): missing <Figure name="matmul-cell" />; extra <Figure name="layer-passes" />', severity: 'error' },
    ]);
  });

  it('reports a glossary term not rendered with the glossary’s Chinese term (plural English counts; a gloss in parentheses is optional)', () => {
    expect(findings('check-glossary')).toEqual([
      { at: `${zh('01-terms.mdx')}:8:1`, message: 'glossary term "forward pass" (English block 2, line 8) should be rendered as "前向传播", which this block does not contain', severity: 'error' },
    ]);
  });

  it('reports AutoCorrect house-style violations with the corrected text', () => {
    expect(findings('check-house-style')).toEqual([
      { at: `${zh('01-style.mdx')}:6:1`, message: 'house style: "在GPU上训练更快,因为它有很多核心。" should be "在 GPU 上训练更快，因为它有很多核心。"', severity: 'error' },
    ]);
  });

  it('reports a record entry for a block that does not exist', () => {
    expect(findings('check-record')).toEqual([
      { at: `${zh('01-record.i18n.json')}:1:1`, message: 'the record has an entry for block 7, but content/article/zh-cn/01-record.mdx has only 2 blocks (0–1)', severity: 'error' },
    ]);
  });
});
