/**
 * The translation must mirror the English section block by block: the site
 * pairs blocks by position (side-by-side reading, English fallback for a
 * missing block, heading ids), so any drift in structure breaks the page.
 */
import { headingIds, signature, type Block, type ParsedSection, type Prop } from '../blocks.ts';
import { align } from '../align.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { at, describe, type SectionPair } from './context.ts';

const CHECK = 'structure';

/** Cite and Figure are compared by the citations-figures check; everything else nested must match here. */
const COMPARED_ELSEWHERE = new Set(['Cite', 'Figure']);

/** `##` and `#` belong to the layout (the section title); the body starts at `###`. */
function checkHeadingLevels(section: ParsedSection): Diagnostic[] {
  return section.blocks.flatMap((b) =>
    b.heading && b.heading.depth < 3
      ? [at(b, section.file, CHECK, `a level-${b.heading.depth} heading is not allowed in a section body`, 'the layout renders the section title from the frontmatter `title` as the h2; use `###` for sub-headings')]
      : [],
  );
}

function fixedProps(props: Prop[]): string[] {
  return props.filter((p) => !p.text).map((p) => `${p.name}="${p.value}"`);
}

function comparePairs(en: Block, zh: Block, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ref = `English block ${en.index} (line ${en.line})`;
  if (en.frontmatter && zh.frontmatter && en.frontmatter.order !== zh.frontmatter.order) {
    out.push(at(zh, file, CHECK, `frontmatter \`order\` is ${zh.frontmatter.order}, but ${en.frontmatter.order} in English`, `set \`order: ${en.frontmatter.order}\``));
  }
  if (en.shape !== zh.shape) {
    out.push(at(zh, file, CHECK, `this ${zh.kind} is ${zh.shape}, but ${ref} is ${en.shape}`, 'keep the same number of list items / table rows and columns as the English; merge or split sentences inside an item instead'));
  }
  if (en.component && zh.component) {
    const enProps = new Map(en.component.props.map((p) => [p.name, p]));
    const zhProps = new Map(zh.component.props.map((p) => [p.name, p]));
    for (const [name, p] of enProps) {
      // A Figure's name is compared, with the figure ids of nested blocks, by the citations-figures check.
      if (en.component.name === 'Figure' && name === 'name') continue;
      const other = zhProps.get(name);
      if (!other) out.push(at(zh, file, CHECK, `<${en.component.name}> is missing the \`${name}\` prop that ${ref} has`, p.text ? `add ${name}="…" with the translated text` : `add ${name}="${p.value}"`));
      else if (!p.text && other.value !== p.value) {
        out.push(at(zh, file, CHECK, `<${en.component.name}> has ${name}="${other.value}", but ${ref} has ${name}="${p.value}"`, `only prose props (${[...enProps.values()].filter((x) => x.text).map((x) => x.name).join(', ') || 'none here'}) are translated; set ${name}="${p.value}"`));
      }
    }
    for (const name of zhProps.keys()) {
      if (!enProps.has(name) && !(zh.component.name === 'Figure' && name === 'name')) out.push(at(zh, file, CHECK, `<${zh.component.name}> has a \`${name}\` prop that ${ref} does not have`, `remove \`${name}\`, or add it to the English first`));
    }
  }
  const key = (c: { name: string; props: Prop[] }) => `<${[c.name, ...fixedProps(c.props)].join(' ')}>`;
  const enInline = en.components.filter((c) => !COMPARED_ELSEWHERE.has(c.name)).map(key).sort();
  const zhInline = zh.components.filter((c) => !COMPARED_ELSEWHERE.has(c.name)).map(key).sort();
  const missing = multisetMinus(enInline, zhInline);
  const extra = multisetMinus(zhInline, enInline);
  if (missing.length || extra.length) {
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `extra ${extra.join(', ')}` : ''].filter(Boolean);
    out.push(at(zh, file, CHECK, `components inside this block differ from ${ref}: ${parts.join('; ')}`, 'use the same components with the same ids/names as the English block; only their text is translated'));
  }
  return out;
}

export function multisetMinus(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i === -1) return true;
    rest.splice(i, 1);
    return false;
  });
}

export function checkStructure(pair: SectionPair): Diagnostic[] {
  const { en, zh } = pair;
  const out = checkHeadingLevels(en);
  if (!zh || en.errors.length || zh.errors.length) return out;
  out.push(...checkHeadingLevels(zh));

  const pairs = align(en.blocks, zh.blocks);
  const onlyZh = pairs.filter((p) => p.zh && !p.en).map((p) => p.zh!);
  const lastLine = zh.text.split('\n').length;

  for (const [i, p] of pairs.entries()) {
    if (p.en && !p.zh) {
      const enBlock = p.en;
      // Only headings and components are distinctive enough to call a move; an unmatched
      // paragraph on each side is as likely a missing one plus an extra one.
      const distinctive = enBlock.kind === 'heading' || enBlock.kind === 'component';
      const moved = distinctive ? onlyZh.find((z) => signature(z) === signature(enBlock)) : undefined;
      if (moved) {
        out.push(at(moved, zh.file, CHECK, `blocks are reordered: this ${describe(moved)} is block ${moved.index} here but block ${enBlock.index} in English (line ${enBlock.line})`, 'move it back to the same position as in the English section'));
        onlyZh.splice(onlyZh.indexOf(moved), 1);
        continue;
      }
      // Report a missing block where it should be: at the next Chinese block, or the end of the file.
      const next = pairs.slice(i + 1).find((q) => q.zh)?.zh;
      out.push(at(next ?? { line: lastLine, column: 1 }, zh.file, CHECK, `missing block: English block ${enBlock.index} (${describe(enBlock)}, line ${enBlock.line}) has no counterpart ${next ? 'before this block' : 'at the end of the file'}`, 'copy the English block here (it shows as missing until translated) or translate it'));
    }
  }
  for (const extra of onlyZh) {
    out.push(at(extra, zh.file, CHECK, `extra block: this ${describe(extra)} has no counterpart in the English section`, 'remove it, or merge it into the neighbouring block; add new content to the English first'));
  }

  // The site gives the k-th Chinese heading the id of the k-th English heading.
  const ids = headingIds(en);
  let k = 0;
  for (const p of pairs) {
    if (p.zh?.heading) {
      const given = ids[k++];
      if (p.en?.heading && given !== p.en.heading.slug) {
        out.push(at(p.zh, zh.file, CHECK, `heading ids differ: this heading gets the id "#${given ?? '(none)'}", but it mirrors the English heading "${p.en.heading.text}" (#${p.en.heading.slug})`, 'headings must appear in the same order and number as in English'));
      }
    }
    if (p.en && p.zh) out.push(...comparePairs(p.en, p.zh, zh.file));
  }
  return out;
}
