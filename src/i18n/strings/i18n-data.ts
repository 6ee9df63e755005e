import { defineStrings } from '../translate.ts';

/** Messages about the YAML data files (references, timeline, datasets): src/lib/translation/data-files.ts. */
export const strings = defineStrings({
  en: {
    'yaml.invalid': 'not valid YAML: {error}',
    'yaml.hint': 'compare with a neighbouring file; quote values that contain a colon, e.g. title: "A: B"',
    'field.url': '`{field}` must be a web address starting with https:// or http://, not "{value}"',
    'field.urlHint': 'link to the page itself; other kinds of address (javascript:, data:, file:, //…) run code or open files in the reader’s browser',
    'field.invalid': '`{field}`: {error}',
    'field.hint': 'the fields of this file are described in {schema}',
  },
  'zh-cn': {
    'yaml.invalid': '不是合法的 YAML：{error}',
    'yaml.hint': '对照同一文件夹里的其他文件；含冒号的值要加引号，例如 title: "A: B"',
    'field.url': '`{field}` 必须是以 https:// 或 http:// 开头的网址，不能是“{value}”',
    'field.urlHint': '请直接链接到网页本身；其他形式的地址（javascript:、data:、file:、//…）会在读者的浏览器里运行代码或打开本地文件',
    'field.invalid': '字段 `{field}`：{error}',
    'field.hint': '这个文件的字段说明见 {schema}',
  },
});
