/**
 * Every demo the article and the demo pages place with `<Demo name="…" />`: the one list that
 * `<Demo>`, the demo pages and the end-to-end tests read. test/demos.test.ts checks it against the
 * article, the string tables and src/components/Demo.astro.
 */
export interface DemoInfo {
  /** The article section (its heading id) the demo sits in, and the way back from its page. */
  section: string;
  /** True when the demo has nothing to show without JavaScript; it then gets a notice instead. */
  needsJavaScript: boolean;
  /** Its interface strings: src/i18n/strings/<strings>.ts. */
  strings: string;
  /** Its own page, as a locale-free path, when it has one. */
  page?: string;
}

export const demos = {
  'matmul-visualiser': { section: 'matmul', needsJavaScript: false, strings: 'matmul-visualiser' },
  'model-cost-calculator': { section: 'matmul', needsJavaScript: false, strings: 'model-cost-calculator' },
  'latency-throughput': { section: 'cpu-vs-gpu', needsJavaScript: false, strings: 'latency-throughput' },
  'matmul-lab': { section: 'cpu-vs-gpu', needsJavaScript: true, strings: 'lab', page: '/lab/' },
  'kernel-sources': { section: 'cpu-vs-gpu', needsJavaScript: false, strings: 'site' },
  'gpu-timeline-highlights': { section: 'history', needsJavaScript: false, strings: 'gpu-timeline', page: '/timeline/' },
  'peak-flops-chart': { section: 'history', needsJavaScript: false, strings: 'peak-flops-chart', page: '/peak-flops/' },
  roofline: { section: 'memory', needsJavaScript: false, strings: 'roofline' },
} as const satisfies Record<string, DemoInfo>;

export type DemoName = keyof typeof demos;

export const demoNames = Object.keys(demos) as DemoName[];

export function isDemoName(name: string): name is DemoName {
  return Object.hasOwn(demos, name);
}
