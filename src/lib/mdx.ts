/**
 * The one MDX parser outside Astro's own pipeline: the translation tooling's block model and the
 * article's citation and figure numbering both read sections through it, so they see the same tree.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Parses an MDX body (no frontmatter; see `splitFrontmatter`). Throws a VFileMessage on invalid MDX. */
export function parseMdx(body: string): Root {
  return processor.parse(body);
}

/**
 * Splits off the `---` frontmatter and returns the body with the frontmatter
 * lines blanked (not removed) so that positions the MDX parser reports are
 * positions in the file on disk.
 */
export function splitFrontmatter(text: string):
  | { yaml: string; yamlStartLine: number; endLine: number; body: string }
  | { error: 'missing' | 'unclosed'; line: number } {
  const lines = text.split('\n');
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') {
    return { error: 'missing', line: 1 };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (close === -1) return { error: 'unclosed', line: 1 };
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlStartLine: 2,
    endLine: close + 1,
    body: '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n'),
  };
}

/** The MDX of a section file without its frontmatter, line numbers kept; a file without frontmatter is all body. */
export function mdxBody(text: string): string {
  const split = splitFrontmatter(text);
  return 'error' in split ? text : split.body;
}
