import { defineStrings } from '../translate.ts';

/** Messages about article files that do not parse (src/lib/translation/blocks.ts, reported by checks/mdx-parse.ts). */
export const strings = defineStrings({
  en: {
    'frontmatter.missing': 'the file does not start with a `---` frontmatter block',
    'frontmatter.unclosed': 'the frontmatter `---` block is never closed',
    'frontmatter.hint': 'start the file with `---`, the title/order/description fields, and a closing `---`',
    'yaml.invalid': 'frontmatter is not valid YAML: {error}',
    'yaml.hint': 'quote values that contain a colon, e.g. title: "A: B"',
    'field.invalid': 'frontmatter field `{field}`: {error}',
    'field.hint': 'every section needs `title` (text), `order` (a whole number from 1) and `description` (text)',
    'mdx.invalid': 'MDX does not parse: {error}',
    'mdx.hint': 'check that every `<Component>` is closed, that a curly brace or `<` meant as text has a backslash before it, and that no heading ends with an id in braces',
  },
  'zh-cn': {
    'frontmatter.missing': '文件开头没有 `---` 包围的 frontmatter',
    'frontmatter.unclosed': 'frontmatter 的 `---` 没有闭合',
    'frontmatter.hint': '文件应以 `---` 开头，接着是 title、order、description 三个字段，再以 `---` 结束',
    'yaml.invalid': 'frontmatter 不是合法的 YAML：{error}',
    'yaml.hint': '含冒号的值要加引号，例如 title: "A: B"',
    'field.invalid': 'frontmatter 字段 `{field}`：{error}',
    'field.hint': '每一节都需要 `title`（文字）、`order`（从 1 开始的整数）和 `description`（文字）',
    'mdx.invalid': 'MDX 无法解析：{error}',
    'mdx.hint': '检查每个 `<Component>` 是否闭合，作为文字的花括号或 `<` 前面是否加了反斜杠，标题末尾是否带着花括号里的 id',
  },
});
