import { describe, expect, it } from 'vitest';
import { buildPeakFlopsChart, chartLayouts, formatFlopsTick, seriesKeyOf, summarizeSeries, tableRows } from '../src/lib/peak-flops-chart.ts';
import type { PeakFlopsRow } from '../src/schemas/peak-flops.ts';

const row = (id: string, year: number, kind: 'cpu' | 'gpu', series: 'fp32' | 'tensor-fp16', gflops: number): PeakFlopsRow => ({
  id,
  year,
  name: id,
  kind,
  series,
  gflops,
  unit: 'GFLOPS',
  derived: false,
  source: { title: 'test', url: 'https://example.org' },
});

const rows = [
  row('2007-cpu', 2007, 'cpu', 'fp32', 102),
  row('2007-gpu', 2007, 'gpu', 'fp32', 624),
  row('2017-cpu', 2017, 'cpu', 'fp32', 4480),
  row('2017-gpu', 2017, 'gpu', 'fp32', 14_900),
  row('2017-tensor', 2017, 'gpu', 'tensor-fp16', 125_000),
  row('2022-gaming', 2022, 'gpu', 'fp32', 40_000),
  row('2022-datacentre', 2022, 'gpu', 'fp32', 66_900),
  row('2024-tensor', 2024, 'gpu', 'tensor-fp16', 2_250_000),
];
const layout = { width: 700, height: 400, margin: { top: 10, right: 20, bottom: 30, left: 60 }, yearTicks: 10, valueTitle: 'side' } as const;

describe('buildPeakFlopsChart', () => {
  const chart = buildPeakFlopsChart(rows, layout);

  it('labels the value axis at whole decades from below the lowest to above the highest value', () => {
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(['100 GFLOPS', '1 TFLOPS', '10 TFLOPS', '100 TFLOPS', '1 PFLOPS', '10 PFLOPS']);
    expect(chart.yTicks[0]?.position).toBe(chart.plot.bottom);
    expect(chart.yTicks.at(-1)?.position).toBe(chart.plot.top);
  });

  it('spaces decades evenly, as a log scale must', () => {
    const gaps = chart.yTicks.slice(1).map((tick, i) => chart.yTicks[i]!.position - tick.position);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 6);
  });

  it('labels the year axis with whole years inside the plot', () => {
    for (const tick of chart.xTicks) {
      expect(Number.isInteger(tick.value)).toBe(true);
      expect(tick.position).toBeGreaterThan(chart.plot.left);
      expect(tick.position).toBeLessThan(chart.plot.right);
    }
    expect(chart.xTicks.map((tick) => tick.label)).toContain('2010');
  });

  it('gives a phone-width column a layout of its own: fewer year ticks, spaced at least 40 units apart', () => {
    const narrow = buildPeakFlopsChart(rows, chartLayouts.narrow);
    const wide = buildPeakFlopsChart(rows, chartLayouts.wide);
    expect(narrow.layout.width).toBeLessThan(wide.layout.width);
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    const gaps = narrow.xTicks.slice(1).map((tick, i) => tick.position - narrow.xTicks[i]!.position);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40);
  });

  it('draws one series per kind of chip and number format, each point at its year and value', () => {
    expect(chart.series.map((series) => [series.key, series.points.length])).toEqual([
      ['cpu-fp32', 2],
      ['gpu-fp32', 4],
      ['gpu-tensor-fp16', 2],
    ]);
    const cpu = chart.series[0]!.points;
    const gpu = chart.series[1]!.points;
    // Same year, same x; the faster chip sits higher, i.e. at a smaller y.
    expect(cpu[0]!.x).toBe(gpu[0]!.x);
    expect(gpu[0]!.y).toBeLessThan(cpu[0]!.y);
  });

  it('runs each line through the fastest part of each year', () => {
    const gpu = chart.series.find((series) => series.key === 'gpu-fp32')!;
    const gaming = gpu.points.find((point) => point.row.id === '2022-gaming')!;
    const datacentre = gpu.points.find((point) => point.row.id === '2022-datacentre')!;
    const coords = [...gpu.path.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(coords).toHaveLength(3);
    expect(coords.at(-1)![1]).toBeCloseTo(datacentre.y, 3);
    expect(coords.some(([, y]) => Math.abs(y! - gaming.y) < 1e-3)).toBe(false);
  });

  it('refuses an empty dataset with a message that names the file', () => {
    expect(() => buildPeakFlopsChart([], layout)).toThrow('content/datasets/peak-flops.yaml');
  });
});

describe('seriesKeyOf', () => {
  it('refuses a CPU in the tensor series', () => {
    expect(() => seriesKeyOf({ kind: 'cpu', series: 'tensor-fp16' })).toThrow('tensor-fp16 rows must be GPUs');
  });
});

describe('formatFlopsTick', () => {
  it('uses SI prefixes', () => {
    expect(formatFlopsTick(100)).toBe('100 GFLOPS');
    expect(formatFlopsTick(1e6)).toBe('1 PFLOPS');
  });
});

describe('summarizeSeries', () => {
  it('gives the first and last point of each series and the growth between them', () => {
    const summary = summarizeSeries(rows);
    expect(summary.map((s) => [s.key, s.first.id, s.last.id])).toEqual([
      ['cpu-fp32', '2007-cpu', '2017-cpu'],
      ['gpu-fp32', '2007-gpu', '2022-datacentre'],
      ['gpu-tensor-fp16', '2017-tensor', '2024-tensor'],
    ]);
    expect(summary[2]!.growth).toBe(18);
  });
});

describe('tableRows', () => {
  it('orders by year, then CPU, GPU and tensor rows', () => {
    expect(tableRows(rows).map((r) => r.id)).toEqual([
      '2007-cpu',
      '2007-gpu',
      '2017-cpu',
      '2017-gpu',
      '2017-tensor',
      '2022-gaming',
      '2022-datacentre',
      '2024-tensor',
    ]);
  });
});
