import { csvFormatRows } from 'd3-dsv';
import type { BackendId, PeerId } from './backends.ts';

/** One finished measurement, as the page shows it and the exports and the bench write it. */
export interface ResultRow {
  readonly backend: BackendId | PeerId;
  readonly n: number;
  readonly firstMs: number;
  readonly medianMs: number;
  readonly gflops: number;
  readonly maxRelError: number;
  readonly verified: boolean;
  /** True when the backend ran on a software renderer (its time is CPU time, not GPU time). */
  readonly software: boolean;
  /** Renderer / adapter description for GPU rows, empty for CPU rows. */
  readonly adapter: string;
}

export const RESULT_FIELDS = [
  'backend', 'n', 'firstMs', 'medianMs', 'gflops', 'maxRelError', 'verified', 'software', 'adapter',
] as const satisfies ReadonlyArray<keyof ResultRow>;

const round = (x: number, digits: number) => Number(x.toFixed(digits));

function cells(row: ResultRow): string[] {
  return [
    row.backend,
    String(row.n),
    String(round(row.firstMs, 2)),
    String(round(row.medianMs, 3)),
    String(round(row.gflops, 3)),
    row.maxRelError.toExponential(2),
    String(row.verified),
    String(row.software),
    row.adapter,
  ];
}

export function toCsv(rows: readonly ResultRow[]): string {
  return csvFormatRows([[...RESULT_FIELDS], ...rows.map(cells)]);
}

/** The rows' result fields only: a row may carry more (the lab's phase timelines), which the export leaves out. */
export function toJson(rows: readonly ResultRow[]): string {
  return JSON.stringify(rows.map((row) => Object.fromEntries(RESULT_FIELDS.map((field) => [field, row[field]]))), null, 2);
}

/** A GitHub-flavoured Markdown table; pipes in text cells are escaped so they cannot break it. */
export function toMarkdown(rows: readonly ResultRow[]): string {
  const line = (values: readonly string[]) => `| ${values.map((v) => v.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(RESULT_FIELDS), line(RESULT_FIELDS.map(() => '---')), ...rows.map((r) => line(cells(r)))].join('\n');
}
