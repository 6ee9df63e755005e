import { describe, expect, it } from 'vitest';
import { articleComponentNames } from '../../src/lib/article-components.ts';
import { parseSection } from '../../src/lib/translation/blocks.ts';
import { checkMdxSafety } from '../../src/lib/translation/checks/mdx-safety.ts';

const page = (body: string, file = 'content/article/en/01-x.mdx') => parseSection(file, `---\ntitle: T\norder: 1\ndescription: D\n---\n${body}\n`);
const messages = (body: string) => checkMdxSafety(page(body)).map((d) => `${d.line}:${d.column} ${d.message.en}`);

describe('mdx-safety', () => {
  it('accepts what the article uses: its components with text attributes, Markdown and plain HTML', () => {
    const body = [
      'Text<Cite id="a" /> with a <Term id="gpu">GPU</Term> and <Derived>2 × 3 = 6</Derived>.',
      '<Figure name="matmul-cell" alt="A cell">Caption</Figure>',
      '<Aside kind="tip" title="Tip">Body <em>stressed</em> <a href="https://example.org/">link</a>.</Aside>',
      '<FactCheck title="Check">x</FactCheck>',
      '<Demo name="matmul-lab" />',
    ].join('\n\n');
    expect(messages(body)).toEqual([]);
  });

  it('refuses import and export statements', () => {
    expect(messages('import X from "./x.js"\n\nexport const y = 1')).toEqual([
      '6:1 `import` and `export` are code, which article files may not contain',
      '8:1 `import` and `export` are code, which article files may not contain',
    ]);
  });

  it('refuses expressions in flow, in text and as attribute values, and spread attributes', () => {
    expect(messages('{alert(1)}\n\nTwo is {1 + 1}.\n\n<Cite id={x} />\n\n<Term {...props}>t</Term>')).toEqual([
      '6:1 `{alert(1)}` is a JavaScript expression, which article files may not contain',
      '8:8 `{1 + 1}` is a JavaScript expression, which article files may not contain',
      '10:7 <Cite> has `id={x}`, an expression; attribute values must be text in quotes',
      '12:7 <Term> spreads `{...props}` into its attributes, which is code',
    ]);
  });

  it('refuses a component that is not on the allow-list', () => {
    expect(messages('<Widget />\n\nText <Foo.Bar />.')).toEqual([
      '6:1 <Widget> is not one of the components the article may use',
      '8:6 <Foo.Bar> is not one of the components the article may use',
    ]);
    expect(checkMdxSafety(page('<Widget />'))[0]?.hint.en).toContain(articleComponentNames.map((n) => `<${n}>`).join(', '));
  });

  it.each(['script', 'iframe', 'style', 'object', 'embed'])('refuses a <%s> element', (name) => {
    expect(messages(`<${name}>x</${name}>`)).toEqual([`6:1 <${name}> may not appear in article files: it loads or runs content the reviewers cannot see`]);
  });

  it('refuses event handlers, style attributes and Astro directives on any element', () => {
    const body = '<em onclick="alert(1)">a</em> <Term id="t" onMouseOver="x">b</Term> <span style="color: red">c</span> <span set:html="<script>alert(1)</script>" />';
    const at = (attribute: string) => `6:${body.indexOf(attribute) + 1}`;
    expect(messages(body)).toEqual([
      `${at('onclick')} <em> has \`onclick\`, an event handler, which runs code`,
      `${at('onMouseOver')} <Term> has \`onMouseOver\`, an event handler, which runs code`,
      `${at('style')} <span> has a \`style\` attribute; the site’s Content Security Policy allows no inline styles`,
      `${at('set:html')} <span> has \`set:html\`, an Astro directive, which article files may not use`,
    ]);
  });

  it('speaks Chinese to a Chinese translator, at the place in the Chinese file', () => {
    const [found] = checkMdxSafety(page('正文<script>alert(1)</script>', 'content/article/zh-cn/01-x.mdx'));
    expect(found).toMatchObject({ file: 'content/article/zh-cn/01-x.mdx', line: 6, column: 3, check: 'mdx-safety', severity: 'error' });
    expect(found?.message['zh-cn']).toBe('文章文件里不能有 <script>：它会加载或运行审阅者看不到的内容');
  });
});
