import type { Locale } from './locales.ts';

/**
 * Interface strings of the site chrome. The English table defines the keys; every other locale
 * must provide each of them (enforced by the type below and by a unit test).
 */
const en = {
  'site.title': 'Why deep learning needs GPUs',
  'site.description':
    'An interactive explanation of why training deep learning models needs GPUs, with demos that run on your own machine.',
  'skip.toContent': 'Skip to the article',
  'nav.toc': 'Contents',
  'nav.language': 'Language',
  'theme.toggle': 'Colour theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',
  'suggest.text': 'This article is also available in English.',
  'suggest.action': 'Read in English',
  'suggest.dismiss': 'No thanks',
  'fallback.notice': 'This section has not been translated yet; it is shown in the original language.',
  'fallback.contribute': 'Help translate it',
  'byline.published': 'Published',
  'byline.updated': 'Updated',
  'byline.readingTime': '{minutes} min read',
  'figure.label': 'Figure',
  'cite.label': 'Reference',
  'derived.label': 'derived',
  'derived.title': 'We computed this figure ourselves; the arithmetic is shown.',
  'factcheck.label': 'Fact check',
  'aside.note': 'Note',
  'aside.tip': 'Tip',
  'aside.caution': 'Caution',
  'demo.noscript': 'This interactive demo needs JavaScript. The article around it explains the same idea in text.',
  'references.title': 'References',
  'references.accessed': 'link',
  'cite.title': 'How to cite this article',
  'footer.source': 'Source on GitHub',
  'footer.license': 'Text and figures are ours; data sets are credited where used.',
} as const;

export type UiKey = keyof typeof en;

const zhCn: Record<UiKey, string> = {
  'site.title': '为什么深度学习需要 GPU',
  'site.description': '用可以在你自己电脑上运行的演示，讲清楚训练深度学习模型为什么需要 GPU。',
  'skip.toContent': '跳到正文',
  'nav.toc': '目录',
  'nav.language': '语言',
  'theme.toggle': '配色',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'theme.system': '跟随系统',
  'suggest.text': '这篇文章有中文版。',
  'suggest.action': '阅读中文版',
  'suggest.dismiss': '不用了',
  'fallback.notice': '这一节还没有翻译，暂时显示英文原文。',
  'fallback.contribute': '参与翻译',
  'byline.published': '发布于',
  'byline.updated': '更新于',
  'byline.readingTime': '阅读约 {minutes} 分钟',
  'figure.label': '图',
  'cite.label': '参考文献',
  'derived.label': '推算',
  'derived.title': '这个数字是我们自己算出来的，算式就在旁边。',
  'factcheck.label': '事实核查',
  'aside.note': '说明',
  'aside.tip': '提示',
  'aside.caution': '注意',
  'demo.noscript': '这个交互演示需要 JavaScript。周围的正文用文字讲了同样的内容。',
  'references.title': '参考文献',
  'references.accessed': '链接',
  'cite.title': '如何引用本文',
  'footer.source': 'GitHub 上的源码',
  'footer.license': '文字和插图均为原创；引用的数据集在使用处注明出处。',
};

export const ui: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCn };

/** A translator for one locale: `t('byline.readingTime', { minutes: 12 })`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    ui[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
