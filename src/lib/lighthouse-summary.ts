// Folds repeated Lighthouse runs of one page into one row (the median of each number, as scores
// and timings vary from run to run) and prints the rows as one Markdown table. Blocking time
// varies most, with how busy the machine is, so its spread is printed beside its median.
import { extent, median } from 'd3-array';

/** The categories reported, in table order; a category this Lighthouse lacks is left out. */
export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo', 'agentic-browsing'] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];

/** What one run of one page measured: scores 0–100, times in milliseconds. */
export interface LighthouseRun {
  scores: Partial<Record<LighthouseCategory, number>>;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  /** Main-thread tasks of 50 ms or more while the page loaded. */
  longTasks: number;
}

export interface LighthouseRow extends LighthouseRun {
  page: string;
  formFactor: 'mobile' | 'desktop';
  runs: number;
  /** The least and the most blocking time of the runs. */
  tbtRangeMs: readonly [number, number];
}

/** The median of each number over the runs of one page in one form factor. */
export function summariseRuns(page: string, formFactor: LighthouseRow['formFactor'], runs: readonly LighthouseRun[]): LighthouseRow {
  if (runs.length === 0) throw new Error(`${page} (${formFactor}): no Lighthouse run to summarise`);
  const of = (pick: (run: LighthouseRun) => number | undefined) => median(runs, pick) ?? NaN;
  const scores: LighthouseRow['scores'] = {};
  for (const category of lighthouseCategories) {
    if (runs.some((run) => run.scores[category] !== undefined)) scores[category] = of((run) => run.scores[category]);
  }
  const [fewest = NaN, most = NaN] = extent(runs, (r) => r.tbtMs);
  return {
    page,
    formFactor,
    runs: runs.length,
    scores,
    cls: of((r) => r.cls),
    tbtMs: of((r) => r.tbtMs),
    tbtRangeMs: [fewest, most],
    lcpMs: of((r) => r.lcpMs),
    longTasks: of((r) => r.longTasks),
  };
}

/** One Markdown table of every row: the category columns are those any row has. */
export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  const categories = lighthouseCategories.filter((category) => rows.some((row) => row.scores[category] !== undefined));
  const header = ['Page', 'Form factor', ...categories, 'CLS', 'TBT (least–most)', 'LCP', 'Long tasks'];
  const lines = rows.map((row) => [
    row.page,
    row.formFactor,
    ...categories.map((category) => (row.scores[category] === undefined ? '–' : String(Math.round(row.scores[category])))),
    row.cls.toFixed(2),
    row.runs > 1 ? `${Math.round(row.tbtMs)} ms (${row.tbtRangeMs.map(Math.round).join('–')})` : `${Math.round(row.tbtMs)} ms`,
    `${(row.lcpMs / 1000).toFixed(2)} s`,
    String(row.longTasks),
  ]);
  const align = header.map((_, i) => (i < 2 ? '---' : '---:'));
  return [header, align, ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
