/**
 * Translation status per block and per section, from the files alone: the
 * English section, its translation and the record file. No git: the record
 * holds the English text each block was translated from.
 */
import { countWords, normalizeSource, sectionSlug, type BlockKind, type ParsedSection } from './blocks.ts';
import { align, STRUCTURAL_EDITS, type StepKind } from './align.ts';
import type { TranslationRecord } from './record.ts';

/**
 * - `translated`: the record says it was translated from the current English (or there is nothing to translate).
 * - `outdated`: the English block changed since it was translated.
 * - `missing`: no Chinese block, or the Chinese block is still the English text.
 * - `kept-english`: deliberately left in English (`keepEnglish` in the record).
 * - `unrecorded`: translated text exists but the record does not say from which English;
 *   run `accept` once the translation is checked.
 */
export type BlockStatus = 'translated' | 'outdated' | 'missing' | 'kept-english' | 'unrecorded';

export interface BlockState {
  /** English block index (0 = frontmatter). */
  index: number;
  kind: BlockKind;
  status: BlockStatus;
  /** English words in the block. */
  words: number;
  enLine: number;
  /** The mirroring Chinese block, when there is one. */
  zhIndex?: number;
  zhLine?: number;
  /** For outdated blocks: the English source it was translated from. */
  then?: string;
  /** The English source now. */
  now: string;
  /** Day of the last accept of this block. */
  accepted?: string;
  /** Last accepted with `--unchanged`: the English changed and the translator kept the translation as it was. */
  unchanged?: true;
  /** A structural mistake in the translation around this block (see `align.ts`); `check` reports it. */
  edit?: StepKind;
}

export interface Counts {
  blocks: number;
  translated: number;
  outdated: number;
  missing: number;
  keptEnglish: number;
  unrecorded: number;
}

export interface SectionStatus {
  /** File name without extension, e.g. `03-matmul`. */
  section: string;
  /** Anchor id of the section, e.g. `matmul`. */
  slug: string;
  source: string;
  translation: string;
  /** False when the translation file does not exist yet. */
  exists: boolean;
  counts: Counts;
  /** English words: all, and those in blocks counted as done (translated or kept English). */
  words: { total: number; done: number };
  /** Share of English words that are done, rounded down (so 100 means nothing is left). */
  percent: number;
  /** Latest `accepted` day in the record. */
  lastAccepted?: string;
  /** Chinese blocks that mirror no English block (a structure error; see `check`). */
  extraBlocks: number;
  /** Set when a file does not parse; the blocks are then counted as missing. */
  error?: string;
  blocks: BlockState[];
}

function emptyCounts(): Counts {
  return { blocks: 0, translated: 0, outdated: 0, missing: 0, keptEnglish: 0, unrecorded: 0 };
}

const COUNT_KEY: Record<BlockStatus, keyof Counts> = {
  translated: 'translated',
  outdated: 'outdated',
  missing: 'missing',
  'kept-english': 'keptEnglish',
  unrecorded: 'unrecorded',
};

export function percentOf(done: number, total: number, doneBlocks: number, blocks: number): number {
  // A section with no prose (only demos) is measured in blocks instead of words.
  if (total === 0) return blocks === 0 ? 100 : Math.floor((100 * doneBlocks) / blocks);
  return Math.floor((100 * done) / total);
}

/**
 * @param english the parsed English section (must parse; otherwise there is nothing to measure against)
 * @param translation the parsed translation, or undefined when the file does not exist
 */
export function sectionStatus(english: ParsedSection, translation: ParsedSection | undefined, record: TranslationRecord, translationFile: string): SectionStatus {
  const section = (english.file.split('/').pop() ?? english.file).replace(/\.mdx$/, '');
  const broken = english.errors.length > 0 ? english : translation && translation.errors.length > 0 ? translation : undefined;
  const usable = translation && translation.errors.length === 0 ? translation : undefined;
  const alignment = align(english.blocks, usable?.blocks ?? [], record);

  const blocks: BlockState[] = [];
  let extraBlocks = 0;
  for (const step of alignment.steps) {
    if (!step.en.length) extraBlocks += step.zh.length;
    step.en.forEach((en, k) => {
      const state: BlockState = { index: en.index, kind: en.kind, status: 'missing', words: countWords(en.text), enLine: en.line, now: en.source };
      if (STRUCTURAL_EDITS.has(step.kind)) state.edit = step.kind;
      // A swapped pair lists each English block's own translation; a merge shares one.
      const zh = step.zh[step.kind === 'swapped' ? k : 0];
      if (zh) {
        state.zhIndex = zh.index;
        state.zhLine = zh.line;
        const entry = alignment.entries.get(zh.index);
        if (entry?.accepted) state.accepted = entry.accepted;
        if (entry?.unchanged) state.unchanged = true;
        const current = normalizeSource(en.source);
        const sameAsEnglish = normalizeSource(zh.source) === current;
        if (!en.translatable) state.status = 'translated';
        else if (!entry) state.status = sameAsEnglish ? 'missing' : 'unrecorded';
        else if (normalizeSource(entry.en) !== current) {
          state.status = 'outdated';
          state.then = entry.en;
        } else if (entry.keepEnglish) state.status = 'kept-english';
        else state.status = sameAsEnglish ? 'missing' : 'translated';
      }
      blocks.push(state);
    });
  }

  const counts = emptyCounts();
  let total = 0;
  let done = 0;
  for (const b of blocks) {
    counts.blocks++;
    counts[COUNT_KEY[b.status]]++;
    total += b.words;
    if (b.status === 'translated' || b.status === 'kept-english') done += b.words;
  }
  const accepted = record.blocks.flatMap((e) => (e.accepted ? [e.accepted] : [])).sort();
  const status: SectionStatus = {
    section,
    slug: sectionSlug(english.file),
    source: english.file,
    translation: translationFile,
    exists: translation !== undefined,
    counts,
    words: { total, done },
    percent: percentOf(done, total, counts.translated + counts.keptEnglish, counts.blocks),
    extraBlocks,
    blocks,
  };
  const last = accepted.at(-1);
  if (last) status.lastAccepted = last;
  if (broken) status.error = `${broken.file} does not parse`;
  return status;
}

/** Sums sections into one row for the locale. */
export function totalStatus(sections: SectionStatus[]): { counts: Counts; words: { total: number; done: number }; percent: number } {
  const counts = emptyCounts();
  const words = { total: 0, done: 0 };
  for (const s of sections) {
    for (const key of Object.keys(counts) as (keyof Counts)[]) counts[key] += s.counts[key];
    words.total += s.words.total;
    words.done += s.words.done;
  }
  return { counts, words, percent: percentOf(words.done, words.total, counts.translated + counts.keptEnglish, counts.blocks) };
}

/** The newest `accepted` day over sections: the "last change" the status page shows. */
export function lastChange(sections: Pick<SectionStatus, 'lastAccepted'>[]): string | undefined {
  return sections.flatMap((s) => (s.lastAccepted ? [s.lastAccepted] : [])).sort().at(-1);
}
