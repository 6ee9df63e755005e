import type { SeriesKey } from '../../lib/peak-flops-chart.ts';

/** Interface strings of the CPU-vs-GPU peak-throughput chart; the English table defines the keys. */
const en = {
  title: (first: number, last: number) => `Peak throughput of CPUs and GPUs, ${first}–${last}`,
  series: {
    'cpu-fp32': 'CPU, FP32',
    'gpu-fp32': 'GPU, FP32',
    'gpu-tensor-fp16': 'GPU tensor units, dense FP16/BF16',
  } satisfies Record<SeriesKey, string>,
  legendDerived: 'Hollow: a figure we derived ourselves (arithmetic in the table)',
  xAxis: 'Year',
  yAxis: 'Peak GFLOPS (log scale)',
  summaryIntro:
    'Theoretical peak arithmetic throughput by year, on a logarithmic scale where each gridline is ten times the one below.',
  summarySeries: (series: string, firstValue: string, firstName: string, firstYear: number, lastValue: string, lastName: string, lastYear: number, growth: string) =>
    `${series}: from ${firstValue} GFLOPS (${firstName}, ${firstYear}) to ${lastValue} GFLOPS (${lastName}, ${lastYear}), about ${growth} times as much.`,
  pointLabel: (name: string, year: number, value: string, series: string, source: string) =>
    `${name}, ${year}: ${value} GFLOPS, ${series}. Source: ${source}`,
  derived: 'derived',
  derivedTooltip: (arithmetic: string) => `Derived: ${arithmetic}`,
  sourceTooltip: (source: string) => `Source: ${source}`,
  tableSummary: (points: number) => `Show the data as a table (${points} points)`,
  tableCaption: 'Peak throughput by year, in GFLOPS',
  columns: { year: 'Year', name: 'Processor', measure: 'Measure', value: 'Peak GFLOPS', source: 'Source' },
  creditPrefix: 'Data for 2007 to 2022 from ',
  creditWork: 'Karl Rupp, “CPU, GPU and MIC Hardware Characteristics over Time”',
  creditLicence: 'CC BY 4.0',
  creditRest:
    '. Later points from vendor specifications. Tensor figures are dense; vendors often quote figures with structured sparsity, which are twice as large.',
};

type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends Record<string, string>
      ? Record<keyof (typeof en)[K], string>
      : string;
};

const zhCn: Strings = {
  title: (first: number, last: number) => `CPU 与 GPU 的峰值算力，${first}–${last} 年`,
  series: {
    'cpu-fp32': 'CPU，FP32',
    'gpu-fp32': 'GPU，FP32',
    'gpu-tensor-fp16': 'GPU 张量单元，稠密 FP16/BF16',
  },
  legendDerived: '空心：我们自己推算的数字（算式见表格）',
  xAxis: '年份',
  yAxis: '峰值 GFLOPS（对数坐标）',
  summaryIntro: '各年份的理论峰值算力，采用对数坐标：每条网格线都是下面一条的 10 倍。',
  summarySeries: (series: string, firstValue: string, firstName: string, firstYear: number, lastValue: string, lastName: string, lastYear: number, growth: string) =>
    `${series}：从 ${firstValue} GFLOPS（${firstName}，${firstYear} 年）增长到 ${lastValue} GFLOPS（${lastName}，${lastYear} 年），约为原来的 ${growth} 倍。`,
  pointLabel: (name: string, year: number, value: string, series: string, source: string) =>
    `${name}，${year} 年：${value} GFLOPS，${series}。来源：${source}`,
  derived: '推算',
  derivedTooltip: (arithmetic: string) => `推算：${arithmetic}`,
  sourceTooltip: (source: string) => `来源：${source}`,
  tableSummary: (points: number) => `以表格查看数据（共 ${points} 个数据点）`,
  tableCaption: '各年份峰值算力（GFLOPS）',
  columns: { year: '年份', name: '处理器', measure: '指标', value: '峰值 GFLOPS', source: '来源' },
  creditPrefix: '2007–2022 年的数据来自 ',
  creditWork: 'Karl Rupp, “CPU, GPU and MIC Hardware Characteristics over Time”',
  creditLicence: 'CC BY 4.0',
  creditRest: '。之后的数据来自厂商规格。张量算力均为稠密数值；厂商常引用假定结构化稀疏的数字，是稠密数值的两倍。',
};

export const strings = { en, 'zh-cn': zhCn };
