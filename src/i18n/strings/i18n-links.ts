import { defineStrings } from '../translate.ts';

/** Messages of the links check (src/lib/translation/checks/links.ts). */
export const strings = defineStrings({
  en: {
    'scheme.refused': 'link "{url}" uses {scheme}, which article links may not use',
    'scheme.protocolRelative': 'link "{url}" starts with `//` (or a backslash), which leads to another site without saying how',
    'scheme.hint': 'a link may be {schemes}, a site path starting with `/`, or `#id`; other addresses can run code or open files in the reader’s browser',
    relative: 'relative link "{url}" depends on the page it is rendered on',
    'relative.hint': 'write a site path starting with `/`, or `#id` for a place in the article',
    'anchor.unknown': 'link to "#{anchor}", but the article has no section or heading with that id',
    'anchor.hint': 'use one of the section ids ({ids}, …) or a heading id; heading ids come from the English heading text',
    'locale.other': 'link "{url}" leads to the {target} article from a {locale} page',
    'locale.hint': 'link to {path} or just #{anchor}',
    'page.unknown': 'link to "{path}", but the site has no such page',
    'page.hint': 'check the path against src/pages (English pages have no locale prefix, Chinese ones start with /zh-cn/)',
  },
  'zh-cn': {
    'scheme.refused': '链接“{url}”使用了 {scheme}，文章里的链接不能使用这种地址',
    'scheme.protocolRelative': '链接“{url}”以 `//`（或反斜杠）开头，会不声明协议地跳到别的网站',
    'scheme.hint': '链接只能是 {schemes}、以 `/` 开头的站内路径或 `#id`；其他地址可能在读者的浏览器里运行代码或打开本地文件',
    relative: '相对链接“{url}”的目标取决于它所在的页面',
    'relative.hint': '请写以 `/` 开头的站内路径，或用 `#id` 指向文章中的位置',
    'anchor.unknown': '链接指向“#{anchor}”，但文章里没有这个 id 的章节或标题',
    'anchor.hint': '请使用章节 id（{ids}，…）或标题 id；标题 id 由英文标题生成',
    'locale.other': '链接“{url}”从 {locale} 页面指向 {target} 文章',
    'locale.hint': '请链接到 {path}，或直接写 #{anchor}',
    'page.unknown': '链接指向“{path}”，但网站没有这个页面',
    'page.hint': '请对照 src/pages 检查路径（英文页面没有语言前缀，中文页面以 /zh-cn/ 开头）',
  },
});
