/**
 * The content gate, in process: a scratch copy of the fixture content (inside the repo, so it loads
 * like the real thing) with one bad change, loaded by the real loader and judged by the function
 * `astro build` calls.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentGate, contentGateErrors } from '../src/node/content-gate.ts';
import { loadProject } from '../src/node/translation-project.ts';
import { REPO } from './translation/helpers.ts';

const scratchRoots: string[] = [];
afterAll(() => {
  for (const root of scratchRoots) rmSync(root, { recursive: true, force: true });
});

/** A copy of test/fixtures/content with `file` rewritten by `edit`; returns the project root. */
function fixtureWith(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(REPO, 'test/.scratch-gate-'));
  scratchRoots.push(root);
  cpSync(join(REPO, 'test/fixtures/content'), join(root, 'content'), { recursive: true });
  const path = join(root, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return root;
}

/** Every error the gate stops on, as `file:line:column message` (a change to one language also breaks the pairing, so tests look for their own message among them). */
function gateErrors(root: string): string[] {
  return contentGateErrors(loadProject(root)).map((d) => `${d.file}:${d.line}:${d.column} ${d.message.en}`);
}

const alpha = 'content/article/en/01-alpha.mdx';
const alphaZh = 'content/article/zh-cn/01-alpha.mdx';
/** Alpha ends with a code block; line 21 is the first line after it (line 20 is blank). */
const append = (line: string) => (text: string) => `${text.trimEnd()}\n\n${line}\n`;
const appendedLine = (text: string) => text.trimEnd().split('\n').length + 2;
const lineOfAppended = (file: string) => appendedLine(readFileSync(join(REPO, 'test/fixtures', file), 'utf8'));

describe('the content gate', () => {
  // The real content passes the same gate in every `npm run build`.
  it('passes the fixture content, whose outdated and missing translations are not errors', () => {
    expect(contentGateErrors(loadProject(join(REPO, 'test/fixtures')))).toEqual([]);
  });

  it('stops on a javascript: URL in a reference, at the line of the url field', () => {
    const root = fixtureWith('content/references/fixture-paper.yaml', (text) => text.replace(/^url: .*$/m, 'url: "javascript:alert(document.domain)"'));
    expect(gateErrors(root)).toContain('content/references/fixture-paper.yaml:5:1 `url` must be a web address starting with https:// or http://, not "javascript:alert(document.domain)"');
  });

  it('stops on a protocol-relative source URL in a timeline entry, at its line', () => {
    const root = fixtureWith('content/timeline/2012-alexnet.yaml', (text) => text.replace(/url: https?:\/\//, 'url: //'));
    const line = readFileSync(join(root, 'content/timeline/2012-alexnet.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('url: //')) + 1;
    expect(gateErrors(root)).toContainEqual(expect.stringMatching(new RegExp(`^content/timeline/2012-alexnet\\.yaml:${line}:\\d+ \`sources\\.0\\.url\` must be a web address`)));
  });

  it.each([alpha, alphaZh])('stops on a javascript: Markdown link in %s', (file) => {
    const root = fixtureWith(file, append('[Click me](javascript:alert(document.domain))'));
    expect(gateErrors(root)).toContain(`${file}:${lineOfAppended(file)}:1 link "javascript:alert(document.domain)" uses javascript:, which article links may not use`);
  });

  it('stops on an MDX export', () => {
    const root = fixtureWith(alpha, append('export const answer = 42'));
    expect(gateErrors(root)).toContain(`${alpha}:${lineOfAppended(alpha)}:1 \`import\` and \`export\` are code, which article files may not contain`);
  });

  it('stops on a {…} expression', () => {
    const root = fixtureWith(alpha, append('The answer is {6 * 7}.'));
    expect(gateErrors(root)).toContain(`${alpha}:${lineOfAppended(alpha)}:15 \`{6 * 7}\` is a JavaScript expression, which article files may not contain`);
  });

  it('stops on a component that is not on the allow-list', () => {
    const root = fixtureWith(alphaZh, append('<Widget />'));
    expect(gateErrors(root)).toContain(`${alphaZh}:${lineOfAppended(alphaZh)}:1 <Widget> is not one of the components the article may use`);
  });

  it('stops on a <script> element', () => {
    const root = fixtureWith(alpha, append('<script>alert(document.domain)</script>'));
    expect(gateErrors(root)).toContain(`${alpha}:${lineOfAppended(alpha)}:1 <script> may not appear in article files: it loads or runs content the reviewers cannot see`);
  });

  it('prints each problem with its hint and a summary for the build or the dev server, in the terminal’s language', () => {
    const project = loadProject(fixtureWith(alphaZh, append('<script>alert(1)</script>')));
    const line = lineOfAppended(alphaZh);
    const english = contentGate(project, 'build', 'en');
    expect(english.details).toContain(
      [
        `${alphaZh}:${line}:1: error [mdx-safety] <script> may not appear in article files: it loads or runs content the reviewers cannot see`,
        '  hint: remove it; for an interactive or embedded figure, ask for a component (see CONTRIBUTING.md)',
      ].join('\n'),
    );
    expect(english.summary).toMatch(/^content check: \d+ error\(s\), 0 warning\(s\); the build stops until the errors above are fixed/);
    const chinese = contentGate(project, 'dev', 'zh-cn');
    expect(chinese.details).toContain(`${alphaZh}:${line}:1: 错误 [mdx-safety] 文章文件里不能有 <script>`);
    expect(chinese.summary).toMatch(/^内容检查：\d+ 个错误，0 个警告；开发服务器照常显示页面/);
  });
});
