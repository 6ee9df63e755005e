/**
 * `npm run i18n` answers in the translator's language: Chinese for a file under zh-cn/, for a
 * Chinese LANG or LC_ALL, or with --lang zh-cn; English otherwise. One message of each kind
 * (usage error, diagnostic, status table and words, summary, diff, accept) in each language.
 */
import { describe, expect, it } from 'vitest';
import { cliLanguage } from '../../src/node/i18n-cli.ts';
import { fixture, runCli, runCliIn, tempCopy } from './helpers.ts';

describe('the language npm run i18n answers in', () => {
  it.each([
    [{}, 'en'],
    [{ env: { LANG: 'zh_CN.UTF-8' } }, 'zh-cn'],
    [{ env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' } }, 'en'],
    [{ env: { LC_ALL: 'zh_TW' } }, 'zh-cn'],
    [{ file: 'content/article/zh-cn/03-matmul.mdx' }, 'zh-cn'],
    [{ file: 'content/article/en/03-matmul.mdx', env: { LANG: 'en_US' } }, 'en'],
    [{ lang: 'en', file: 'content/article/zh-cn/03-matmul.mdx' }, 'en'],
    [{ lang: 'zh-cn' }, 'zh-cn'],
  ])('%j → %s', (options, locale) => {
    expect(cliLanguage(options)).toBe(locale);
  });
});

describe('npm run i18n in Chinese', () => {
  const zh = { LANG: 'zh_CN.UTF-8' };

  it('refuses bad arguments in Chinese, with the Chinese usage', () => {
    const r = runCliIn(zh, fixture('status'), 'translate');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('i18n: 没有“translate”这个命令');
    expect(r.stderr).toContain('用法：npm run i18n -- <命令>');
    expect(runCliIn(zh, fixture('status'), 'status', '--colour').stderr.split('\n')[0]).toBe('i18n: 没有 --colour 这个选项');
    expect(runCliIn(zh, fixture('status'), 'accept', '01-basics', '--block').stderr.split('\n')[0]).toBe('i18n: --block 后面需要一个值');
  });

  it('prints diagnostics, hints and the summary in Chinese', () => {
    const r = runCli(fixture('check-glossary'), 'check', '--lang', 'zh-cn');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('content/article/zh-cn/01-terms.mdx:8:1: 错误 [glossary] 术语“forward pass”（英文第 2 块，第 8 行）应译作“前向传播”，但这一块里没有\n  提示：请用“前向传播”');
    expect(r.stdout).toMatch(/\d+ 个错误，\d+ 个警告。zh-cn：已过时 \d+ 块/);
  });

  it('names the status columns and states with the status page’s words', () => {
    const r = runCliIn(zh, fixture('entries'), 'status');
    expect(r.stdout.split('\n')[0]).toMatch(/^zh-cn\s+块数\s+已翻译\s+已过时\s+未翻译\s+保留英文\s+未登记\s+英文词数\s+进度$/);
    expect(r.stdout).toContain('时间线条目：共 4 条，已翻译 1，已过时 1，未翻译 1，未登记 1');
    expect(r.stdout).toContain('  已过时  content/timeline/2002-outdated.yaml  (The second event)');
    expect(r.stdout).toContain('已翻译 = 译完且是最新的');
  });

  it('answers in Chinese when the file is under zh-cn/, for diff and accept', () => {
    expect(runCli(fixture('status'), 'diff', 'content/article/zh-cn/01-basics.mdx').stdout).toContain(
      '--- 第 3 块：content/article/zh-cn/01-basics.mdx:10 译自 content/article/en/01-basics.mdx:10',
    );
    expect(runCli(tempCopy('status'), 'accept', 'content/article/zh-cn/01-basics.mdx', '--block', '3', '--unchanged').stdout).toContain('content/article/zh-cn/01-basics.i18n.json：已登记第 3 块');
  });
});

describe('npm run i18n in English', () => {
  it('prints diagnostics, the status table and the summary in English', () => {
    const check = runCliIn({ LANG: 'en_GB.UTF-8' }, fixture('check-glossary'), 'check');
    expect(check.stdout).toContain('error [glossary] glossary term "forward pass" (English block 2, line 8) should be rendered as "前向传播"');
    expect(check.stdout).toMatch(/\d+ error\(s\), \d+ warning\(s\)\. zh-cn: \d+ outdated/);
    const status = runCli(fixture('entries'), 'status');
    expect(status.stdout.split('\n')[0]).toMatch(/^zh-cn\s+Blocks\s+Translated\s+Outdated\s+Missing\s+Kept in English\s+Unrecorded\s+English words\s+Progress$/);
    expect(status.stdout).toContain('Glossary terms: 2 — 1 translated, 0 outdated, 1 missing, 0 unrecorded');
    expect(status.stdout).toContain('  Missing  content/glossary/shader.yaml  (shader)');
  });

  it('answers in English for the English file, whatever the translation locale', () => {
    expect(runCli(fixture('status'), 'diff', 'content/article/en/01-basics.mdx').stdout).toContain('--- block 3: content/article/zh-cn/01-basics.mdx:10 translates');
  });

  it('refuses an unknown --lang', () => {
    const r = runCli(fixture('status'), 'status', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('i18n: --lang must be one of en, zh-cn, got "fr"');
  });
});
