import { defineStrings } from '../translate.ts';

/** Messages of the glossary check (src/lib/translation/checks/glossary.ts). */
export const strings = defineStrings({
  en: {
    'term.notUsed': 'glossary term "{term}" (English block {block}, line {line}) should be rendered as "{rendering}", which this block does not contain',
    'term.hint': 'use "{rendering}"; if it does not fit here, discuss changing {file}',
  },
  'zh-cn': {
    'term.notUsed': '术语“{term}”（英文第 {block} 块，第 {line} 行）应译作“{rendering}”，但这一块里没有',
    'term.hint': '请用“{rendering}”；如果这里不合适，请提出修改 {file}',
  },
});
