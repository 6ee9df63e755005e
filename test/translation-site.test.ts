import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChange, translationRoot, translationStatus } from '../src/lib/translation-site.ts';

const fixtureRoot = resolve('test/fixtures');

describe('site translation status', () => {
  it('is the `locales` object of `npm run i18n -- status --json`', () => {
    const cli = JSON.parse(execFileSync(process.execPath, [resolve('scripts/i18n.ts'), 'status', '--json'], { cwd: fixtureRoot, encoding: 'utf8' })) as { locales: unknown };
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
