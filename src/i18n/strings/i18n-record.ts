import { defineStrings } from '../translate.ts';

/** Problems with a record file (`*.i18n.json`): src/lib/translation/record.ts and checks/record.ts. */
export const strings = defineStrings({
  en: {
    'broken.json': 'record file is not valid JSON: {reason}',
    'broken.field': 'record file field `{field}`: {reason}',
    'broken.hint': 'restore the file from the repository, or delete it and run `npm run i18n -- accept <translation file> --all` again',
    'entry.outOfRange': 'the record has an entry for block {block}, but {file} has only {count} blocks (0–{last})',
    'entry.outOfRange.hint': 'remove that entry, or run `npm run i18n -- accept {file} --all` to rewrite the record',
    'entry.noFingerprint': 'the record entry for block {block} has no `zh` fingerprint of the accepted translation',
    'entry.noFingerprint.hint': 'run `npm run i18n -- migrate` once; it adds the fingerprint to every entry',
  },
  'zh-cn': {
    'broken.json': '记录文件不是有效的 JSON：{reason}',
    'broken.field': '记录文件的字段 `{field}` 有误：{reason}',
    'broken.hint': '从仓库恢复这个文件，或者删除它，再运行 `npm run i18n -- accept <译文文件> --all`',
    'entry.outOfRange': '记录里有第 {block} 块的条目，但 {file} 只有 {count} 块（0–{last}）',
    'entry.outOfRange.hint': '删除这一条，或者运行 `npm run i18n -- accept {file} --all` 重写记录',
    'entry.noFingerprint': '记录里第 {block} 块的条目没有登记时译文的指纹 `zh`',
    'entry.noFingerprint.hint': '运行一次 `npm run i18n -- migrate`，它会给每一条补上指纹',
  },
});
