/**
 * The block model: an article section (one MDX file) as a list of top-level
 * blocks. A translation mirrors its English source block by block, so the
 * block index is what ties a Chinese paragraph to the English one it
 * translates, and what the record file, `status`, `check` and `diff` talk about.
 *
 * Block 0 is always the frontmatter (its `title` is the section heading and
 * `description` is shown in the table of contents, so they are translated and
 * tracked like any paragraph). Body blocks follow from index 1.
 */
import GithubSlugger from 'github-slugger';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { articleSectionSchema, type ArticleSection } from '../../schemas/article.ts';
import { parseMdx, splitFrontmatter } from '../mdx.ts';
import { messageInEveryLocale } from '../../i18n/translate.ts';
import { strings } from '../../i18n/strings/i18n-mdx-parse.ts';
import type { Diagnostic, LocalizedText } from './diagnostics.ts';

export type BlockKind =
  | 'frontmatter'
  | 'heading'
  | 'paragraph'
  | 'list'
  | 'table'
  | 'code'
  | 'blockquote'
  | 'thematicBreak'
  | 'component'
  /** `{expression}`, `import`/`export`, link definitions, footnotes: rare here, kept so nothing is dropped silently. */
  | 'other';

/**
 * Component props whose value is prose (translated). Every other prop is an
 * identifier, number or choice (`id`, `name`, `kind`) and must be identical in
 * both languages.
 */
export const TEXT_PROPS: ReadonlySet<string> = new Set(['title', 'alt']);

export interface Prop {
  name: string;
  /** The string value; an expression value is kept as its source, `{…}`. */
  value: string;
  /** True for prose props (see TEXT_PROPS). */
  text: boolean;
}

/** A JSX element somewhere inside a block (Cite, Term, Derived, …). */
export interface InlineComponent {
  name: string;
  props: Prop[];
  line: number;
  column: number;
}

export interface Link {
  url: string;
  line: number;
  column: number;
}

/** The number of list items, or table rows and columns, that a translation keeps. */
export type Shape = { kind: 'list'; ordered: boolean; items: number } | { kind: 'table'; rows: number; columns: number };

export interface Block {
  /** Position in the section; 0 is the frontmatter. */
  index: number;
  kind: BlockKind;
  /** 1-based start line and column in the file on disk. */
  line: number;
  column: number;
  endLine: number;
  /** The block's MDX source, exactly as written; for the frontmatter, its `title` and `description` lines. */
  source: string;
  /** Prose a reader sees (text, link text, prose props); no code. Used for words and the glossary. */
  text: string;
  /** False when there is nothing to translate (code, `<Demo name="…" />`, `---`). */
  translatable: boolean;
  /** `<Cite id>` ids in document order. */
  cites: string[];
  /** `<Figure name>` names in document order. */
  figures: string[];
  /** Every JSX element inside the block except the block's own component. */
  components: InlineComponent[];
  links: Link[];
  /** Lists and tables: the shape a translation must keep. */
  shape?: Shape;
  heading?: { depth: number; text: string; slug: string };
  component?: { name: string; props: Prop[] };
  /** For the frontmatter block: its fields. */
  frontmatter?: ArticleSection;
}

export interface ParsedSection {
  /** Path relative to the project root. */
  file: string;
  /** Whole file as on disk. */
  text: string;
  /** Empty when the file has parse errors (see `errors`). */
  blocks: Block[];
  /** MDX / frontmatter parse errors, reported by the mdx-parse check. */
  errors: Diagnostic[];
}

function parseError(file: string, line: number, column: number, message: LocalizedText, hint: LocalizedText): Diagnostic {
  return { file, line, column, message, hint, check: 'mdx-parse', severity: 'error' };
}

/** Parses one section file into blocks. Never throws: problems come back in `errors`. */
export function parseSection(file: string, text: string): ParsedSection {
  const split = splitFrontmatter(text);
  if ('error' in split) {
    return {
      file,
      text,
      blocks: [],
      errors: [parseError(file, split.line, 1, messageInEveryLocale(strings, `frontmatter.${split.error}`), messageInEveryLocale(strings, 'frontmatter.hint'))],
    };
  }

  let data: unknown;
  try {
    data = parseYaml(split.yaml);
  } catch (e) {
    const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    return {
      file,
      text,
      blocks: [],
      errors: [
        parseError(
          file,
          (pos?.line ?? 1) + split.yamlStartLine - 1,
          pos?.col ?? 1,
          messageInEveryLocale(strings, 'yaml.invalid', { error: (e as Error).message.split('\n')[0] ?? '' }),
          messageInEveryLocale(strings, 'yaml.hint'),
        ),
      ],
    };
  }
  const fm = articleSectionSchema.safeParse(data);
  if (!fm.success) {
    return {
      file,
      text,
      blocks: [],
      errors: fm.error.issues.map((issue) =>
        parseError(
          file,
          split.yamlStartLine,
          1,
          messageInEveryLocale(strings, 'field.invalid', { field: issue.path.join('.') || '(root)', error: issue.message }),
          messageInEveryLocale(strings, 'field.hint'),
        ),
      ),
    };
  }

  let tree: Root;
  try {
    tree = parseMdx(split.body);
  } catch (e) {
    const err = e as { reason?: string; message: string; line?: number; column?: number };
    const reason = err.reason ?? err.message;
    // An unclosed tag is reported at the end of the file with no position; the
    // position of the opening tag is only in the message text, "(8:1-8:31)".
    const opening = err.line === undefined ? /\((\d+):(\d+)-/.exec(reason) : null;
    return {
      file,
      text,
      blocks: [],
      errors: [
        parseError(
          file,
          err.line ?? Number(opening?.[1] ?? 1),
          err.column ?? Number(opening?.[2] ?? 1),
          messageInEveryLocale(strings, 'mdx.invalid', { error: reason }),
          messageInEveryLocale(strings, 'mdx.hint'),
        ),
      ],
    };
  }

  const frontmatterBlock: Block = {
    index: 0,
    kind: 'frontmatter',
    line: 1,
    column: 1,
    endLine: split.endLine,
    // Only the translated fields: changing `order` is not an edit of the text.
    source: `title: ${fm.data.title}\ndescription: ${fm.data.description}`,
    text: `${fm.data.title}\n${fm.data.description}`,
    translatable: true,
    cites: [],
    figures: [],
    components: [],
    links: [],
    frontmatter: fm.data,
  };
  const slugger = new GithubSlugger();
  const body = tree.children.map((node, i) => toBlock(node, i + 1, split.body, slugger));
  return { file, text, blocks: [frontmatterBlock, ...body], errors: [] };
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: Nodes): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function propsOf(node: Jsx): Prop[] {
  return node.attributes.map((attr) => {
    if (attr.type === 'mdxJsxExpressionAttribute') return { name: `{${attr.value}}`, value: '', text: false };
    const value = attr.value === null || attr.value === undefined ? 'true' : typeof attr.value === 'string' ? attr.value : `{${attr.value.value}}`;
    return { name: attr.name, value, text: TEXT_PROPS.has(attr.name) && typeof attr.value === 'string' };
  });
}

/** A paragraph that holds a single JSX element and nothing else is a component block, e.g. `<Aside …>…</Aside>` on one line. */
function soleJsxChild(node: RootContent): Jsx | undefined {
  if (node.type === 'mdxJsxFlowElement') return node;
  if (node.type !== 'paragraph') return undefined;
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = meaningful[0];
  return meaningful.length === 1 && only && isJsx(only) ? only : undefined;
}

const KINDS: Partial<Record<RootContent['type'], BlockKind>> = {
  heading: 'heading',
  paragraph: 'paragraph',
  list: 'list',
  table: 'table',
  code: 'code',
  blockquote: 'blockquote',
  thematicBreak: 'thematicBreak',
};

function toBlock(node: RootContent, index: number, body: string, slugger: GithubSlugger): Block {
  const start = node.position?.start ?? { line: 1, column: 1, offset: 0 };
  const end = node.position?.end ?? start;
  const own = soleJsxChild(node);
  const collected = collect(node, own);
  const block: Block = {
    index,
    kind: own ? 'component' : (KINDS[node.type] ?? 'other'),
    line: start.line,
    column: start.column,
    endLine: end.line,
    source: body.slice(start.offset ?? 0, end.offset ?? 0),
    text: collected.text.join('').trim(),
    translatable: false,
    cites: collected.cites,
    figures: collected.figures,
    components: collected.components,
    links: collected.links,
  };
  // Nothing a reader sees as prose ⇒ nothing to translate (code, <Demo name="…" />).
  block.translatable = block.text !== '';
  if (own) block.component = { name: own.name ?? '', props: propsOf(own) };
  if (node.type === 'list') block.shape = { kind: 'list', ordered: node.ordered === true, items: node.children.length };
  if (node.type === 'table') block.shape = { kind: 'table', rows: node.children.length, columns: node.children[0]?.children.length ?? 0 };
  if (node.type === 'heading') {
    const text = plainText(node);
    block.heading = { depth: node.depth, text, slug: slugger.slug(text) };
  }
  return block;
}

function plainText(node: Nodes): string {
  return collect(node, undefined).text.join('').trim();
}

interface Collected {
  text: string[];
  cites: string[];
  figures: string[];
  components: InlineComponent[];
  links: Link[];
}

/** One walk over a block gathering prose, citation ids, figure names, nested components and links. */
function collect(root: Nodes, own: Jsx | undefined): Collected {
  const out: Collected = { text: [], cites: [], figures: [], components: [], links: [] };
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
        out.text.push(node.value);
        return;
      case 'code':
      case 'inlineCode':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return;
      case 'break':
        out.text.push('\n');
        return;
      case 'image':
        out.text.push(node.alt ?? '');
        return;
      case 'link':
      case 'definition':
        if (node.position) out.links.push({ url: node.url, line: node.position.start.line, column: node.position.start.column });
        break;
    }
    if (isJsx(node)) {
      const props = propsOf(node);
      for (const p of props) if (p.text) out.text.push(p.value, ' ');
      const attr = (name: string) => props.find((p) => p.name === name)?.value;
      if (node.name === 'Cite') out.cites.push(attr('id') ?? '');
      if (node.name === 'Figure') out.figures.push(attr('name') ?? '');
      const href = attr('href');
      if (node.name === 'a' && href !== undefined && node.position) {
        out.links.push({ url: href, line: node.position.start.line, column: node.position.start.column });
      }
      if (node !== own && node.position) {
        out.components.push({ name: node.name ?? '', props, line: node.position.start.line, column: node.position.start.column });
      }
    }
    if ('children' in node) {
      for (const child of node.children as Nodes[]) walk(child);
      // Separate block-level children so words from two list items or cells do not run together.
      if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') out.text.push(' ');
    }
  };
  walk(root);
  return out;
}

/**
 * The text used to decide whether the English source changed: the source with
 * whitespace runs collapsed, so re-wrapping a paragraph is not an edit.
 */
export function normalizeSource(source: string): string {
  return source.replace(/\s+/g, ' ').trim();
}

/** English words in a block's prose (numbers count as words). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A block's shape, without its prose: blocks with the same signature can
 * mirror each other. Heading depth and component name are part of it.
 */
export function signature(block: Block): string {
  if (block.heading) return `heading:${block.heading.depth}`;
  if (block.component) return `component:${block.component.name}`;
  return block.kind;
}

/**
 * The id each Chinese heading gets: the English heading id at the same
 * position among headings (the site uses this too, so both languages share anchors).
 */
export function headingIds(english: ParsedSection): string[] {
  return english.blocks.flatMap((b) => (b.heading ? [b.heading.slug] : []));
}

/** `content/article/en/03-matmul.mdx` → `matmul`: the section's anchor id. */
export function sectionSlug(fileName: string): string {
  const base = fileName.split('/').pop() ?? fileName;
  return base.replace(/\.mdx$/, '').replace(/^\d+-/, '');
}
