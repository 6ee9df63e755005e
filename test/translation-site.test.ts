import { utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChange } from '../src/lib/translation/status.ts';
import { translationProject, translationRoot, translationStatus } from '../src/node/translation-project.ts';
import { runCli, tempCopy } from './translation/helpers.ts';

const fixtureRoot = resolve('test/fixtures');

describe('site translation status', () => {
  it('is the `locales` object of `npm run i18n -- status --json`', () => {
    const cli = JSON.parse(runCli(fixtureRoot, 'status', '--json').stdout) as { locales: unknown };
    expect(JSON.parse(JSON.stringify(translationStatus(fixtureRoot)))).toEqual(cli.locales);
  });

  it('sees the fixture section with an outdated, a missing and a kept-English block', () => {
    const gamma = translationStatus(fixtureRoot)['zh-cn']?.sections.find((s) => s.section === '03-gamma');
    expect(gamma?.blocks.map((b) => b.status)).toEqual(['translated', 'translated', 'outdated', 'missing', 'translated', 'kept-english']);
    expect(gamma?.lastAccepted).toBe('2026-11-22');
  });

  it('reads the project root from the content folder and the last change from the newest accept', () => {
    expect(translationRoot('test/fixtures/content')).toBe(fixtureRoot);
    expect(lastChange([{ lastAccepted: '2026-11-20' }, {}, { lastAccepted: '2026-11-22' }])).toBe('2026-11-22');
    expect(lastChange([{}])).toBeUndefined();
  });
});

describe('the shared translation project', () => {
  it('is parsed once and shared by every caller while the content is unchanged', () => {
    expect(translationProject(fixtureRoot)).toBe(translationProject(fixtureRoot));
    expect(translationStatus(fixtureRoot)).toBe(translationStatus(fixtureRoot));
  });

  it('is read again when a content file changes, as under `astro dev`', () => {
    const root = tempCopy('status');
    const before = translationProject(root);
    const file = join(root, 'content/article/zh-cn/01-basics.mdx');
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(translationProject(root)).not.toBe(before);
  });
});
