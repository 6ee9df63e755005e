import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Strips YAML frontmatter but keeps its lines, so positions still match the file. */
export function blankFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return source;
  return match[0].replace(/[^\n]/g, '') + source.slice(match[0].length);
}

/**
 * The anchor ids of a section's headings, in document order, as the site renders them for the
 * English source (GitHub-style slugs, deduplicated within the file).
 */
export function headingSlugs(mdxSource: string): string[] {
  const tree = parser.parse(blankFrontmatter(mdxSource));
  const slugger = new GithubSlugger();
  const slugs: string[] = [];
  visit(tree, 'heading', (node) => {
    slugs.push(slugger.slug(toString(node)));
  });
  return slugs;
}
