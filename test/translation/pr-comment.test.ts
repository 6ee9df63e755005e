import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, escapeMarkdown, MAX_ARTIFACT_BYTES, parsePrStatus, renderComment } from '../../src/lib/translation/pr-comment.ts';
import { fixture } from './helpers.ts';

const RUN = 'https://github.com/owner/why-gpus/actions/runs/123';
const artifact = readFileSync(`${fixture('')}/pr-status.json`, 'utf8');
const body = renderComment(parsePrStatus(artifact), RUN);
const tableRows = (text: string) => text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));

describe('the pull-request comment', () => {
  it('starts with the hidden marker the workflow finds it by, once', () => {
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body.split(COMMENT_MARKER)).toHaveLength(2);
  });

  it('has a row for each changed section and entry, and none for unchanged ones, in English and in Chinese', () => {
    const [english, chinese] = body.split('### 翻译进度');
    expect(tableRows(english!)).toEqual([
      '| Kind | Section or entry | Language | Status |',
      '| Section | 03\\-matmul | zh\\-cn | 9 of 12 blocks translated (80% of the words); 2 outdated, 1 missing, 0 unrecorded |',
      '| Section | \\|evil&lt;script&gt;alert\\(1\\)&lt;/script&gt; | zh\\-cn | no translation file yet |',
      '| Timeline entries | AlexNet wins ImageNet on two gaming GPUs (2012\\-alexnet) | zh\\-cn | Outdated |',
      '| Glossary terms | GPU \\(graphics processing unit\\) &#64;everyone (gpu) | zh\\-cn | Translated |',
    ]);
    expect(tableRows(chinese!)).toEqual([
      '| 类别 | 小节或条目 | 语言 | 状态 |',
      '| 小节 | 03\\-matmul | zh\\-cn | 12 块中已翻译 9 块（按词数占 80%）；已过时 2，未翻译 1，未登记 0 |',
      '| 小节 | \\|evil&lt;script&gt;alert\\(1\\)&lt;/script&gt; | zh\\-cn | 还没有译文文件 |',
      '| 时间线条目 | AlexNet wins ImageNet on two gaming GPUs (2012\\-alexnet) | zh\\-cn | 已过时 |',
      '| 术语 | GPU \\(graphics processing unit\\) &#64;everyone (gpu) | zh\\-cn | 已翻译 |',
    ]);
  });

  it('escapes a hostile section name so it can neither inject HTML nor break the table', () => {
    // No tag but the marker and the footer's <sub>: nothing from the artifact opens one.
    expect(body.replace(COMMENT_MARKER, '').replace(/<\/?sub>/g, '')).not.toContain('<');
    const row = tableRows(body).find((line) => line.includes('evil'))!;
    // Four cells: the pipe in the name is escaped, so it does not open a fifth.
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
    expect(body).not.toContain('@everyone');
  });

  it('tells how to preview the built site with the project’s own preview command, in both languages', () => {
    expect(body).toContain(`[this run](${RUN})`);
    expect(body).toContain(`从 [这次运行](${RUN}) 下载`);
    expect(body.match(/`npm run preview`/g)).toHaveLength(2);
  });

  it('refuses an artifact that is too large or not the expected shape', () => {
    expect(() => parsePrStatus(' '.repeat(MAX_ARTIFACT_BYTES + 1))).toThrow(/larger than/);
    expect(() => parsePrStatus(JSON.stringify({ pr: -1, changedFiles: [], status: { locales: {} } }))).toThrow(/schema/);
    expect(() => parsePrStatus(JSON.stringify({ pr: 1, changedFiles: ['x'.repeat(301)], status: { locales: {} } }))).toThrow(/schema/);
  });

  it('escapes Markdown and HTML punctuation and line breaks', () => {
    expect(escapeMarkdown('a|b\n<i>*c*</i> [x](y) @me')).toBe('a\\|b &lt;i&gt;\\*c\\*&lt;/i&gt; \\[x\\]\\(y\\) &#64;me');
  });
});
