import { describe, expect, it } from 'vitest';
import { translatedHeadingIds } from '../../src/lib/translation/align.ts';
import { runChecks } from '../../src/lib/translation/checks/index.ts';
import { loadProject } from '../../src/node/translation-project.ts';
import { fixture } from './helpers.ts';

/** What a reader of `check` sees for one fixture: file:line:col and the English message, optionally for one check only. */
function findings(name: string, check?: string) {
  return runChecks(loadProject(fixture(name)))
    .filter((d) => check === undefined || d.check === check)
    .map(({ file, line, column, message, severity }) => ({ at: `${file}:${line}:${column}`, message: message.en, severity }));
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

    it('leaves an English block without translation and without record to the status (missing), not an error', () => {
      expect(found.filter((d) => d.message.includes('English block 3 '))).toEqual([]);
    });

    it('reports a block English does not have, once', () => {
      expect(found).toContainEqual({ at: `${zh('01-structure.mdx')}:18:1`, message: 'zh line 18 holds a block that English does not have (a paragraph; split?)', severity: 'error' });
    });

    it('reports two blocks in the wrong order as one swap', () => {
      expect(found).toContainEqual({ at: `${zh('02-order.mdx')}:6:1`, message: 'zh blocks at lines 6 and 8 are in the wrong order (English blocks 1 and 2)', severity: 'error' });
    });

    it('gives a heading the id of the English heading it translates, so a heading still missing in Chinese shifts no id', () => {
      const pair = loadProject(fixture('check-structure')).pairs.find((p) => p.section === '03-ids')!;
      expect(translatedHeadingIds(pair.en.blocks, pair.zh!.blocks, pair.record)).toEqual(['beta']);
      expect(found.filter((d) => d.at.includes('03-ids'))).toEqual([]);
    });

    it('reports a component prop that must not be translated', () => {
      expect(found).toContainEqual({ at: `${zh('01-structure.mdx')}:10:1`, message: '<Aside> has kind="note", but English block 4 (en line 12) has kind="tip"', severity: 'error' });
    });

    it('reports a list with a different number of items', () => {
      expect(found).toContainEqual({ at: `${zh('01-structure.mdx')}:14:1`, message: 'this block is a bulleted list of 3 items, but English block 6 (en line 16) is a bulleted list of 2 items', severity: 'error' });
    });

    it('reports a different frontmatter order and a level-2 heading in the body, in both languages', () => {
      expect(found).toContainEqual({ at: `${zh('02-order.mdx')}:1:1`, message: 'frontmatter `order` is 3, but 2 in English', severity: 'error' });
      expect(found).toContainEqual({ at: 'content/article/en/02-order.mdx:10:1', message: 'a level-2 heading is not allowed in a section body', severity: 'error' });
      expect(found).toContainEqual({ at: `${zh('02-order.mdx')}:10:1`, message: 'a level-2 heading is not allowed in a section body', severity: 'error' });
    });

    it('reports a component inside a paragraph that the translation dropped', () => {
      expect(found).toContainEqual({ at: `${zh('04-inline.mdx')}:6:1`, message: 'components inside this block differ from English block 1 (en line 6): missing <Derived>', severity: 'error' });
    });

    it('reports nothing else', () => {
      expect(found).toHaveLength(8);
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
