/** Shared by the translation tests: fixture paths, a temp copy without .git, and the CLI. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(REPO, 'scripts/i18n.ts');

export function fixture(name: string): string {
  return join(REPO, 'test/fixtures/translation', name);
}

/** A copy of a fixture in the system temp folder: outside any git work tree, free to modify. */
export function tempCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `i18n-${name}-`));
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

/**
 * Runs `node scripts/i18n.ts …` in `cwd`. PATH is emptied so that a call to
 * git (or any other program) would fail: the tool must work from files alone.
 */
export function runCli(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: '', NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
