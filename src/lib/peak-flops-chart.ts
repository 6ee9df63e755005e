/**
 * Geometry of the CPU-vs-GPU peak-throughput chart as plain data: scales and ticks from d3-scale,
 * line paths from d3-shape. The Astro component turns this into SVG at build time, so the chart
 * needs no JavaScript in the browser.
 */
import { groups, max, min } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { PeakFlopsRow } from '../schemas/peak-flops.ts';
import { plotArea, variantWidth, type ChartFrame, type SvgVariant } from './svg-variants.ts';

/** One line of the chart: a kind of chip counted one way. */
export const seriesKeys = ['cpu-fp32', 'gpu-fp32', 'gpu-tensor-fp16'] as const;
export type SeriesKey = (typeof seriesKeys)[number];

export function seriesKeyOf(row: Pick<PeakFlopsRow, 'kind' | 'series'>): SeriesKey {
  if (row.series === 'tensor-fp16') {
    // The schema allows tensor rows for GPUs only; a CPU here means the data skipped validation.
    if (row.kind !== 'gpu') throw new Error(`peak-flops chart: tensor-fp16 rows must be GPUs, got kind "${row.kind}".`);
    return 'gpu-tensor-fp16';
  }
  return row.kind === 'cpu' ? 'cpu-fp32' : 'gpu-fp32';
}

export interface ChartLayout extends ChartFrame {
  /** About how many year ticks the axis gets (d3's `ticks(count)`). */
  yearTicks: number;
  /** The value axis's title: turned along the axis, or level above the plot where the tick labels leave no room beside it. */
  valueTitle: 'side' | 'top';
}

/**
 * Drawing units of the SVG viewBox for a wide and a narrow column; the SVG scales to its column.
 * The narrow one is a layout of its own: a squarer plot, fewer year ticks, so labels keep their size.
 */
export const chartLayouts: Record<SvgVariant, ChartLayout> = {
  wide: { width: variantWidth.wide, height: 400, margin: { top: 16, right: 20, bottom: 40, left: 96 }, yearTicks: 10, valueTitle: 'side' },
  narrow: { width: variantWidth.narrow, height: 340, margin: { top: 36, right: 14, bottom: 40, left: 84 }, yearTicks: 4, valueTitle: 'top' },
};

export interface Tick {
  value: number;
  /** Position along the axis in drawing units. */
  position: number;
  label: string;
}

export interface ChartPoint {
  row: PeakFlopsRow;
  series: SeriesKey;
  x: number;
  y: number;
}

export interface ChartSeries {
  key: SeriesKey;
  points: ChartPoint[];
  /**
   * SVG path through the best value of each year: a year with two parts (a gaming card and a
   * data-centre card) contributes its faster one, so the line traces the peak over time.
   */
  path: string;
}

export interface PeakFlopsChart {
  layout: ChartLayout;
  /** Edges of the plotting area in drawing units. */
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  series: ChartSeries[];
}

/** "100 GFLOPS", "1 TFLOPS", "10 PFLOPS": SI prefixes read the same in both languages. */
const siPrefix = format('~s');
export function formatFlopsTick(gflops: number): string {
  return `${siPrefix(gflops * 1e9)}FLOPS`.replace(/^(\d+(?:\.\d+)?)/, '$1 ');
}

/** Lay the dataset out on a year axis and a logarithmic GFLOPS axis. */
export function buildPeakFlopsChart(rows: readonly PeakFlopsRow[], layout: ChartLayout = chartLayouts.wide): PeakFlopsChart {
  if (rows.length === 0) throw new Error('peak-flops chart: the dataset is empty; check content/datasets/peak-flops.yaml.');
  const plot = plotArea(layout);
  const firstYear = min(rows, (row) => row.year)!;
  const lastYear = max(rows, (row) => row.year)!;
  // Half a year of room at each end keeps the first and last points off the axes.
  const x = scaleLinear()
    .domain([firstYear - 0.5, lastYear + 0.5])
    .rangeRound([plot.left, plot.right]);
  // Whole decades at both ends, so the axis starts and ends on a labelled power of ten.
  const lowest = 10 ** Math.floor(Math.log10(min(rows, (row) => row.gflops)!));
  const highest = 10 ** Math.ceil(Math.log10(max(rows, (row) => row.gflops)!));
  // Whole viewBox units keep the build-time SVG small without visible loss.
  const y = scaleLog().domain([lowest, highest]).rangeRound([plot.bottom, plot.top]);

  const xTicks = x
    .ticks(layout.yearTicks)
    .filter(Number.isInteger)
    .map((value) => ({ value, position: x(value), label: String(value) }));
  // A log axis over five or more decades gets unreadable with the 2…9 minor ticks; keep decades.
  const yTicks = y
    .ticks()
    .filter((value) => Number.isInteger(Math.log10(value)))
    .map((value) => ({ value, position: y(value), label: formatFlopsTick(value) }));

  const pathOf = line<ChartPoint>()
    .x((point) => point.x)
    .y((point) => point.y);
  const series = seriesKeys
    .map((key) => {
      const points = rows
        .filter((row) => seriesKeyOf(row) === key)
        .map((row) => ({ row, series: key, x: x(row.year), y: y(row.gflops) }))
        .sort((a, b) => a.row.year - b.row.year || a.row.gflops - b.row.gflops);
      const peaks = groups(points, (point) => point.row.year).map(([, sameYear]) => sameYear.at(-1)!);
      return { key, points, path: pathOf(peaks) ?? '' };
    })
    .filter((entry) => entry.points.length > 0);

  return { layout, plot, xTicks, yTicks, series };
}

export interface SeriesSummary {
  key: SeriesKey;
  first: PeakFlopsRow;
  last: PeakFlopsRow;
  /** How many times the last value is of the first. */
  growth: number;
}

/**
 * First and last point of each series, the facts the chart's text alternative states. Within a
 * year the faster part counts, as on the chart's lines.
 */
export function summarizeSeries(rows: readonly PeakFlopsRow[]): SeriesSummary[] {
  return seriesKeys.flatMap((key) => {
    const inSeries = rows
      .filter((row) => seriesKeyOf(row) === key)
      .sort((a, b) => a.year - b.year || a.gflops - b.gflops);
    if (inSeries.length === 0) return [];
    const firstYear = inSeries[0]!.year;
    const first = inSeries.filter((row) => row.year === firstYear).at(-1)!;
    const last = inSeries.at(-1)!;
    return [{ key, first, last, growth: last.gflops / first.gflops }];
  });
}

/** Rows in the order the data table lists them: by year, then CPUs before GPUs, FP32 before tensor. */
export function tableRows(rows: readonly PeakFlopsRow[]): PeakFlopsRow[] {
  const order = (row: PeakFlopsRow) => seriesKeys.indexOf(seriesKeyOf(row));
  return [...rows].sort((a, b) => a.year - b.year || order(a) - order(b) || a.gflops - b.gflops);
}
