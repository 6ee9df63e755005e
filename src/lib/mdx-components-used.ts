import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Strips YAML frontmatter but keeps its lines, so positions still match the file. */
export function blankFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return source;
  return match[0].replace(/[^\n]/g, '') + source.slice(match[0].length);
}

export interface ComponentUse {
  /** String-valued attributes as written. */
  attributes: Record<string, string>;
  /** The text between the tags (a figure's caption, an aside's body). */
  text: string;
}

/** Every use of one MDX component, in document order, with its attributes and inner text. */
export function componentUses(mdxSource: string, component: string): ComponentUse[] {
  const tree = parser.parse(blankFrontmatter(mdxSource));
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
