/**
 * Both languages cite the same works and show the same figures: a citation
 * dropped or added in translation changes what the text claims to rest on.
 * Order may differ (Chinese sentence order differs), so ids are compared as
 * multisets per block.
 */
import { align } from '../align.ts';
import { normalizeSource, type Block } from '../blocks.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { multisetMinus } from './structure.ts';
import { at, type SectionPair } from './context.ts';

const CHECK = 'citations-figures';

function compare(en: Block, zh: Block, file: string, what: 'citations' | 'figures'): Diagnostic[] {
  const [a, b, tag, prop] = what === 'citations' ? [en.cites, zh.cites, 'Cite', 'id'] : [en.figures, zh.figures, 'Figure', 'name'];
  const missing = multisetMinus(a, b);
  const extra = multisetMinus(b, a);
  if (!missing.length && !extra.length) return [];
  const show = (ids: string[]) => ids.map((id) => `<${tag} ${prop}="${id}" />`).join(', ');
  const parts = [missing.length ? `missing ${show(missing)}` : '', extra.length ? `extra ${show(extra)}` : ''].filter(Boolean);
  const firstExtra = extra.length ? zh.components.find((c) => c.name === tag && c.props.some((p) => p.name === prop && p.value === extra[0])) : undefined;
  return [
    at(firstExtra ?? zh, file, CHECK, `${what} differ from English block ${en.index} (line ${en.line}): ${parts.join('; ')}`, `${what === 'citations' ? 'cite exactly what the English block cites' : 'show exactly the figures the English block shows'}: ${show(a) || `no <${tag}>`}`),
  ];
}

/** Ids that are not a file in content/references/ (checked in every language). */
function unknownReferences(blocks: Block[], file: string, references: ReadonlySet<string>): Diagnostic[] {
  return blocks.flatMap((b) =>
    b.components
      .filter((c) => c.name === 'Cite')
      .flatMap((c) => {
        const id = c.props.find((p) => p.name === 'id')?.value ?? '';
        return references.has(id) ? [] : [at(c, file, CHECK, `<Cite id="${id}" /> does not match any file in content/references/`, `add content/references/${id || '<id>'}.yaml, or fix the id`)];
      }),
  );
}

export function checkCitationsFigures(pair: SectionPair, references?: ReadonlySet<string>): Diagnostic[] {
  const { en, zh } = pair;
  const out = references ? unknownReferences(en.blocks, en.file, references) : [];
  if (!zh || en.errors.length || zh.errors.length) return out;
  if (references) out.push(...unknownReferences(zh.blocks, zh.file, references));
  for (const { en: e, zh: z } of align(en.blocks, zh.blocks)) {
    // A block still in English is a placeholder (status: missing), not a citation error.
    if (!e || !z || normalizeSource(e.source) === normalizeSource(z.source)) continue;
    out.push(...compare(e, z, zh.file, 'citations'), ...compare(e, z, zh.file, 'figures'));
  }
  return out;
}
