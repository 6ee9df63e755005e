import { defineStrings } from '../translate.ts';

/** The frame of every message `npm run i18n` prints (src/lib/translation/diagnostics.ts). */
export const strings = defineStrings({
  en: {
    'severity.error': 'error',
    'severity.warning': 'warning',
    hint: 'hint: ',
  },
  'zh-cn': {
    'severity.error': '错误',
    'severity.warning': '警告',
    hint: '提示：',
  },
});
