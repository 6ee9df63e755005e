import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { blankFrontmatter } from './heading-slugs.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * The values of one attribute of one MDX component, in document order, e.g. every
 * `<Cite id="…">` id. Used to number citations and figures by first appearance.
 */
export function componentAttributeValues(mdxSource: string, component: string, attribute: string): string[] {
  const tree = parser.parse(blankFrontmatter(mdxSource));
  const values: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== component) return;
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxAttribute' && attr.name === attribute && typeof attr.value === 'string') {
        values.push(attr.value);
      }
    }
  });
  return values;
}

/** Numbers distinct values 1, 2, 3… in order of first appearance. */
export function numberByFirstAppearance(values: Iterable<string>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const value of values) if (!numbers.has(value)) numbers.set(value, numbers.size + 1);
  return numbers;
}
