/**
 * Geometry of the roofline chart as plain data (log–log: FLOP/byte across, GFLOPS up), from
 * d3-scale like the peak-throughput chart. The island draws it; the server draws the reference
 * machines, and the reader's roofs and kernels join once measured, in the same frame.
 */
import { scaleLog } from 'd3-scale';
import type { PeakFlopsRow } from '../schemas/peak-flops.ts';
import { formatFlopsTick } from './peak-flops-chart.ts';
import { roofCorners, type Roof } from './roofline.ts';
import { plotArea, variantWidth, type ChartFrame, type SvgVariant } from './svg-variants.ts';

/** A vendor's machine as the chart shows it: one row of the peak-flops data set with its part's memory bandwidth. */
export interface ReferenceRoof extends Roof {
  readonly id: string;
  readonly name: string;
  readonly year: number;
  readonly kind: PeakFlopsRow['kind'];
  readonly series: PeakFlopsRow['series'];
  /** True when either ceiling is our own arithmetic rather than the vendor's figure. */
  readonly derived: boolean;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
}

/**
 * The reference roofs: every FP32 row that states its memory bandwidth, and the tensor row of the
 * same part (same name and year) with that bandwidth, since both units share one memory.
 */
export function referenceRoofs(rows: readonly PeakFlopsRow[]): ReferenceRoof[] {
  const withMemory = rows.filter((row) => row.series === 'fp32' && row.memory);
  return rows.flatMap((row) => {
    const part = withMemory.find((fp32) => fp32.name === row.name && fp32.year === row.year);
    const memory = part?.memory;
    if (!memory) return [];
    const sources = [row.source, memory.source].filter((source, index, all) => all.findIndex((s) => s.url === source.url) === index);
    return [
      {
        id: row.id,
        name: row.name,
        year: row.year,
        kind: row.kind,
        series: row.series,
        gflops: row.gflops,
        gbPerS: memory.gbPerS,
        derived: row.derived || memory.derived,
        sources: sources.map(({ title, url }) => ({ title, url })),
      },
    ];
  });
}

export interface RooflineLayout extends ChartFrame {
  /** Intensity ticks: every power of 4 (wide) or of 16 (narrow). */
  intensityTickBase: 4 | 16;
}

/** The narrow drawing is its own layout (fewer ticks, a taller plot for its width) so text keeps 12 px at 390 px. */
export const rooflineLayouts: Record<SvgVariant, RooflineLayout> = {
  wide: { width: variantWidth.wide, height: 420, margin: { top: 16, right: 16, bottom: 44, left: 104 }, intensityTickBase: 4 },
  narrow: { width: variantWidth.narrow, height: 380, margin: { top: 30, right: 10, bottom: 44, left: 70 }, intensityTickBase: 16 },
};

/** The intensities drawn: from an elementwise operation (1/12 FLOP/byte) to a large matrix product. */
export const INTENSITY_RANGE = [1 / 16, 1024] as const;

export interface ChartTick {
  value: number;
  position: number;
  label: string;
}

export interface RoofPath {
  /** SVG path of the outline: the sloped memory roof, then the flat compute roof. */
  d: string;
  /** Where the flat part ends (or the slope, when the ridge lies past the range): a place for its label. */
  end: { x: number; y: number };
  /** The ridge point, when it lies in the range. */
  ridge: { x: number; y: number } | null;
}

export interface RooflineFrame {
  layout: RooflineLayout;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  /** Drawing position of an intensity (FLOP/byte). */
  x(intensity: number): number;
  /** Drawing position of a speed (GFLOPS). */
  y(gflops: number): number;
  roofPath(roof: Roof): RoofPath;
}

/** "1/16", "1/4", "1", "4", … : intensities read best as the fractions they are. */
export function formatIntensity(value: number): string {
  return value >= 1 ? String(Math.round(value)) : `1/${Math.round(1 / value)}`;
}

/**
 * Lays out the frame around the roofs and points it must show: the speed axis spans whole decades
 * from the lowest value any roof reaches in the range (or any point) to the highest peak.
 */
export function buildRooflineFrame(layout: RooflineLayout, roofs: readonly Roof[], pointGflops: readonly number[] = []): RooflineFrame {
  if (roofs.length === 0) throw new Error('roofline chart: no roof to draw; check the memory fields of content/datasets/peak-flops.yaml.');
  const plot = plotArea(layout);
  const corners = roofs.flatMap((roof) => roofCorners(roof, INTENSITY_RANGE));
  const values = [...corners.map((corner) => corner.gflops), ...pointGflops.filter((value) => value > 0)];
  const lowest = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const highest = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const xScale = scaleLog().domain(INTENSITY_RANGE).range([plot.left, plot.right]);
  const yScale = scaleLog().domain([lowest, highest]).range([plot.bottom, plot.top]).clamp(true);
  const round = (value: number) => Math.round(value * 10) / 10;
  const x = (intensity: number) => round(xScale(intensity));
  const y = (gflops: number) => round(yScale(gflops));

  const [from, to] = INTENSITY_RANGE;
  const xTicks: ChartTick[] = [];
  for (let value = from; value <= to; value *= layout.intensityTickBase) xTicks.push({ value, position: x(value), label: formatIntensity(value) });
  const decades = Math.round(Math.log10(highest / lowest));
  // Past six decades a narrow plot labels every other one, so labels never touch.
  const step = layout.width < variantWidth.wide && decades > 6 ? 2 : 1;
  const yTicks: ChartTick[] = [];
  for (let decade = 0; decade <= decades; decade += step) {
    const value = lowest * 10 ** decade;
    yTicks.push({ value, position: y(value), label: formatFlopsTick(value) });
  }

  const roofPath = (roof: Roof): RoofPath => {
    const points = roofCorners(roof, INTENSITY_RANGE).map((corner) => ({ x: x(corner.intensity), y: y(corner.gflops) }));
    const d = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
    return { d, end: points.at(-1)!, ridge: points.length === 3 ? points[1]! : null };
  };
  return { layout, plot, xTicks, yTicks, x, y, roofPath };
}
