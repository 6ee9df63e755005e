/** Shared by the translation tests: fixture paths, a temp copy without .git, and the CLI run in-process. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/node/i18n-cli.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export function fixture(name: string): string {
  return join(REPO, 'test/fixtures/translation', name);
}

/** A copy of a fixture in the system temp folder: outside any git work tree, free to modify. */
export function tempCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `i18n-${name}-`));
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

/** Runs `npm run i18n -- …` on the project in `root`, in this process, as a terminal without colour would see it. */
export function runCli(root: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  return runCliIn({}, root, ...args);
}

/** `runCli` with an environment, e.g. `{ LANG: 'zh_CN.UTF-8' }`. */
export function runCliIn(env: Readonly<Record<string, string>>, root: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    root,
    color: false,
    today: '2026-11-26',
    env,
  });
  return { code, stdout, stderr };
}
