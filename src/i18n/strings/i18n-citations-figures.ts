import { defineStrings } from '../translate.ts';

/** Messages of the citations and figures check (src/lib/translation/checks/citations-figures.ts). */
export const strings = defineStrings({
  en: {
    'differ.citations': 'citations differ from English block {block} (line {line}): {parts}',
    'differ.figures': 'figures differ from English block {block} (line {line}): {parts}',
    'part.missing': 'missing {items}',
    'part.extra': 'extra {items}',
    'part.separator': '; ',
    'hint.citations': 'cite exactly what the English block cites: {expected}',
    'hint.figures': 'show exactly the figures the English block shows: {expected}',
    none: 'no <{tag}>',
    'reference.unknown': '<Cite id="{id}" /> does not match any file in content/references/',
    'reference.hint': 'add content/references/{id}.yaml, or fix the id',
  },
  'zh-cn': {
    'differ.citations': '引用与英文第 {block} 块（第 {line} 行）不一致：{parts}',
    'differ.figures': '插图与英文第 {block} 块（第 {line} 行）不一致：{parts}',
    'part.missing': '缺少 {items}',
    'part.extra': '多出 {items}',
    'part.separator': '；',
    'hint.citations': '引用应与英文块完全相同：{expected}',
    'hint.figures': '插图应与英文块完全相同：{expected}',
    none: '没有 <{tag}>',
    'reference.unknown': '<Cite id="{id}" /> 在 content/references/ 里没有对应的文件',
    'reference.hint': '添加 content/references/{id}.yaml，或改正 id',
  },
});
