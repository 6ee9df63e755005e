import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryStatus, sourceFingerprint } from '../../src/lib/translation/entries.ts';
import { stampYaml } from '../../src/lib/translation/entry-files.ts';
import { fingerprint } from '../../src/lib/translation/fingerprint.ts';
import { projectStatus } from '../../src/lib/translation/project.ts';
import { loadProject } from '../../src/node/translation-project.ts';
import { fixture, runCli, tempCopy } from './helpers.ts';

const statuses = (root: string) => {
  const status = projectStatus(loadProject(root))['zh-cn']!;
  return {
    timeline: Object.fromEntries(status.timeline.entries.map((e) => [e.id, e.status])),
    glossary: Object.fromEntries(status.glossary.entries.map((e) => [e.id, e.status])),
  };
};

describe('fingerprint', () => {
  it('is 16 hex digits, ignores re-wrapping and changes with a word', () => {
    expect(fingerprint('one  two\nthree')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('one  two\nthree')).toBe(fingerprint('one two three'));
    expect(fingerprint('one two three')).not.toBe(fingerprint('one two four'));
  });
});

describe('timeline entries and glossary terms', () => {
  it('are translated, outdated, missing or unrecorded from the file alone', () => {
    expect(statuses(fixture('entries'))).toEqual({
      timeline: { '2001-translated': 'translated', '2002-outdated': 'outdated', '2003-missing': 'missing', '2004-unrecorded': 'unrecorded' },
      glossary: { kernel: 'translated', shader: 'missing' },
    });
  });

  it('count as missing while any text lacks the translation, whatever the stamp says', () => {
    const texts = [{ en: 'Title', 'zh-cn': '标题' }, { en: 'Body' }];
    expect(entryStatus(texts, { 'zh-cn': { source: sourceFingerprint(texts) } }, 'zh-cn')).toBe('missing');
  });

  it('stamp a YAML file without touching what is already written', () => {
    const text = "# kept comment\ntitle:\n  en: >-\n    A long title\n    over two lines\n  zh-cn: '标题'\n";
    expect(stampYaml(text, 'zh-cn', '0123456789abcdef')).toBe(`${text}translations:\n  zh-cn:\n    source: 0123456789abcdef\n`);
  });

  it('replace an existing stamp in place, keeping what follows', () => {
    const text = "title:\n  en: A\ntranslations:\n  zh-cn:\n    source: 0000000000000000\nnote: kept\n";
    expect(stampYaml(text, 'zh-cn', '0123456789abcdef')).toBe("title:\n  en: A\ntranslations:\n  zh-cn:\n    source: 0123456789abcdef\nnote: kept\n");
  });

  it('become translated on accept, and outdated again when the English changes', () => {
    const dir = tempCopy('entries');
    expect(runCli(dir, 'accept', 'timeline', '2002-outdated').stdout).toBe('content/timeline/2002-outdated.yaml: recorded as translated from the current English\n');
    expect(runCli(dir, 'accept', 'content/timeline/2004-unrecorded.yaml').code).toBe(0);
    expect(statuses(dir).timeline).toMatchObject({ '2002-outdated': 'translated', '2004-unrecorded': 'translated' });

    const file = join(dir, 'content/timeline/2002-outdated.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('and the English changed since', 'and changed again'));
    expect(statuses(dir).timeline['2002-outdated']).toBe('outdated');
  });

  it('are not accepted while a text is missing', () => {
    const dir = tempCopy('entries');
    const r = runCli(dir, 'accept', 'glossary');
    expect(r.stdout).toContain('content/glossary/shader.yaml: not accepted, some of its text has no translation yet (missing)');
    expect(r.stdout).toContain('0 file(s) accepted, 1 still missing a translation');
    expect(statuses(dir).glossary.shader).toBe('missing');
  });
});
