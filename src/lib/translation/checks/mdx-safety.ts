/**
 * Article MDX is content, not code: it arrives in pull requests from strangers and is rendered on
 * the site's own origin. So it may not run JavaScript (`import`/`export`, `{…}` expressions,
 * expression or spread attributes), may use only the article's components
 * (src/lib/article-components.ts), and may not use HTML that loads or runs things (`<script>`,
 * `<iframe>`, …), event handlers, inline styles or Astro directives (`set:html`).
 */
import { visit } from 'unist-util-visit';
import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { articleComponentNames, isArticleComponent } from '../../article-components.ts';
import { mdxBody, parseMdx } from '../../mdx.ts';
import { messageInEveryLocale } from '../../../i18n/translate.ts';
import { strings } from '../../../i18n/strings/i18n-mdx-safety.ts';
import type { ParsedSection } from '../blocks.ts';
import type { Diagnostic } from '../diagnostics.ts';

const CHECK = 'mdx-safety';

/**
 * HTML elements that load, run or restyle something, or change where the page's links and forms go.
 * SVG and MathML are refused whole: they carry scripts and links in attributes of their own
 * (`<animate attributeName="href" to="javascript:…">`), and the article draws with components.
 */
export const REFUSED_ELEMENTS: ReadonlySet<string> = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'link', 'meta', 'form', 'svg', 'math']);

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Message = Diagnostic['message'];
interface Place {
  position?: { start: { line: number; column: number } } | undefined;
}

/** An expression as the message shows it: `{…}` around its source, on one line, cut short. */
function braced(source: string): string {
  const line = source.replace(/\s+/g, ' ').trim();
  return `{${line.length > 40 ? `${line.slice(0, 39)}…` : line}}`;
}

/** JSX treats a lower-case name without a dot as an HTML element, anything else as a component. */
const isHtmlElement = (name: string) => /^[a-z][a-z0-9-]*$/.test(name);

export function checkMdxSafety(section: ParsedSection): Diagnostic[] {
  if (section.errors.length) return [];
  const out: Diagnostic[] = [];
  const report = (place: Place, message: Message, hint: Message) => {
    const { line, column } = place.position?.start ?? { line: 1, column: 1 };
    out.push({ file: section.file, line, column, message, hint, check: CHECK, severity: 'error' });
  };
  const components = articleComponentNames.map((name) => `<${name}>`).join(', ');

  const element = (node: Jsx) => {
    // A fragment, `<>…</>`, only groups its children.
    if (node.name === null) return;
    const name = node.name;
    if (isHtmlElement(name)) {
      if (REFUSED_ELEMENTS.has(name)) report(node, messageInEveryLocale(strings, 'element.refused', { element: name }), messageInEveryLocale(strings, 'element.hint'));
    } else if (!isArticleComponent(name)) {
      report(node, messageInEveryLocale(strings, 'component.unknown', { element: name }), messageInEveryLocale(strings, 'component.hint', { components }));
    }
    for (const attribute of node.attributes) {
      const place = attribute.position ? attribute : node;
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(place, messageInEveryLocale(strings, 'attribute.spread', { element: name, code: braced(attribute.value) }), messageInEveryLocale(strings, 'attribute.spreadHint'));
        continue;
      }
      const hint = messageInEveryLocale(strings, 'attribute.hint');
      if (attribute.value !== null && typeof attribute.value === 'object') {
        report(place, messageInEveryLocale(strings, 'attribute.expression', { element: name, attribute: attribute.name, code: braced(attribute.value.value) }), messageInEveryLocale(strings, 'attribute.expressionHint', { attribute: attribute.name }));
      }
      if (/^on/i.test(attribute.name)) report(place, messageInEveryLocale(strings, 'attribute.handler', { element: name, attribute: attribute.name }), hint);
      else if (attribute.name.toLowerCase() === 'style') report(place, messageInEveryLocale(strings, 'attribute.style', { element: name }), hint);
      else if (attribute.name.includes(':')) report(place, messageInEveryLocale(strings, 'attribute.directive', { element: name, attribute: attribute.name }), hint);
    }
  };

  visit(parseMdx(mdxBody(section.text)), (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, messageInEveryLocale(strings, 'esm'), messageInEveryLocale(strings, 'esm.hint', { components }));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, messageInEveryLocale(strings, 'expression', { code: braced(node.value) }), messageInEveryLocale(strings, 'expression.hint'));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(node);
        break;
    }
  });
  return out;
}
