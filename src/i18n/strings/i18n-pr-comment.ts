import { defineStrings } from '../translate.ts';

/**
 * The pull-request comment on translation changes (src/lib/translation/pr-comment.ts), written in
 * every locale one after the other; status words are the status page's (site.ts).
 */
export const strings = defineStrings({
  en: {
    heading: 'Translation status',
    intro: 'What this pull request changes, as `npm run i18n -- status` computes it for the files it touches.',
    none: 'This pull request changes no article section, timeline entry or glossary term.',
    'column.kind': 'Kind',
    'column.item': 'Section or entry',
    'column.locale': 'Language',
    'column.state': 'Status',
    'section.state': '{translated} of {blocks} blocks translated ({percent}% of the words); {outdated} outdated, {missing} missing, {unrecorded} unrecorded',
    'section.noFile': 'no translation file yet',
    more: '…and {count} more rows; see the status page of the preview.',
    'preview.heading': 'Preview the built site',
    'preview.steps':
      'Download the `site` artifact of [this run]({run}), unzip it into a folder named `dist` at the root of your clone, and run `npm run preview`; then open http://localhost:4321/ (English) or http://localhost:4321/zh-cn/ (Chinese), and /translation-status/ for the whole status.',
    footer: 'Updated by the translation workflow on every push to this pull request.',
  },
  'zh-cn': {
    heading: '翻译进度',
    intro: '本拉取请求改动的文件，按 `npm run i18n -- status` 的计算结果如下。',
    none: '本拉取请求没有改动文章小节、时间线条目或术语。',
    'column.kind': '类别',
    'column.item': '小节或条目',
    'column.locale': '语言',
    'column.state': '状态',
    'section.state': '{blocks} 块中已翻译 {translated} 块（按词数占 {percent}%）；已过时 {outdated}，未翻译 {missing}，未登记 {unrecorded}',
    'section.noFile': '还没有译文文件',
    more: '……另有 {count} 行，请看预览中的翻译进度页面。',
    'preview.heading': '预览构建好的网站',
    'preview.steps':
      '从 [这次运行]({run}) 下载 `site` 制品，解压到仓库根目录下名为 `dist` 的文件夹，运行 `npm run preview`，然后打开 http://localhost:4321/（英文）或 http://localhost:4321/zh-cn/（中文），完整进度见 /zh-cn/translation-status/。',
    footer: '每次向本拉取请求推送，翻译工作流都会更新这条评论。',
  },
});
