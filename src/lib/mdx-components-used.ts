import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { mdxBody, parseMdx } from './mdx.ts';

export interface ComponentUse {
  /** String-valued attributes as written. */
  attributes: Record<string, string>;
  /** The text between the tags (a figure's caption, an aside's body). */
  text: string;
}

/** Every use of one MDX component, in document order, with its attributes and inner text. */
export function componentUses(mdxSource: string, component: string): ComponentUse[] {
  const tree = parseMdx(mdxBody(mdxSource));
  const uses: ComponentUse[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== component) return;
    const attributes: Record<string, string> = {};
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string') attributes[attr.name] = attr.value;
    }
    uses.push({ attributes, text: toString(node).trim() });
  });
  return uses;
}

/**
 * The values of one attribute of one MDX component, in document order, e.g. every
 * `<Cite id="…">` id. Used to number citations and figures by first appearance.
 */
export function componentAttributeValues(mdxSource: string, component: string, attribute: string): string[] {
  return componentUses(mdxSource, component).flatMap((use) => (attribute in use.attributes ? [use.attributes[attribute] as string] : []));
}

/** Numbers distinct values 1, 2, 3… in order of first appearance. */
export function numberByFirstAppearance(values: Iterable<string>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const value of values) if (!numbers.has(value)) numbers.set(value, numbers.size + 1);
  return numbers;
}
