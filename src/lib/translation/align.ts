/**
 * Finds which Chinese block translates which English block, and names the
 * structural edits that separate the two files: a block deleted, two merged,
 * one split, two swapped, one moved, one turned into another kind of block.
 *
 * A sequence alignment (dynamic programming, like an edit distance) over the
 * body blocks, with one operation per kind of edit. Two blocks are scored by
 * what a translation keeps from its source: block kind, citation ids, figure
 * names, components and their fixed props, the numbers in the prose, and the
 * length of the prose; and by the record, which fingerprints each translated
 * block as accepted, so a Chinese paragraph that is unchanged since `accept`
 * is known to translate the English block its record entry names, even where
 * nothing else tells two paragraphs apart.
 */
import { normalizeSource, signature, type Block } from './blocks.ts';
import { fingerprint } from './fingerprint.ts';
import type { RecordEntry, TranslationRecord } from './record.ts';

/**
 * - `match`: one English block, one Chinese block that translates it (or is still its English copy).
 * - `missing`: an English block with no Chinese counterpart and no record entry: new English, not an error.
 * - `deleted`: a recorded English block whose Chinese block is gone.
 * - `extra`: a Chinese block that translates no English block.
 * - `merged`: two English blocks translated as one Chinese block.
 * - `split`: one English block translated as two Chinese blocks.
 * - `swapped`: two neighbouring Chinese blocks in the wrong order.
 * - `moved`: a Chinese block far from the place of the English block it translates.
 * - `kind`: a Chinese block in the place of an English block of another kind (a list for a paragraph).
 */
export type StepKind = 'match' | 'missing' | 'deleted' | 'extra' | 'merged' | 'split' | 'swapped' | 'moved' | 'kind';

export interface Step {
  kind: StepKind;
  /** English blocks, in English order. */
  en: Block[];
  /**
   * Chinese blocks. For `swapped`, `zh[k]` translates `en[k]`; for `merged`, `zh[0]`
   * translates both; for `split`, both translate `en[0]`.
   */
  zh: Block[];
}

/** Edits a translator made by mistake: each is reported once, and the blocks involved are not compared further. */
export const STRUCTURAL_EDITS: ReadonlySet<StepKind> = new Set(['deleted', 'extra', 'merged', 'split', 'swapped', 'moved', 'kind']);

export interface Alignment {
  /** In English order (a moved block sits at its English place). Block 0, the frontmatter, is always a `match`. */
  steps: Step[];
  /** The record entry that describes each Chinese block, by Chinese block index. */
  entries: Map<number, RecordEntry>;
}

/** One English block and the Chinese block that translates it. */
export interface Pair {
  en: Block;
  zh: Block;
  step: Step;
}

/** Every English–Chinese pair the alignment found, structural edits included. */
export function pairsOf(alignment: Alignment): Pair[] {
  return alignment.steps.flatMap((step): Pair[] => {
    switch (step.kind) {
      case 'missing':
      case 'deleted':
      case 'extra':
        return [];
      case 'merged':
        return step.en.map((en) => ({ en, zh: step.zh[0]!, step }));
      case 'swapped':
        return step.en.map((en, k) => ({ en, zh: step.zh[k]!, step }));
      default:
        return [{ en: step.en[0]!, zh: step.zh[0]!, step }];
    }
  });
}

/** Pairs that mirror each other cleanly: the ones whose content (citations, glossary, props) is worth comparing. */
export function matchedPairs(alignment: Alignment): Pair[] {
  return pairsOf(alignment).filter((p) => p.step.kind === 'match');
}

/** Costs of the edit operations; a pair of blocks costs 0 (certainly the same) to `AGAINST` (certainly not). */
const GAP = 1;
const MERGE = 0.9;
const SPLIT = 0.9;
const SWAP = 0.3;
const AGAINST = 3;
const WEIGHT = { cites: 1, figures: 1, components: 0.8, numbers: 0.6, length: 0.6, history: 0.3 } as const;
/** Kinds whose blocks a translator might merge or split by removing or adding a blank line. */
const PROSE: ReadonlySet<string> = new Set(['paragraph', 'blockquote', 'list']);

/** Normalised sources, computed once per block and record entry: the alignment compares them many times. */
const normalized = new WeakMap<object, string>();
function sourceOf(item: Block | RecordEntry): string {
  let text = normalized.get(item);
  if (text === undefined) {
    text = normalizeSource('source' in item ? item.source : item.en);
    normalized.set(item, text);
  }
  return text;
}

interface Features {
  sig: string;
  source: string;
  cites: string[];
  figures: string[];
  components: string[];
  numbers: string[];
  length: number;
  translatable: boolean;
}

const SET_FEATURES = ['cites', 'figures', 'components', 'numbers'] as const;

function features(block: Block): Features {
  const own = block.component ? [block.component] : [];
  return {
    sig: signature(block),
    source: sourceOf(block),
    cites: block.cites,
    figures: block.figures,
    components: [...own, ...block.components.filter((c) => c.name !== 'Cite' && c.name !== 'Figure')].map((c) =>
      [c.name, ...c.props.filter((p) => !p.text).map((p) => `${p.name}=${p.value}`)].join(' '),
    ),
    numbers: (block.text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, '')),
    length: [...block.text].length,
    translatable: block.translatable,
  };
}

/** Combined features of two neighbouring blocks, for a merge or a split. */
function joined(a: Features, b: Features): Features {
  return {
    ...a,
    source: `${a.source} ${b.source}`,
    cites: [...a.cites, ...b.cites],
    figures: [...a.figures, ...b.figures],
    components: [...a.components, ...b.components],
    numbers: [...a.numbers, ...b.numbers],
    length: a.length + b.length,
  };
}

/** 0 when two multisets are equal (or both empty), 1 when they share nothing. */
function multisetDistance(a: string[], b: string[]): number {
  if (!a.length && !b.length) return 0;
  const rest = [...b];
  let common = 0;
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i !== -1) {
      rest.splice(i, 1);
      common++;
    }
  }
  return 1 - common / (a.length + b.length - common);
}

function wordSimilarity(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().split(/\W+/).filter(Boolean));
  const wb = new Set(b.toLowerCase().split(/\W+/).filter(Boolean));
  if (!wa.size && !wb.size) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / (wa.size + wb.size - common);
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Fingerprint matches: the record entry whose accepted translation is exactly this Chinese block, by Chinese index. */
function entriesByFingerprint(zh: Block[], record: TranslationRecord): Map<number, RecordEntry> {
  const out = new Map<number, RecordEntry>();
  const taken = new Set<RecordEntry>();
  for (const block of zh) {
    const print = fingerprint(block.source);
    const candidates = record.blocks.filter((e) => e.zh === print && !taken.has(e));
    const entry = candidates.find((e) => e.block === block.index) ?? candidates[0];
    if (entry) {
      out.set(block.index, entry);
      taken.add(entry);
    }
  }
  return out;
}

class Scorer {
  private readonly en: Features[];
  private readonly zh: Features[];
  /** Normalised English sources now, to tell "translates another block" from "English changed since". */
  private readonly enSources: Map<string, number>;
  /** Expected Chinese prose length per English character, from blocks that pair up by position. */
  private readonly ratio: number;
  /** English blocks whose recorded translation is still somewhere in the Chinese file. */
  private readonly translatedElsewhere: Set<number>;

  private readonly byPrint: Map<number, RecordEntry>;
  /** Index of the first Chinese body block: the entries are keyed by Chinese block index. */
  private readonly zhOffset: number;

  constructor(enBlocks: Block[], zhBlocks: Block[], byPrint: Map<number, RecordEntry>, zhOffset: number) {
    this.byPrint = byPrint;
    this.zhOffset = zhOffset;
    this.en = enBlocks.map(features);
    this.zh = zhBlocks.map(features);
    this.enSources = new Map(this.en.map((f, i) => [f.source, i]));
    const ratios = this.en.flatMap((e, i) => {
      const z = this.zh[i];
      return z && e.translatable && z.sig === e.sig && z.source !== e.source && e.length && z.length ? [z.length / e.length] : [];
    });
    this.ratio = median(ratios) ?? 1;
    this.translatedElsewhere = new Set();
    for (const entry of byPrint.values()) {
      const i = this.enSources.get(sourceOf(entry));
      if (i !== undefined) this.translatedElsewhere.add(i);
    }
  }

  private entry(j: number): RecordEntry | undefined {
    return this.byPrint.get(j + this.zhOffset);
  }

  private content(e: Features, z: Features): number {
    let cost = 0;
    for (const key of SET_FEATURES) cost += WEIGHT[key] * multisetDistance(e[key], z[key]);
    if (e.translatable && e.length && z.length) cost += WEIGHT.length * Math.min(2, Math.abs(Math.log(z.length / (this.ratio * e.length))));
    return cost;
  }

  /** How unlikely it is that Chinese block j translates English block i. */
  pair(i: number, j: number): number {
    const e = this.en[i]!;
    const z = this.zh[j]!;
    if (e.sig !== z.sig) return Infinity;
    if (e.source === z.source) return 0;
    const other = this.enSources.get(z.source);
    if (other !== undefined && other !== i) return AGAINST;
    const entry = this.entry(j);
    if (entry) {
      const then = sourceOf(entry);
      if (then === e.source) return 0;
      if (this.enSources.has(then)) return AGAINST;
    }
    const history = entry ? WEIGHT.history * (1 - wordSimilarity(entry.en, e.source)) : 0;
    return this.content(e, z) + history;
  }

  /** Two English blocks translated as Chinese block j. */
  merge(i: number, j: number): number {
    const [a, b, z] = [this.en[i]!, this.en[i + 1]!, this.zh[j]!];
    if (!PROSE.has(a.sig) || a.sig !== b.sig || a.sig !== z.sig || this.entry(j)) return Infinity;
    if (this.translatedElsewhere.has(i) || this.translatedElsewhere.has(i + 1)) return Infinity;
    return this.content(joined(a, b), z) + MERGE;
  }

  /** English block i translated as Chinese blocks j and j + 1. */
  split(i: number, j: number): number {
    const [e, a, b] = [this.en[i]!, this.zh[j]!, this.zh[j + 1]!];
    if (!PROSE.has(e.sig) || a.sig !== e.sig || b.sig !== e.sig || this.entry(j) || this.entry(j + 1)) return Infinity;
    return this.content(e, joined(a, b)) + SPLIT;
  }
}

type Op = 'match' | 'enGap' | 'zhGap' | 'merge' | 'split' | 'swap';
/** How many English and Chinese blocks each operation consumes. */
const CONSUMES: Record<Op, [number, number]> = { match: [1, 1], swap: [2, 2], merge: [2, 1], split: [1, 2], enGap: [1, 0], zhGap: [0, 1] };
/** Tried in this order; a later operation must be strictly cheaper to win, so ties favour plain matches. */
const OPS: Op[] = ['match', 'swap', 'merge', 'split', 'enGap', 'zhGap'];
const EPSILON = 1e-9;

/** The cheapest sequence of operations that turns the English body into the Chinese body. */
function editScript(n: number, m: number, s: Scorer): Op[] {
  const cost = (op: Op, i: number, j: number): number => {
    switch (op) {
      case 'match':
        return s.pair(i, j);
      case 'swap':
        return s.pair(i, j + 1) + s.pair(i + 1, j) + SWAP;
      case 'merge':
        return s.merge(i, j);
      case 'split':
        return s.split(i, j);
      case 'enGap':
      case 'zhGap':
        return GAP;
    }
  };
  const total = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const via = Array.from({ length: n + 1 }, () => new Array<Op | undefined>(m + 1).fill(undefined));
  total[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (const op of OPS) {
        const [di, dj] = CONSUMES[op];
        if (i < di || j < dj) continue;
        const before = total[i - di]![j - dj]!;
        if (before === Infinity) continue;
        const c = before + cost(op, i - di, j - dj);
        if (c < total[i]![j]! - EPSILON) {
          total[i]![j] = c;
          via[i]![j] = op;
        }
      }
    }
  }
  const ops: Op[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const op = via[i]![j]!;
    ops.push(op);
    i -= CONSUMES[op][0];
    j -= CONSUMES[op][1];
  }
  return ops.reverse();
}

/**
 * Aligns a section's English blocks with its translation's blocks.
 * @param record the translation's record; its fingerprints tell which Chinese block translates which English block
 */
export function align(en: Block[], zh: Block[], record: TranslationRecord = NO_RECORD): Alignment {
  // The checks, the status and the site each ask for the same section's alignment.
  const byZh = aligned.get(en) ?? new WeakMap<Block[], WeakMap<TranslationRecord, Alignment>>();
  aligned.set(en, byZh);
  const byRecord = byZh.get(zh) ?? new WeakMap<TranslationRecord, Alignment>();
  byZh.set(zh, byRecord);
  const known = byRecord.get(record);
  if (known) return known;
  const result = computeAlignment(en, zh, record);
  byRecord.set(record, result);
  return result;
}

const NO_RECORD: TranslationRecord = { source: '', blocks: [] };
const aligned = new WeakMap<Block[], WeakMap<Block[], WeakMap<TranslationRecord, Alignment>>>();

function computeAlignment(en: Block[], zh: Block[], record: TranslationRecord): Alignment {
  if (!en.length || !zh.length) {
    return { steps: [...en.map((b): Step => ({ kind: 'missing', en: [b], zh: [] })), ...zh.map((b): Step => ({ kind: 'extra', en: [], zh: [b] }))], entries: new Map() };
  }
  const byPrint = entriesByFingerprint(zh, record);
  const enBody = en.slice(1);
  const zhBody = zh.slice(1);
  const scorer = new Scorer(enBody, zhBody, byPrint, 1);

  let steps: Step[] = [{ kind: 'match', en: [en[0]!], zh: [zh[0]!] }];
  let i = 0;
  let j = 0;
  for (const op of editScript(enBody.length, zhBody.length, scorer)) {
    const [di, dj] = CONSUMES[op];
    const e = enBody.slice(i, i + di);
    const z = zhBody.slice(j, j + dj);
    const kind: StepKind = op === 'match' ? 'match' : op === 'swap' ? 'swapped' : op === 'merge' ? 'merged' : op === 'split' ? 'split' : op === 'enGap' ? 'missing' : 'extra';
    steps.push({ kind, en: e, zh: op === 'swap' ? [z[1]!, z[0]!] : z });
    i += di;
    j += dj;
  }

  steps = findMoves(steps, byPrint);
  steps = findKindChanges(steps);
  const entries = resolveEntries(steps, byPrint, record);
  findDeletions(steps, entries, record);
  return { steps, entries };
}

/**
 * An English block with no Chinese counterpart is new (missing) unless the record still holds a
 * translation for it that is nowhere in the Chinese file: one recorded from the same English, or
 * one recorded at a position between the recorded positions of the Chinese blocks around the gap
 * (which catches a deletion even when the English was edited since).
 */
function findDeletions(steps: Step[], entries: Map<number, RecordEntry>, record: TranslationRecord): void {
  const found = new Set(entries.values());
  const gone = record.blocks.filter((e) => !found.has(e));
  steps.forEach((step, k) => {
    if (step.kind !== 'missing') return;
    const recordedAt = (s: Step) => (s.kind === 'moved' ? undefined : s.zh.flatMap((z) => entries.get(z.index)?.block ?? []).at(-1));
    const low = steps.slice(0, k).map(recordedAt).filter((n) => n !== undefined).at(-1) ?? -1;
    const high = steps.slice(k + 1).map(recordedAt).find((n) => n !== undefined) ?? Infinity;
    const source = sourceOf(step.en[0]!);
    if (gone.some((e) => sourceOf(e) === source || (low < e.block && e.block < high))) step.kind = 'deleted';
  });
}

/** An English block with no counterpart in place, and a Chinese block elsewhere that is recorded (or copied) as its translation. */
function findMoves(steps: Step[], byPrint: Map<number, RecordEntry>): Step[] {
  const out = [...steps];
  for (const gap of steps.filter((s) => s.kind === 'missing')) {
    const en = gap.en[0]!;
    const source = sourceOf(en);
    const extra = out.find((s) => {
      const z = s.kind === 'extra' ? s.zh[0]! : undefined;
      if (!z) return false;
      const entry = byPrint.get(z.index);
      return sourceOf(z) === source || (entry !== undefined && sourceOf(entry) === source);
    });
    if (!extra) continue;
    out.splice(out.indexOf(extra), 1);
    out[out.indexOf(gap)] = { kind: 'moved', en: [en], zh: extra.zh };
  }
  return out;
}

/** One English and one Chinese block left unpaired at the same place, of different kinds: the block's kind was changed. */
function findKindChanges(steps: Step[]): Step[] {
  const out: Step[] = [];
  for (let k = 0; k < steps.length; k++) {
    const a = steps[k]!;
    const b = steps[k + 1];
    const gaps = b ? [a.kind, b.kind].sort().join(' ') : '';
    if (b && gaps === 'extra missing') {
      const [en, zh] = a.kind === 'missing' ? [a.en[0]!, b.zh[0]!] : [b.en[0]!, a.zh[0]!];
      if (signature(en) !== signature(zh)) {
        out.push({ kind: 'kind', en: [en], zh: [zh] });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * The record entry for each paired Chinese block: the one whose fingerprint it has; failing that
 * (the Chinese was edited since `accept`), an unclaimed entry recorded from the same English,
 * or the unclaimed entry written for the same Chinese position.
 */
function resolveEntries(steps: Step[], byPrint: Map<number, RecordEntry>, record: TranslationRecord): Map<number, RecordEntry> {
  const entries = new Map(byPrint);
  const taken = new Set(byPrint.values());
  for (const { en, zh } of pairsOf({ steps, entries })) {
    // A block still in English translates nothing, so no entry describes it (unless its fingerprint says so).
    if (entries.has(zh.index) || sourceOf(zh) === sourceOf(en)) continue;
    const free = record.blocks.filter((e) => !taken.has(e));
    const entry = free.find((e) => sourceOf(e) === sourceOf(en)) ?? free.find((e) => e.block === zh.index);
    if (entry) {
      entries.set(zh.index, entry);
      taken.add(entry);
    }
  }
  return entries;
}

/**
 * The id of each heading of a translation, in its order: the id of the English heading it
 * translates, so `/#matmul` and `/zh-cn/#matmul` land on the same place even while the
 * translation lacks a heading the English has. A heading that translates none (a structural
 * error `check` reports) gets the English id at its position among headings.
 */
export function translatedHeadingIds(en: Block[], zh: Block[], record?: TranslationRecord): string[] {
  const byZh = new Map(pairsOf(align(en, zh, record)).flatMap((p) => (p.en.heading ? [[p.zh.index, p.en.heading.slug] as const] : [])));
  const englishIds = en.flatMap((b) => (b.heading ? [b.heading.slug] : []));
  return zh.filter((b) => b.heading).map((b, k) => byZh.get(b.index) ?? englishIds[k] ?? b.heading!.slug);
}
