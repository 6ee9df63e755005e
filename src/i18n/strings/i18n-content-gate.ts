import { defineStrings } from '../translate.ts';

/** The content gate's summary line (src/node/content-gate.ts), for `astro build` and for `astro dev`. */
export const strings = defineStrings({
  en: {
    'build.failed': 'content check: {errors} error(s), {warnings} warning(s); the build stops until the errors above are fixed (`npm run i18n -- check` lists the same)',
    'dev.failed': 'content check: {errors} error(s), {warnings} warning(s); the page still renders here, but `npm run build` stops until they are fixed',
    passed: 'content check: no errors, {warnings} warning(s)',
  },
  'zh-cn': {
    'build.failed': '内容检查：{errors} 个错误，{warnings} 个警告；改正上面的错误之前不能构建（`npm run i18n -- check` 会列出同样的问题）',
    'dev.failed': '内容检查：{errors} 个错误，{warnings} 个警告；开发服务器照常显示页面，但改正之前 `npm run build` 会停下',
    passed: '内容检查：没有错误，{warnings} 个警告',
  },
});
