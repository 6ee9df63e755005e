import { defineStrings } from '../translate.ts';

/**
 * What `npm run i18n` prints around the diagnostics (src/node/i18n-cli.ts). Status words and
 * column names are the status page's (src/i18n/strings/site.ts), so a translator reads the same
 * terms in the terminal and on the site.
 */
export const strings = defineStrings({
  en: {
    usage: `usage: npm run i18n -- <command> [--lang en|zh-cn]

  status [--json]                 translation status per locale: sections, timeline entries, glossary terms
  check                           report errors (exit code 1 if there are any)
  diff <file>                     what changed in the English of each outdated block
  accept <file> --all | --block N [--keep-english | --unchanged]
                                  record that translated blocks match the current English
                                  (without --all or --block: list what it would record)
  migrate                         add the translation fingerprint to old record entries
  accept timeline|glossary [<id>] record that a timeline entry or glossary term (all when no id)
                                  is translated from the current English

<file>: content/article/zh-cn/03-matmul.mdx, its English file, or 03-matmul
The tool answers in Chinese for a file under zh-cn/, with LANG=zh_CN… or with --lang zh-cn.`,
    'usage.needsFile': 'this command needs a <file>',
    'usage.noCommand': 'no command given',
    'usage.unknownOption': 'unknown option {option}',
    'usage.optionValue': '{option} needs a value',
    'usage.unexpected': 'unexpected argument "{arg}"',
    'usage.unknownCommand': 'unknown command "{command}"',
    'usage.optionNotFor': '--{option} does not apply to "{command}"',
    'usage.noFileFor': '"{command}" takes no <file>',
    'usage.badLang': '--lang must be one of {locales}, got "{lang}"',
    'usage.noSection': 'no article section "{arg}"; sections are: {sections}',
    'usage.noSections': '(none found in content/article/en)',
    'usage.noEnglish': 'no English sections found in {dir}; run from the project root',
    'usage.noEntry': 'no file {file}; {kind} ids are: {ids}',
    'status.parseError': '(parse error)',
    'status.legend':
      'translated = done and up to date; unrecorded = translated text without a record (check it, then `accept`); percent = share of English words done',
    'status.entries': '{kind}: {total} — {translated} translated, {outdated} outdated, {missing} missing, {unrecorded} unrecorded',
    'status.entry': '  {status}  {file}  ({label})',
    'check.summary': '{errors} error(s), {warnings} warning(s).',
    'check.separator': '; ',
    'check.totals': '{locale}: {outdated} outdated, {missing} missing, {unrecorded} unrecorded blocks; timeline and glossary: {entries} not translated (status, not errors)',
    'diff.none': '{file}: no outdated blocks',
    'diff.block': '--- block {block}: {file}:{line} translates {source}:{sourceLine}',
    'diff.next': 'Once the translation is updated:',
    'accept.done': '{file}: accepted block(s) {blocks}',
    'accept.none': '(none)',
    'accept.stillEnglish': 'not accepted, still in English (missing): block(s) {blocks}',
    'accept.noFile': '{file} does not exist yet; copy {source} there and translate it first',
    'accept.brokenRecord': '{file} is broken ({error}); fix or delete it first',
    'accept.badBlock': '--block needs a block number (0, 1, 2 …), got "{value}"',
    'accept.refused': 'i18n accept: {error}',
    'acceptEntry.done': '{file}: recorded as translated from the current English',
    'acceptEntry.current': '{file}: already translated from the current English',
    'acceptEntry.missing': '{file}: not accepted, some of its text has no translation yet (missing)',
    'acceptEntry.summary': '{accepted} file(s) accepted, {missing} still missing a translation',
  },
  'zh-cn': {
    usage: `用法：npm run i18n -- <命令> [--lang en|zh-cn]

  status [--json]                 各语言的翻译进度：小节、时间线条目、术语
  check                           报告错误（有错误时退出码为 1）
  diff <文件>                     每个已过时的块，英文原文改了什么
  accept <文件> --all | --block N [--keep-english | --unchanged]
                                  登记已翻译的块与现在的英文一致
                                  （不加 --all 或 --block：只列出将会登记的块）
  migrate                         给旧的记录条目补上译文指纹
  accept timeline|glossary [<id>] 登记时间线条目或术语（不写 id 则全部）译自现在的英文

<文件>：content/article/zh-cn/03-matmul.mdx、对应的英文文件，或者 03-matmul
文件在 zh-cn/ 下、LANG=zh_CN… 或加 --lang zh-cn 时，本工具用中文回答。`,
    'usage.needsFile': '这个命令需要一个 <文件>',
    'usage.noCommand': '没有给出命令',
    'usage.unknownOption': '没有 {option} 这个选项',
    'usage.optionValue': '{option} 后面需要一个值',
    'usage.unexpected': '多余的参数“{arg}”',
    'usage.unknownCommand': '没有“{command}”这个命令',
    'usage.optionNotFor': '--{option} 不能用于“{command}”',
    'usage.noFileFor': '“{command}”不接受 <文件>',
    'usage.badLang': '--lang 只能是 {locales}，不能是“{lang}”',
    'usage.noSection': '文章里没有“{arg}”这一节；现有的小节：{sections}',
    'usage.noSections': '（content/article/en 里一节也没有）',
    'usage.noEnglish': '{dir} 里没有英文小节；请在项目根目录运行',
    'usage.noEntry': '没有文件 {file}；{kind} 的 id 有：{ids}',
    'status.parseError': '（无法解析）',
    'status.legend': '已翻译 = 译完且是最新的；未登记 = 有译文但没有记录（核对后运行 `accept`）；百分比 = 已完成的英文词数占比',
    'status.entries': '{kind}：共 {total} 条，已翻译 {translated}，已过时 {outdated}，未翻译 {missing}，未登记 {unrecorded}',
    'status.entry': '  {status}  {file}  ({label})',
    'check.summary': '{errors} 个错误，{warnings} 个警告。',
    'check.separator': '；',
    'check.totals': '{locale}：已过时 {outdated} 块，未翻译 {missing} 块，未登记 {unrecorded} 块；时间线和术语表有 {entries} 条未译完（这是进度，不是错误）',
    'diff.none': '{file}：没有已过时的块',
    'diff.block': '--- 第 {block} 块：{file}:{line} 译自 {source}:{sourceLine}',
    'diff.next': '译文更新之后运行：',
    'accept.done': '{file}：已登记第 {blocks} 块',
    'accept.none': '（无）',
    'accept.stillEnglish': '没有登记，仍是英文（未翻译）：第 {blocks} 块',
    'accept.noFile': '{file} 还不存在；请先把 {source} 复制过去再翻译',
    'accept.brokenRecord': '{file} 已损坏（{error}）；请先修好或删除它',
    'accept.badBlock': '--block 需要块的编号（0、1、2……），不能是“{value}”',
    'accept.refused': 'i18n accept: {error}',
    'acceptEntry.done': '{file}：已登记为译自现在的英文',
    'acceptEntry.current': '{file}：已经是译自现在的英文',
    'acceptEntry.missing': '{file}：没有登记，还有文字没有翻译（未翻译）',
    'acceptEntry.summary': '登记了 {accepted} 个文件，{missing} 个还没译完',
  },
});
