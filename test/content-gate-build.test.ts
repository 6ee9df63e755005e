/**
 * One real `astro build` of content with a javascript: link: the one test that the integration is
 * wired into astro.config.mjs and stops the build. The gate runs before the content layer syncs,
 * so the failing build takes seconds.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { REPO } from './translation/helpers.ts';

const root = mkdtempSync(join(REPO, 'test/.scratch-gate-build-'));
const outDir = join(REPO, `dist-${relative(join(REPO, 'test'), root).slice(1)}`);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

it('fails `astro build` on a javascript: link, naming its file and line', async () => {
  cpSync(join(REPO, 'test/fixtures/content'), join(root, 'content'), { recursive: true });
  const file = 'content/article/en/02-beta.mdx';
  const text = readFileSync(join(root, file), 'utf8').trimEnd();
  writeFileSync(join(root, file), `${text}\n\n[Click me](javascript:alert(document.domain))\n`);
  const line = text.split('\n').length + 2;

  const build = promisify(execFile)(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: REPO,
    env: { ...process.env, CONTENT_DIR: join(root, 'content'), OUT_DIR: outDir, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', FORCE_COLOR: '0' },
  });
  const failure = await build.then(
    () => undefined,
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(failure?.code).not.toBe(0);
  expect(`${failure?.stdout}${failure?.stderr}`).toContain(`${file}:${line}:1: error [links] link "javascript:alert(document.domain)" uses javascript:`);
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
}, 60_000);
