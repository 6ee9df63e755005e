/**
 * The translation must mirror the English section block by block: the site
 * pairs blocks (English fallback for a missing block, notices, heading ids),
 * so any drift in structure breaks the page. The alignment (`align.ts`) names
 * each structural edit; this check reports each one once, where it happened,
 * and compares the content of cleanly paired blocks only.
 */
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { translator } from '../../../i18n/translate.ts';
import { strings } from '../../../i18n/strings/i18n-structure.ts';
import { align, type Alignment, type Step } from '../align.ts';
import { normalizeSource, type Block, type ParsedSection, type Prop, type Shape } from '../blocks.ts';
import type { Diagnostic, LocalizedText } from '../diagnostics.ts';
import { at, type SectionPair } from './context.ts';

const CHECK = 'structure';

type Key = keyof (typeof strings)['en'] & string;
type Value = string | number | LocalizedText;

/** A message in every locale whose values may themselves be localized (a block's kind, a reference to a block). */
function say(key: Key, values: Readonly<Record<string, Value>> = {}): LocalizedText {
  const out = {} as Record<Locale, string>;
  for (const code of localeCodes) {
    const own = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'object' ? v[code] : v]));
    out[code] = (translator(strings, code) as (key: string, values: Readonly<Record<string, string | number>>) => string)(key, own);
  }
  return out;
}

/** How a block is named in messages: "a paragraph", "a level-3 heading", "a <Aside> component". */
function kindOf(block: Block): LocalizedText {
  if (block.heading) return say('kind.heading', { depth: block.heading.depth });
  if (block.component) return say('kind.component', { name: block.component.name });
  return say(`kind.${block.kind}`);
}

function refTo(block: Block): LocalizedText {
  return say('ref', { block: block.index, line: block.line });
}

function shapeOf(shape: Shape | undefined, block: Block): LocalizedText {
  if (!shape) return kindOf(block);
  if (shape.kind === 'table') return say('shape.table', { rows: shape.rows, columns: shape.columns });
  return say('shape.list', { style: say(shape.ordered ? 'shape.numbered' : 'shape.bulleted'), items: shape.items });
}

/** `##` and `#` belong to the layout (the section title); the body starts at `###`. */
function checkHeadingLevels(section: ParsedSection): Diagnostic[] {
  return section.blocks.flatMap((b) =>
    b.heading && b.heading.depth < 3 ? [at(b, section.file, CHECK, say('heading.level', { depth: b.heading.depth }), say('heading.level.hint'))] : [],
  );
}

function fixedProps(props: Prop[]): string[] {
  return props.filter((p) => !p.text).map((p) => `${p.name}="${p.value}"`);
}

/** Cite and Figure are compared by the citations-figures check; everything else nested must match here. */
const COMPARED_ELSEWHERE = new Set(['Cite', 'Figure']);

function comparePair(en: Block, zh: Block, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ref = refTo(en);
  if (en.frontmatter && zh.frontmatter && en.frontmatter.order !== zh.frontmatter.order) {
    out.push(at(zh, file, CHECK, say('order', { zh: zh.frontmatter.order, en: en.frontmatter.order }), say('order.hint', { en: en.frontmatter.order })));
  }
  if (JSON.stringify(en.shape) !== JSON.stringify(zh.shape)) {
    out.push(at(zh, file, CHECK, say('shape', { zhShape: shapeOf(zh.shape, zh), ref, enShape: shapeOf(en.shape, en) }), say('shape.hint')));
  }
  if (en.component && zh.component) {
    const component = en.component.name;
    const enProps = new Map(en.component.props.map((p) => [p.name, p]));
    const zhProps = new Map(zh.component.props.map((p) => [p.name, p]));
    // A Figure's name is compared, with the figure ids of nested blocks, by the citations-figures check.
    const skip = (name: string) => component === 'Figure' && name === 'name';
    const prose = [...enProps.values()].filter((x) => x.text).map((x) => x.name).join(', ');
    for (const [prop, p] of enProps) {
      if (skip(prop)) continue;
      const other = zhProps.get(prop);
      if (!other) out.push(at(zh, file, CHECK, say('prop.missing', { component, prop, ref }), p.text ? say('prop.missing.text', { prop }) : say('prop.missing.fixed', { prop, value: p.value })));
      else if (!p.text && other.value !== p.value) {
        out.push(at(zh, file, CHECK, say('prop.differs', { component, prop, zhValue: other.value, ref, value: p.value }), say('prop.differs.hint', { props: prose || say('prop.none'), prop, value: p.value })));
      }
    }
    for (const prop of zhProps.keys()) {
      if (!enProps.has(prop) && !skip(prop)) out.push(at(zh, file, CHECK, say('prop.extra', { component: zh.component.name, prop, ref }), say('prop.extra.hint', { prop })));
    }
  }
  const key = (c: { name: string; props: Prop[] }) => `<${[c.name, ...fixedProps(c.props)].join(' ')}>`;
  const enInline = en.components.filter((c) => !COMPARED_ELSEWHERE.has(c.name)).map(key).sort();
  const zhInline = zh.components.filter((c) => !COMPARED_ELSEWHERE.has(c.name)).map(key).sort();
  const missing = multisetMinus(enInline, zhInline);
  const extra = multisetMinus(zhInline, enInline);
  if (missing.length || extra.length) {
    const parts: LocalizedText[] = [];
    if (missing.length) parts.push(say('inline.missing', { items: missing.join(', ') }));
    if (extra.length) parts.push(say('inline.extra', { items: extra.join(', ') }));
    const separator = say('inline.separator');
    const joined = Object.fromEntries(localeCodes.map((code) => [code, parts.map((p) => p[code]).join(separator[code])])) as LocalizedText;
    out.push(at(zh, file, CHECK, say('inline', { ref, parts: joined }), say('inline.hint')));
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

/** The Chinese blocks around the place of step `k`: the last one before it and the first one after it. */
function placeOf(steps: Step[], k: number): { after: number; before: number | undefined } {
  // A moved block is not where its step sits, so it marks no place.
  const previous = steps.slice(0, k).flatMap((s) => (s.kind === 'moved' ? [] : s.zh)).at(-1);
  const next = steps.slice(k + 1).find((s) => s.kind !== 'moved' && s.zh.length)?.zh[0];
  return { after: previous?.endLine ?? 1, before: next?.line };
}

/** One diagnostic per structural edit, at the Chinese line where it happened. */
function reportEdits(alignment: Alignment, zh: ParsedSection, englishNow: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lastLine = zh.text.split('\n').length;
  alignment.steps.forEach((step, k) => {
    const [e, z] = [step.en[0], step.zh[0]];
    switch (step.kind) {
      case 'deleted': {
        const { after, before } = placeOf(alignment.steps, k);
        const where = { line: before ?? lastLine, column: 1 };
        const message = before === undefined ? say('edit.deleted.end', { ref: refTo(e!), after }) : say('edit.deleted', { ref: refTo(e!), after, before });
        out.push(at(where, zh.file, CHECK, message, say('edit.deleted.hint')));
        break;
      }
      case 'merged': {
        const [first, second] = step.en as [Block, Block];
        out.push(at(z!, zh.file, CHECK, say('edit.merged', { start: z!.line, first: first.index, second: second.index, firstLine: first.line, secondLine: second.line }), say('edit.merged.hint')));
        break;
      }
      case 'split':
        out.push(at(step.zh[1]!, zh.file, CHECK, say('edit.split', { start: z!.line, end: step.zh[1]!.endLine, ref: refTo(e!) }), say('edit.split.hint')));
        break;
      case 'swapped': {
        // zh[k] translates en[k]; on the page the later English block comes first.
        const [later, earlier] = [step.zh[1]!, step.zh[0]!];
        out.push(at(later, zh.file, CHECK, say('edit.swapped', { first: later.line, second: earlier.line, firstBlock: step.en[0]!.index, secondBlock: step.en[1]!.index }), say('edit.swapped.hint')));
        break;
      }
      case 'moved': {
        const { after, before } = placeOf(alignment.steps, k);
        const message = before === undefined ? say('edit.moved.end', { line: z!.line, ref: refTo(e!), after }) : say('edit.moved', { line: z!.line, ref: refTo(e!), after, before });
        out.push(at(z!, zh.file, CHECK, message, say('edit.moved.hint')));
        break;
      }
      case 'kind':
        out.push(at(z!, zh.file, CHECK, say('edit.kind', { line: z!.line, zhKind: kindOf(z!), ref: refTo(e!), enKind: kindOf(e!) }), say('edit.kind.hint')));
        break;
      case 'extra': {
        const entry = alignment.entries.get(z!.index);
        const removed = entry !== undefined && !englishNow.has(normalizeSource(entry.en));
        out.push(
          removed
            ? at(z!, zh.file, CHECK, say('edit.removed', { line: z!.line }), say('edit.removed.hint'))
            : at(z!, zh.file, CHECK, say('edit.extra', { line: z!.line, zhKind: kindOf(z!) }), say('edit.extra.hint')),
        );
        break;
      }
      case 'match':
      case 'missing':
        break;
    }
  });
  return out;
}

/**
 * @param alignment the section's alignment, when the caller has it already
 */
export function checkStructure(pair: SectionPair, alignment?: Alignment): Diagnostic[] {
  const { en, zh } = pair;
  const out = checkHeadingLevels(en);
  if (!zh || en.errors.length || zh.errors.length) return out;
  out.push(...checkHeadingLevels(zh));
  const aligned = alignment ?? align(en.blocks, zh.blocks, pair.record);
  out.push(...reportEdits(aligned, zh, new Set(en.blocks.map((b) => normalizeSource(b.source)))));
  for (const step of aligned.steps) if (step.kind === 'match') out.push(...comparePair(step.en[0]!, step.zh[0]!, zh.file));
  return out;
}
