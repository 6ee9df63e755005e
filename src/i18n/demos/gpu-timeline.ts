import type { EraId } from '../../lib/timeline.ts';
import type { TimelineCategory } from '../../schemas/timeline.ts';

/** Interface strings of the GPU history timeline; the English table defines the keys. */
const en = {
  listLabel: 'GPU history, event by event',
  filterLabel: 'Show events of these kinds',
  categories: { hardware: 'Hardware', software: 'Software', research: 'Research', browser: 'Browsers' } satisfies Record<TimelineCategory, string>,
  showAll: 'Show all',
  status: (shown: number, total: number) => `Showing ${shown} of ${total} events.`,
  noneShown: 'No kind of event is selected. Choose one above, or show all.',
  eras: {
    'programmable-graphics': 'Graphics chips become programmable',
    'gpu-computing': 'GPUs learn general-purpose computing',
    'deep-learning': 'Deep learning moves to GPUs',
    'tensor-era': 'Tensor units, TPUs and the GPU in the browser',
  } satisfies Record<EraId, string>,
  eraYears: (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`),
  sources: 'Sources',
  permalink: 'Link',
  permalinkLabel: (title: string) => `Link to this event: ${title}`,
  fallbackNotice: 'Not translated yet; shown in English.',
  highlightsLabel: 'GPU history at a glance',
  highlightsMore: (total: number) => `All ${total} events, with their sources, filters and details, are on the timeline page.`,
};

type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends Record<string, string>
      ? Record<keyof (typeof en)[K], string>
      : string;
};

const zhCn: Strings = {
  listLabel: 'GPU 发展史，逐条事件',
  filterLabel: '显示以下类别的事件',
  categories: { hardware: '硬件', software: '软件', research: '研究', browser: '浏览器' },
  showAll: '全部显示',
  status: (shown: number, total: number) => `共 ${total} 条事件，显示 ${shown} 条。`,
  noneShown: '没有选中任何类别。请在上方选择一类，或全部显示。',
  eras: {
    'programmable-graphics': '图形芯片变得可编程',
    'gpu-computing': 'GPU 学会通用计算',
    'deep-learning': '深度学习转向 GPU',
    'tensor-era': '张量单元、TPU 与浏览器里的 GPU',
  },
  eraYears: (first: number, last: number) => (first === last ? `${first} 年` : `${first}–${last} 年`),
  sources: '来源',
  permalink: '链接',
  permalinkLabel: (title: string) => `本条链接：${title}`,
  fallbackNotice: '本条尚未翻译，暂时显示英文。',
  highlightsLabel: 'GPU 发展史一览',
  highlightsMore: (total: number) => `全部 ${total} 条事件，连同来源、筛选和详细说明，都在时间线页面上。`,
};

export const strings = { en, 'zh-cn': zhCn };
