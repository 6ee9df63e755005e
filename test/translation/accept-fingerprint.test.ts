/** `accept` knows whether the translation changed since it was last accepted, and accepts a whole file only when asked. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempCopy } from './helpers.ts';

// In the status fixture, block 3 of 01-basics is outdated: its English changed, its Chinese did not.
const zh = 'content/article/zh-cn/01-basics.mdx';
const record = 'content/article/zh-cn/01-basics.i18n.json';

describe('accept', () => {
  it('refuses a block whose English changed while its translation did not, in both languages', () => {
    const dir = tempCopy('status');
    const before = readFileSync(join(dir, record), 'utf8');
    const en = runCli(dir, 'accept', '01-basics', '--block', '3', '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/the English of block 3 changed since it was accepted, but its translation \(line \d+\) did not; .*--unchanged/);
    expect(runCli(dir, 'accept', '01-basics', '--block', '3', '--lang', 'zh-cn').stderr).toMatch(/第 3 块的英文在上次登记之后改过，但译文（第 \d+ 行）没有改/);
    expect(readFileSync(join(dir, record), 'utf8')).toBe(before);
  });

  it('records --unchanged on the entry, and status shows it', () => {
    const dir = tempCopy('status');
    expect(runCli(dir, 'accept', '01-basics', '--block', '3', '--unchanged').code).toBe(0);
    const entry = (JSON.parse(readFileSync(join(dir, record), 'utf8')) as { blocks: { block: number; unchanged?: boolean }[] }).blocks.find((e) => e.block === 3);
    expect(entry?.unchanged).toBe(true);
    const status = JSON.parse(runCli(dir, 'status', '--json').stdout) as { locales: Record<string, { sections: { section: string; blocks: { index: number; status: string; unchanged?: boolean }[] }[] }> };
    const block = status.locales['zh-cn']!.sections.find((s) => s.section === '01-basics')!.blocks.find((b) => b.index === 3);
    expect(block).toMatchObject({ status: 'translated', unchanged: true });
    expect(runCli(dir, 'status', '--lang', 'en').stdout).toContain(`${zh}: block 3 was accepted with --unchanged on 2026-11-26`);
    expect(runCli(dir, 'status', '--lang', 'zh-cn').stdout).toContain(`${zh}：第 3 块在 2026-11-26 用 --unchanged 登记`);
  });

  it('accepts an updated translation without --unchanged', () => {
    const dir = tempCopy('status');
    const text = readFileSync(join(dir, zh), 'utf8');
    writeFileSync(join(dir, zh), text.replace(/^(训练.*)$/m, '$1（已更新）'));
    const r = runCli(dir, 'accept', '01-basics', '--block', '3');
    expect(r.stdout).toMatch(/block 3 \(zh line \d+\): outdated, translation updated/);
  });

  it('without --block only lists what it would accept and writes nothing until --all', () => {
    const dir = tempCopy('status');
    const text = readFileSync(join(dir, zh), 'utf8');
    writeFileSync(join(dir, zh), text.replace(/^(训练.*)$/m, '$1（已更新）'));
    const before = readFileSync(join(dir, record), 'utf8');
    const listed = runCli(dir, 'accept', '01-basics');
    expect(listed.code).toBe(1);
    expect(listed.stdout).toMatch(/would accept 1 block\(s\)\n {2}block 3 \(zh line \d+\): outdated, translation updated/);
    expect(listed.stderr).toMatch(/nothing written: run again with --all/);
    expect(readFileSync(join(dir, record), 'utf8')).toBe(before);
    expect(runCli(dir, 'accept', '01-basics', '--all').code).toBe(0);
    expect(readFileSync(join(dir, record), 'utf8')).not.toBe(before);
  });
});

describe('migrate', () => {
  it('gives entries written before fingerprints the fingerprint of their block, once; check asks for it until then', () => {
    const dir = tempCopy('status');
    const migrated = readFileSync(join(dir, record), 'utf8');
    writeFileSync(join(dir, record), migrated.replace(/\n\s*"zh": "[0-9a-f]+",/g, ''));
    const check = runCli(dir, 'check', '--lang', 'en');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${record}:1:1: error [record] the record entry for block 0 has no \`zh\` fingerprint of the accepted translation`);
    expect(runCli(dir, 'accept', '01-basics', '--block', '2').stderr).toContain('run `npm run i18n -- migrate` first');

    expect(runCli(dir, 'migrate').stdout).toBe(`${record}: added the \`zh\` fingerprint to 5 entries\n`);
    expect(readFileSync(join(dir, record), 'utf8')).toBe(migrated);
    expect(runCli(dir, 'migrate', '--lang', 'zh-cn').stdout).toBe('所有记录都已有指纹\n');
    expect(runCli(dir, 'check').code).toBe(0);
  });
});
