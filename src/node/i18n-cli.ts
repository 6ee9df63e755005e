/**
 * Translation tooling: `npm run i18n -- <command>` (scripts/i18n.ts runs `main`).
 *
 *   status [--json]                       sections, timeline entries and glossary terms: translated / outdated / missing
 *   check                                 errors as file:line:col (exit 1 if any)
 *   diff <file>                           word diff of the English behind each outdated block
 *   accept <file> [--all | --block N [--keep-english | --unchanged]]
 *                                         record that translated blocks match the current English
 *   migrate                               add the translation fingerprint to record entries written before it existed
 *   accept timeline|glossary [<id>]       stamp a timeline entry or glossary term (all of them without an id)
 *
 * <file> is a translation (content/article/zh-cn/03-matmul.mdx), its English
 * source, or just the section name (03-matmul). Never calls git.
 *
 * It speaks the translator's language (`cliLanguage`): everything it prints comes from
 * src/i18n/strings/i18n-cli.ts, the status page's words, and the diagnostics' own text per locale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, localeCodes, locales, sourceLocale, translationLocales, type Locale, type TranslationLocale } from '../i18n/locales.ts';
import { strings } from '../i18n/strings/i18n-cli.ts';
import { strings as acceptStrings } from '../i18n/strings/i18n-accept.ts';
import { strings as siteStrings } from '../i18n/strings/site.ts';
import { translator, type Translator } from '../i18n/translate.ts';
import { accept, AcceptError, type AcceptResult } from '../lib/translation/accept.ts';
import { runChecks } from '../lib/translation/checks/index.ts';
import { formatDiagnostic } from '../lib/translation/diagnostics.ts';
import { formatWordDiff, outdatedDiffs } from '../lib/translation/diff.ts';
import { ENTRY_DIRS, entryKinds, entryStatus, sourceFingerprint, type EntryGroupStatus, type EntryKind, type EntryStatus, type TrackedEntry } from '../lib/translation/entries.ts';
import { stampYaml } from '../lib/translation/entry-files.ts';
import { ARTICLE_DIR, projectStatus, type LoadedPair, type LocaleStatus, type Project } from '../lib/translation/project.ts';
import { migrateRecord, serializeRecord } from '../lib/translation/record.ts';
import type { SectionStatus } from '../lib/translation/status.ts';
import { loadProject } from './translation-project.ts';

/** What the command talks to: its output streams, the project it works on, and the facts it takes from the world. */
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
  /** The environment, for the translator's language (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
  env?: Readonly<Record<string, string | undefined>>;
}

type CliStrings = Translator<(typeof strings)['en']>;
type SiteStrings = Translator<(typeof siteStrings)['en']>;

/** The language the environment asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set decides, as POSIX has it. */
function environmentLanguage(env: CliIo['env'] = {}): Locale {
  const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  return /^zh/i.test(setting) ? 'zh-cn' : sourceLocale;
}

/**
 * The language the tool answers in: `--lang` if given; else the translation locale a file argument
 * lives under (a translator working on content/article/zh-cn/… reads Chinese); else the environment.
 */
export function cliLanguage({ lang, file, env }: { lang?: string | undefined; file?: string | undefined; env?: CliIo['env'] }): Locale {
  if (lang !== undefined && isLocale(lang)) return lang;
  const folder = file?.split(/[\\/]/).slice(0, -1).find((segment): segment is TranslationLocale => translationLocales.includes(segment as TranslationLocale));
  return folder ?? environmentLanguage(env);
}

class UsageError extends Error {}

function resolvePair(project: Project, arg: string, t: CliStrings): LoadedPair {
  const name = (arg.split(/[\\/]/).pop() ?? arg).replace(/\.mdx$/, '');
  const parts = arg.split(/[\\/]/);
  const locale = project.locales.find((l) => l === parts.at(-2)) ?? translationLocales[0];
  const pair = project.pairs.find((p) => p.locale === locale && (p.section === name || p.section.replace(/^\d+-/, '') === name));
  if (!pair) throw new UsageError(t('usage.noSection', { arg, sections: [...new Set(project.pairs.map((p) => p.section))].join(', ') || t('usage.noSections') }));
  return pair;
}

/** `accept timeline 2012-alexnet`, `accept glossary`, or a file path such as content/glossary/gpu.yaml. */
function entryTarget(file: string | undefined, id: string | undefined): { kind: EntryKind; id?: string } | undefined {
  if (entryKinds.includes(file as EntryKind)) return { kind: file as EntryKind, ...(id ? { id } : {}) };
  const kind = entryKinds.find((k) => file?.startsWith(`${ENTRY_DIRS[k]}/`) && file.endsWith('.yaml'));
  return kind && file ? { kind, id: file.slice(ENTRY_DIRS[kind].length + 1, -'.yaml'.length) } : undefined;
}

function pad(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
}

/** Words of the status page, by the status they name. */
function statusWord(s: SiteStrings, status: EntryStatus): string {
  return s(`status.${status}`);
}

function sectionTable(locale: string, { total, sections }: LocaleStatus, t: CliStrings, s: SiteStrings): string {
  const head = [locale, s('status.blocks'), s('status.translated'), s('status.outdated'), s('status.missing'), s('status.keptEnglish'), s('status.unrecorded'), s('status.words'), s('status.progress')];
  const row = (name: string, x: Pick<SectionStatus, 'counts' | 'words' | 'percent'>) => [
    name,
    x.counts.blocks,
    x.counts.translated,
    x.counts.outdated,
    x.counts.missing,
    x.counts.keptEnglish,
    x.counts.unrecorded,
    x.words.total,
    `${x.percent}%`,
  ];
  const rows = sections.map((x) => row(`${x.section}${x.exists ? '' : ` (${s('status.noFile')})`}${x.error ? ` ${t('status.parseError')}` : ''}`, x));
  rows.push(row(s('status.total'), total));
  // East Asian characters take two columns in a terminal.
  const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(String(r[i])))));
  const fit = (cells: (string | number)[]) => pad(cells, widths.map((w, i) => w - width(String(cells[i])) + String(cells[i]).length));
  return [fit(head), ...rows.map(fit)].join('\n');
}

function entryLines(kind: EntryKind, group: EntryGroupStatus, t: CliStrings, s: SiteStrings): string[] {
  const { counts } = group;
  const summary = t('status.entries', { kind: s(`status.${kind}`), total: counts.entries, translated: counts.translated, outdated: counts.outdated, missing: counts.missing, unrecorded: counts.unrecorded });
  const open = group.entries.filter((e) => e.status !== 'translated');
  return [summary, ...open.map((e) => t('status.entry', { status: statusWord(s, e.status), file: e.file, label: e.label }))];
}

function acceptEntries(project: Project, io: CliIo, target: { kind: EntryKind; id?: string }, t: CliStrings): number {
  const pool: TrackedEntry[] = target.kind === 'timeline' ? project.timeline : project.glossary;
  const chosen = target.id === undefined ? pool : pool.filter((e) => e.id === target.id);
  if (!chosen.length) throw new UsageError(t('usage.noEntry', { file: `${ENTRY_DIRS[target.kind]}/${target.id ?? ''}.yaml`, kind: target.kind, ids: pool.map((e) => e.id).join(', ') }));
  let accepted = 0;
  let missing = 0;
  for (const entry of chosen) {
    let text = readFileSync(join(io.root, entry.file), 'utf8');
    const before = text;
    const states = project.locales.map((locale) => ({ locale, status: entryStatus(entry.texts, entry.translations, locale) }));
    for (const { locale, status } of states) if (status === 'outdated' || status === 'unrecorded') text = stampYaml(text, locale, sourceFingerprint(entry.texts));
    if (states.some((x) => x.status === 'missing')) {
      missing++;
      io.stdout(t('acceptEntry.missing', { file: entry.file }));
    }
    if (text !== before) {
      writeFileSync(join(io.root, entry.file), text);
      accepted++;
      io.stdout(t('acceptEntry.done', { file: entry.file }));
    } else if (target.id !== undefined && states.every((x) => x.status === 'translated')) {
      io.stdout(t('acceptEntry.current', { file: entry.file }));
    }
  }
  if (target.id === undefined) io.stdout(t('acceptEntry.summary', { accepted, missing }));
  return 0;
}

interface Run {
  /** The language chosen so far; errors before `--lang` is read use the environment's. */
  lang: Locale;
}

function run(argv: string[], io: CliIo, state: Run): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      block: { type: 'string' },
      'keep-english': { type: 'boolean' },
      all: { type: 'boolean' },
      unchanged: { type: 'boolean' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file, ...rest] = positionals;
  const entry = command === 'accept' ? entryTarget(file, rest[0]) : undefined;
  state.lang = cliLanguage({ lang: values.lang, file, env: io.env });
  const t = translator(strings, state.lang);
  const s = translator(siteStrings, state.lang);
  const fail = (message: string): never => {
    throw new UsageError(message);
  };
  if (values.lang !== undefined && !isLocale(values.lang)) fail(t('usage.badLang', { locales: localeCodes.join(', '), lang: values.lang }));
  if (values.help) {
    io.stdout(t('usage'));
    return 0;
  }
  if (!command) fail(t('usage.noCommand'));
  const extra = entry && entryKinds.includes(file as EntryKind) ? rest.slice(1) : rest;
  if (extra.length) fail(t('usage.unexpected', { arg: extra[0]! }));
  const allowed: Record<string, string[]> = { status: ['json'], check: [], diff: [], accept: entry ? [] : ['block', 'keep-english', 'all', 'unchanged'], migrate: [] };
  if (!(command in allowed)) fail(t('usage.unknownCommand', { command }));
  for (const option of Object.keys(values)) if (option !== 'lang' && !allowed[command]!.includes(option)) fail(t('usage.optionNotFor', { option, command }));
  if ((command === 'status' || command === 'check' || command === 'migrate') && file) fail(t('usage.noFileFor', { command }));

  const { root } = io;
  const project = loadProject(root);
  if (!project.english.length) fail(t('usage.noEnglish', { dir: join(root, ARTICLE_DIR, sourceLocale) }));

  if (command === 'status') {
    const statuses = projectStatus(project);
    if (values.json) {
      io.stdout(JSON.stringify({ locales: statuses }, null, 2));
      return 0;
    }
    const blocks = Object.entries(statuses).map(([locale, status]) =>
      [sectionTable(locale, status, t, s), '', ...entryKinds.flatMap((kind) => entryLines(kind, status[kind], t, s))].join('\n'),
    );
    io.stdout(blocks.join('\n\n'));
    const a = translator(acceptStrings, state.lang);
    const unchanged = Object.values(statuses).flatMap((l) => l.sections.flatMap((x) => x.blocks.filter((b) => b.unchanged).map((b) => a('status.unchanged', { file: x.translation, block: b.index, day: b.accepted ?? '?' }))));
    if (unchanged.length) io.stdout(`\n${unchanged.join('\n')}`);
    io.stdout(`\n${t('status.legend')}`);
    return 0;
  }

  if (command === 'check') {
    const diagnostics = runChecks(project);
    for (const d of diagnostics) io.stdout(formatDiagnostic(d, state.lang));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const totals = Object.entries(projectStatus(project)).map(([locale, status]) => {
      const c = status.total.counts;
      const entries = entryKinds.reduce((n, kind) => n + status[kind].counts.entries - status[kind].counts.translated, 0);
      return t('check.totals', { locale, outdated: c.outdated, missing: c.missing, unrecorded: c.unrecorded, entries });
    });
    io.stdout(`\n${t('check.summary', { errors, warnings: diagnostics.length - errors })}${locales[state.lang].sentenceGap}${totals.join(t('check.separator'))}`);
    return errors ? 1 : 0;
  }

  if (command === 'migrate') return migrate(project, io, state.lang);
  if (entry) return acceptEntries(project, io, entry, t);
  if (!file) fail(t('usage.needsFile'));
  const pair = resolvePair(project, file!, t);
  if (command === 'diff') {
    const status = projectStatus(project)[pair.locale]!.sections.find((x) => x.section === pair.section)!;
    const diffs = outdatedDiffs(status);
    if (!diffs.length) {
      io.stdout(t('diff.none', { file: pair.zhFile }));
      return 0;
    }
    for (const d of diffs) {
      io.stdout(t('diff.block', { block: d.index, file: pair.zhFile, line: d.zhLine ?? '?', source: pair.en.file, sourceLine: d.enLine }));
      io.stdout(`${formatWordDiff(d.parts, io.color)}\n`);
    }
    io.stdout(`${t('diff.next')} ${diffs.map((d) => `npm run i18n -- accept ${pair.zhFile} --block ${d.index}`).join('\n')}`);
    return 0;
  }

  // accept <file>
  if (!pair.zh) fail(t('accept.noFile', { file: pair.zhFile, source: pair.en.file }));
  const zh = pair.zh!;
  const [recordError] = pair.recordErrors;
  if (recordError) fail(t('accept.brokenRecord', { file: pair.recordFile, error: recordError.message[state.lang] }));
  let block: number | undefined;
  if (values.block !== undefined) {
    block = Number(values.block);
    if (!Number.isInteger(block) || block < 0) fail(t('accept.badBlock', { value: values.block }));
  }
  const result = accept(pair.en, zh, pair.record, {
    ...(block === undefined ? {} : { block }),
    keepEnglish: values['keep-english'] === true,
    unchanged: values.unchanged === true,
    today: io.today,
  });
  const a = translator(acceptStrings, state.lang);
  const items = result.accepted.map((x) => `  ${a('out.item', { block: x.block, line: x.zhLine, reason: a(`reason.${x.reason}`) })}`);
  const skipped = (reason: AcceptResult['skipped'][number]['reason']) => result.skipped.filter((x) => x.reason === reason).map((x) => x.block).join(', ');
  // Accepting a whole file is a deliberate act: without --all it only shows what it would record.
  const dryRun = block === undefined && values.all !== true;
  if (dryRun) io.stdout(result.accepted.length ? [a('out.wouldAccept', { file: pair.zhFile, count: result.accepted.length }), ...items].join('\n') : a('out.nothing', { file: pair.zhFile }));
  else {
    writeFileSync(join(root, pair.recordFile), serializeRecord(result.record));
    io.stdout([t('accept.done', { file: pair.recordFile, blocks: result.accepted.map((x) => x.block).join(', ') || t('accept.none') }), ...items].join('\n'));
  }
  if (skipped('still-english')) io.stdout(t('accept.stillEnglish', { blocks: skipped('still-english') }));
  if (skipped('chinese-unchanged')) io.stdout(a('out.chineseUnchanged', { blocks: skipped('chinese-unchanged') }));
  if (dryRun && result.accepted.length) {
    io.stderr(a('out.needsAll'));
    return 1;
  }
  return 0;
}

/** `migrate`: gives every record entry the fingerprint of its translated block, once, for records written before fingerprints. */
function migrate(project: Project, io: CliIo, lang: Locale): number {
  const a = translator(acceptStrings, lang);
  let changed = 0;
  for (const pair of project.pairs) {
    if (!pair.record.blocks.some((e) => e.zh === undefined)) continue;
    if (!pair.zh || pair.zh.errors.length) {
      io.stdout(a('migrate.unparsed', { file: pair.recordFile, translation: pair.zhFile }));
      continue;
    }
    const { record, filled } = migrateRecord(pair.record, pair.zh);
    writeFileSync(join(io.root, pair.recordFile), serializeRecord(record));
    io.stdout(a('migrate.filled', { file: pair.recordFile, count: filled.length }));
    changed++;
  }
  if (!changed) io.stdout(a('migrate.done'));
  return 0;
}

function isParseArgsError(e: unknown): e is TypeError & { code: string } {
  return e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS');
}

/** Node's argument errors, in the translator's language: the option is the first quoted word of Node's message. */
function parseArgsMessage(e: TypeError & { code: string }, t: CliStrings): string {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('usage.unknownOption', { option });
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return t('usage.optionValue', { option });
  return e.message;
}

/** Runs one command and returns its exit code: 0 done, 1 errors found or refused, 2 usage error. */
export function main(argv: string[], io: CliIo): number {
  const state: Run = { lang: environmentLanguage(io.env) };
  try {
    return run(argv, io, state);
  } catch (e) {
    const t = translator(strings, state.lang);
    if (e instanceof UsageError || isParseArgsError(e)) {
      io.stderr(`i18n: ${e instanceof UsageError ? e.message : parseArgsMessage(e, t)}\n\n${t('usage')}`);
      return 2;
    }
    if (e instanceof AcceptError) {
      io.stderr(t('accept.refused', { error: e.text[state.lang] }));
      return 1;
    }
    throw e;
  }
}
