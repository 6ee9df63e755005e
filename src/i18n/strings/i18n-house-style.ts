import { defineStrings } from '../translate.ts';

/** Messages of the house-style check (src/lib/translation/checks/house-style.ts). */
export const strings = defineStrings({
  en: {
    change: 'house style: "{before}" should be "{after}"',
    hint: 'apply the change, or run `npx autocorrect --fix {file}` (spaces between Chinese and Latin/digits, full-width punctuation)',
  },
  'zh-cn': {
    change: '排版规范：“{before}”应改为“{after}”',
    hint: '照此修改，或运行 `npx autocorrect --fix {file}`（中文与英文、数字之间加空格，使用全角标点）',
  },
});
