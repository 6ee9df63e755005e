import { describe, expect, it } from 'vitest';
import { lighthouseTable, summariseRuns, type LighthouseRun } from '../src/lib/lighthouse-summary.ts';

const run = (performance: number, tbtMs: number, extra: Partial<LighthouseRun> = {}): LighthouseRun => ({
  scores: { performance, accessibility: 100 },
  cls: 0,
  tbtMs,
  lcpMs: 1200,
  longTasks: 0,
  ...extra,
});

describe('summariseRuns', () => {
  it('takes the median of each number, so one slow run does not decide the row', () => {
    const row = summariseRuns('/', 'mobile', [run(100, 20), run(62, 900, { longTasks: 4 }), run(98, 40)]);
    expect(row).toMatchObject({ page: '/', formFactor: 'mobile', runs: 3, tbtMs: 40, tbtRangeMs: [20, 900], longTasks: 0 });
    expect(row.scores).toEqual({ performance: 98, accessibility: 100 });
  });

  it('averages the middle pair of an even number of runs', () => {
    expect(summariseRuns('/', 'desktop', [run(90, 10), run(100, 30)]).tbtMs).toBe(20);
  });

  it('refuses to summarise no runs, naming the page', () => {
    expect(() => summariseRuns('/zh-cn/lab/', 'mobile', [])).toThrow('/zh-cn/lab/ (mobile): no Lighthouse run');
  });
});

describe('lighthouseTable', () => {
  it('prints one Markdown row per page and form factor, with only the categories measured', () => {
    const table = lighthouseTable([summariseRuns('/zh-cn/', 'mobile', [run(99.6, 57.4, { cls: 0.004, lcpMs: 2050 })])]);
    expect(table.split('\n')).toEqual([
      '| Page | Form factor | performance | accessibility | CLS | TBT (least–most) | LCP | Long tasks |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| /zh-cn/ | mobile | 100 | 100 | 0.00 | 57 ms | 2.05 s | 0 |',
    ]);
  });

  it('prints the blocking time of several runs with its spread, which tells a busy machine from a slow page', () => {
    const row = summariseRuns('/lab/', 'mobile', [run(96, 212.4), run(88, 443), run(99, 133.2)]);
    expect(lighthouseTable([row]).split('\n').at(-1)).toBe('| /lab/ | mobile | 96 | 100 | 0.00 | 212 ms (133–443) | 1.20 s | 0 |');
  });
});
