/**
 * Translation tooling: `npm run i18n -- <command>` (scripts/i18n.ts runs `main`).
 *
 *   status [--json]                       blocks translated / outdated / missing per section
 *   check                                 errors as file:line:col (exit 1 if any)
 *   diff <file>                           word diff of the English behind each outdated block
 *   accept <file> [--block N] [--keep-english]
 *                                         record that translated blocks match the current English
 *
 * <file> is a translation (content/article/zh-cn/03-matmul.mdx), its English
 * source, or just the section name (03-matmul). Never calls git.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { translationLocales } from '../i18n/locales.ts';
import { accept, AcceptError } from '../lib/translation/accept.ts';
import { runChecks } from '../lib/translation/checks/index.ts';
import { formatDiagnostic } from '../lib/translation/diagnostics.ts';
import { formatWordDiff, outdatedDiffs } from '../lib/translation/diff.ts';
import { projectStatus, type LoadedPair, type LocaleStatus, type Project } from '../lib/translation/project.ts';
import { serializeRecord } from '../lib/translation/record.ts';
import type { SectionStatus } from '../lib/translation/status.ts';
import { loadProject } from './translation-project.ts';

/** What the command talks to: its output streams, the project it works on, and the two facts it takes from the world. */
export interface CliIo {
  /** Prints one message (which may span lines) and a line break, as `console.log` does. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The project root: the folder holding `content/`. */
  root: string;
  /** Colour the word diff (output to a terminal). */
  color: boolean;
  /** YYYY-MM-DD, stored by `accept`. */
  today: string;
}

const USAGE = `usage: npm run i18n -- <command>

  status [--json]                 translation status per locale and section
  check                           report errors (exit code 1 if there are any)
  diff <file>                     what changed in the English of each outdated block
  accept <file> [--block N] [--keep-english]
                                  record that translated blocks match the current English

<file>: content/article/zh-cn/03-matmul.mdx, its English file, or 03-matmul`;

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function resolvePair(project: Project, arg: string | undefined): LoadedPair {
  if (!arg) fail('this command needs a <file>');
  const name = (arg.split(/[\\/]/).pop() ?? arg).replace(/\.mdx$/, '');
  const parts = arg.split(/[\\/]/);
  const locale = project.locales.find((l) => l === parts.at(-2)) ?? translationLocales[0];
  const pair = project.pairs.find((p) => p.locale === locale && (p.section === name || p.section.replace(/^\d+-/, '') === name));
  if (!pair) fail(`no article section "${arg}"; sections are: ${[...new Set(project.pairs.map((p) => p.section))].join(', ') || '(none found in content/article/en)'}`);
  return pair;
}

function pad(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
}

function statusTable(locale: string, { total, sections }: LocaleStatus): string {
  const head = [locale, 'blocks', 'translated', 'outdated', 'missing', 'kept-en', 'unrecorded', 'words', 'done'];
  const row = (name: string, s: Pick<SectionStatus, 'counts' | 'words' | 'percent'>) => [
    name,
    s.counts.blocks,
    s.counts.translated,
    s.counts.outdated,
    s.counts.missing,
    s.counts.keptEnglish,
    s.counts.unrecorded,
    s.words.total,
    `${s.percent}%`,
  ];
  const rows = sections.map((s) => row(`${s.section}${s.exists ? '' : ' (no file)'}${s.error ? ' (parse error)' : ''}`, s));
  rows.push(row('total', total));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  return [pad(head, widths), ...rows.map((r) => pad(r, widths))].join('\n');
}

function run(argv: string[], io: CliIo): number {
  const print = io.stdout;
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, block: { type: 'string' }, 'keep-english': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, file, ...rest] = positionals;
  if (values.help) {
    print(USAGE);
    return 0;
  }
  if (!command) fail('no command given');
  if (rest.length) fail(`unexpected argument "${rest[0]}"`);
  const allowed: Record<string, string[]> = { status: ['json'], check: [], diff: [], accept: ['block', 'keep-english'] };
  if (!(command in allowed)) fail(`unknown command "${command}"`);
  for (const option of Object.keys(values)) if (!allowed[command]!.includes(option)) fail(`--${option} does not apply to "${command}"`);
  if ((command === 'status' || command === 'check') && file) fail(`"${command}" takes no <file>`);

  const { root } = io;
  const project = loadProject(root);
  if (!project.english.length) fail(`no English sections found in ${join(root, 'content/article/en')}; run from the project root`);

  if (command === 'status') {
    const locales = projectStatus(project);
    if (values.json) {
      print(JSON.stringify({ locales }, null, 2));
    } else {
      print(Object.entries(locales).map(([locale, status]) => statusTable(locale, status)).join('\n\n'));
      print('\ntranslated = done and up to date; unrecorded = translated text without a record (check it, then `accept`); percent = share of English words done');
    }
    return 0;
  }

  if (command === 'check') {
    const diagnostics = runChecks(project);
    for (const d of diagnostics) print(formatDiagnostic(d));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const totals = Object.entries(projectStatus(project)).map(([locale, { total }]) => {
      const t = total.counts;
      return `${locale}: ${t.outdated} outdated, ${t.missing} missing, ${t.unrecorded} unrecorded blocks (status, not errors)`;
    });
    print(`\n${errors} error(s), ${warnings} warning(s). ${totals.join('; ')}`);
    return errors ? 1 : 0;
  }

  const pair = resolvePair(project, file);
  if (command === 'diff') {
    const status = projectStatus(project)[pair.locale]!.sections.find((s) => s.section === pair.section)!;
    const diffs = outdatedDiffs(status);
    if (!diffs.length) {
      print(`${pair.zhFile}: no outdated blocks`);
      return 0;
    }
    for (const d of diffs) {
      print(`--- block ${d.index}: ${pair.zhFile}:${d.zhLine ?? '?'} translates ${pair.en.file}:${d.enLine}`);
      print(`${formatWordDiff(d.parts, io.color)}\n`);
    }
    print(`Once the translation is updated: ${diffs.map((d) => `npm run i18n -- accept ${pair.zhFile} --block ${d.index}`).join('\n')}`);
    return 0;
  }

  // accept
  if (!pair.zh) fail(`${pair.zhFile} does not exist yet; copy ${pair.en.file} there and translate it first`);
  if (pair.recordErrors.length) fail(`${pair.recordFile} is broken (${pair.recordErrors[0]!.message}); fix or delete it first`);
  let block: number | undefined;
  if (values.block !== undefined) {
    block = Number(values.block);
    if (!Number.isInteger(block) || block < 0) fail(`--block needs a block number (0, 1, 2 …), got "${values.block}"`);
  }
  const result = accept(pair.en, pair.zh, pair.record, {
    ...(block === undefined ? {} : { block }),
    keepEnglish: values['keep-english'] === true,
    today: io.today,
  });
  writeFileSync(join(root, pair.recordFile), serializeRecord(result.record));
  print(`${pair.recordFile}: accepted block(s) ${result.accepted.join(', ') || '(none)'}`);
  const stillEnglish = result.skipped.filter((s) => s.reason === 'still in English').map((s) => s.block);
  if (stillEnglish.length) print(`not accepted, still in English (missing): block(s) ${stillEnglish.join(', ')}`);
  return 0;
}


/** Runs one command and returns its exit code: 0 done, 1 errors found or refused, 2 usage error. */
export function main(argv: string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`i18n: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof AcceptError) {
      io.stderr(`i18n accept: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
