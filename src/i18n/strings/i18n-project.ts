import { defineStrings } from '../translate.ts';

/** Messages about the layout of content/article/ (src/node/translation-project.ts). */
export const strings = defineStrings({
  en: {
    'folder.notLocale': '"{name}" is not a locale of the site',
    'folder.hint': 'locales are declared in src/i18n/locales.ts; add it there or rename the folder',
    'file.noSource': 'no English section {source} for this translation',
    'file.hint': 'a translation file must have the same name as its English section; rename it or remove it',
  },
  'zh-cn': {
    'folder.notLocale': '“{name}”不是本站的语言',
    'folder.hint': '语言在 src/i18n/locales.ts 里声明；请在那里添加，或给文件夹改名',
    'file.noSource': '这份译文没有对应的英文小节 {source}',
    'file.hint': '译文文件必须与英文小节同名；请改名或删除',
  },
});
