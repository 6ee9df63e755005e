import { defineStrings } from '../translate.ts';

/** Messages of the shared form parts (src/islands/parts/). */
export const strings = defineStrings({
  en: {
    'number.range': 'Enter a number from {min} to {max}.',
    'number.wholeRange': 'Enter a whole number from {min} to {max}.',
  },
  'zh-cn': {
    'number.range': '请输入 {min} 到 {max} 之间的数。',
    'number.wholeRange': '请输入 {min} 到 {max} 之间的整数。',
  },
});
