import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectStatus } from '../../src/lib/translation/project.ts';
import { loadProject } from '../../src/node/translation-project.ts';
import { fixture, REPO, runCli, tempCopy } from './helpers.ts';

describe('node scripts/i18n.ts', () => {
  it('runs as a command, from files alone: a copy without git history and without git on PATH gives the in-process answer', () => {
    const copy = tempCopy('status');
    expect(existsSync(join(copy, '.git'))).toBe(false);
    const r = spawnSync(process.execPath, [join(REPO, 'scripts/i18n.ts'), 'status', '--json'], { cwd: copy, encoding: 'utf8', env: { PATH: '', NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(runCli(fixture('status'), 'status', '--json').stdout);
  }, 30_000);
});

describe('npm run i18n', () => {
  describe('refuses bad arguments with a usage message and exit code 2', () => {
    it.each([
      [[], 'i18n: no command given'],
      [['translate'], 'i18n: unknown command "translate"'],
      [['status', 'extra'], 'i18n: "status" takes no <file>'],
      [['diff'], 'i18n: this command needs a <file>'],
      [['check', '--json'], 'i18n: --json does not apply to "check"'],
      [['accept', '01-basics', '--block', 'two'], 'i18n: --block needs a block number (0, 1, 2 …), got "two"'],
      [['diff', '99-nothing'], 'i18n: no article section "99-nothing"; sections are: 01-basics, 02-absent'],
    ])('%j', (args, message) => {
      const r = runCli(fixture('status'), ...args);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(message);
      expect(r.stderr).toContain('usage: npm run i18n -- <command>');
    });
  });

  it('check exits 1 and prints file:line:col: message with a hint when there are errors', () => {
    const r = runCli(fixture('check-glossary'), 'check');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'content/article/zh-cn/01-terms.mdx:8:1: error [glossary] glossary term "forward pass" (English block 2, line 8) should be rendered as "前向传播", which this block does not contain\n  hint: use "前向传播"',
    );
  });

  it('check exits 0 when only status (missing, outdated) is left', () => {
    const r = runCli(fixture('status'), 'check');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 error(s), 0 warning(s). zh-cn: 1 outdated, 4 missing, 0 unrecorded blocks; timeline and glossary: 0 not translated (status, not errors)');
  });

  it('status --json gives the same numbers as the library', () => {
    const r = runCli(fixture('status'), 'status', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { locales: Record<string, { sections: unknown[] }> };
    expect(json.locales['zh-cn']!.sections).toEqual(JSON.parse(JSON.stringify(projectStatus(loadProject(fixture('status')))['zh-cn']!.sections)));
  });

  it('status prints a table with a total row', () => {
    const r = runCli(fixture('status'), 'status');
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'zh-cn                    Blocks  Translated  Outdated  Missing  Kept in English  Unrecorded  English words  Progress',
      '01-basics                     8           5         1        1                1           0             41       70%',
      '02-absent (not started)       3           0         0        3                0           0             23        0%',
      'Whole article                11           5         1        4                1           0             64       45%',
    ]);
  });

  it.each([['status', '--json'], ['check']])('%s gives the same answer in a copy without git history', (...args) => {
    for (const name of ['status', 'check-structure']) {
      const copy = tempCopy(name);
      expect(existsSync(join(copy, '.git'))).toBe(false);
      const inRepo = runCli(fixture(name), ...args);
      const outside = runCli(copy, ...args);
      expect(outside).toEqual(inRepo);
    }
  });

  it('diff shows the English then and now for each outdated block', () => {
    const r = runCli(fixture('status'), 'diff', '01-basics');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '--- block 3: content/article/zh-cn/01-basics.mdx:10 translates content/article/en/01-basics.mdx:10',
        'Training a {+neural +}network takes [-a while-]{+time+}.',
        '',
        'Once the translation is updated: npm run i18n -- accept content/article/zh-cn/01-basics.mdx --block 3',
        '',
      ].join('\n'),
    );
  });

  it('accept records a block, and an English edit makes it outdated until it is accepted again', () => {
    const dir = tempCopy('status');
    const statusOf = (block: number) => {
      const json = JSON.parse(runCli(dir, 'status', '--json').stdout) as { locales: Record<string, { sections: { section: string; blocks: { index: number; status: string }[] }[] }> };
      return json.locales['zh-cn']!.sections.find((s) => s.section === '01-basics')!.blocks.find((b) => b.index === block)!.status;
    };
    expect(statusOf(3)).toBe('outdated');
    expect(runCli(dir, 'accept', '01-basics', '--block', '3', '--unchanged').stdout).toBe(
      'content/article/zh-cn/01-basics.i18n.json: accepted block(s) 3\n  block 3 (zh line 10): outdated, translation kept (--unchanged)\n',
    );
    expect(statusOf(3)).toBe('translated');

    const en = join(dir, 'content/article/en/01-basics.mdx');
    writeFileSync(en, readFileSync(en, 'utf8').replace('takes time', 'takes hours'));
    expect(statusOf(3)).toBe('outdated');
    expect(runCli(dir, 'diff', '01-basics').stdout).toContain('Training a neural network takes [-time-]{+hours+}.');

    runCli(dir, 'accept', 'content/article/zh-cn/01-basics.mdx', '--block', '3', '--unchanged');
    expect(statusOf(3)).toBe('translated');
    const record = JSON.parse(readFileSync(join(dir, 'content/article/zh-cn/01-basics.i18n.json'), 'utf8')) as { blocks: { block: number; en: string }[] };
    expect(record.blocks.find((e) => e.block === 3)!.en).toBe('Training a neural network takes hours.');
  });

  it('accept explains why it refuses a block that is still English', () => {
    const r = runCli(tempCopy('status'), 'accept', '01-basics', '--block', '4');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('i18n accept: block 4 (line 12) is still the English text; translate it first, or pass --keep-english to keep it in English on purpose\n');
  });
});
