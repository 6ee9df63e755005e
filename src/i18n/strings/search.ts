import { defineStrings } from '../translate.ts';

/** The site search: the header's button, the dialog (src/components/Search.astro) and what it says while searching. */
export const strings = defineStrings({
  en: {
    'search.open': 'Search',
    'search.label': 'Search every page of the site',
    'search.close': 'Close',
    'search.loading': 'Loading search…',
    'search.failed': 'Search could not be loaded. The contents and the glossary list every section and term.',
    'search.none': 'Nothing found. Try another word, or look in the glossary.',
    'search.count': 'Pages found: {count}',
  },
  'zh-cn': {
    'search.open': '搜索',
    'search.label': '搜索本站所有页面',
    'search.close': '关闭',
    'search.loading': '正在加载搜索…',
    'search.failed': '搜索未能加载。目录和术语表列出了每一节和每个术语。',
    'search.none': '没有找到结果。换个词试试，或查一查术语表。',
    'search.count': '找到 {count} 个页面',
  },
});
