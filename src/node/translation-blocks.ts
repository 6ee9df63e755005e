import type { Root } from 'hast';
import type { HastNode, HastPluginEntry, HastVisitorContext } from 'satteri';
import { langTag, sourceLocale } from '../i18n/locales.ts';
import { el, text } from '../lib/hast.ts';
import type { Block } from '../lib/translation/blocks.ts';
import { blockMarks, blockNotice, noticeElement } from '../lib/translation/notice.ts';
import type { BlockState } from '../lib/translation/status.ts';
import { articleFileAt } from './article-file.ts';
import { repoFileUrl } from '../site.config.ts';
import { translationProject, translationStatus } from './translation-project.ts';


/** The block (from the translation tooling's block model) a top-level node starts in. */
function blockAt(blocks: Block[], line: number | undefined): Block | undefined {
  if (line === undefined) return undefined;
  return blocks.find((b) => b.index > 0 && b.line <= line && line <= b.endLine);
}

/**
 * Stamps every top-level block of an article section with its block index (`data-block`, the
 * index of the translation tooling's block model), so the page can pair a Chinese block with its
 * English source. Elements get the attribute directly; components are wrapped in a
 * `<div class="tblock" data-block>`. In a translation it also marks blocks by status: a missing
 * block (still English) gets `lang="en"` and a note, an outdated one a notice with the word diff
 * of its English source then and now: the status `npm run i18n -- status` reports, from the
 * project shared by the whole build.
 */
export function translationBlocks(): HastPluginEntry {
  return (factoryCtx) => {
    if (!articleFileAt(factoryCtx.fileURL)) return null;
    return {
      name: 'translation-blocks',
      options: { position: true },
      before(root: Readonly<Root>, ctx: HastVisitorContext) {
        const at = articleFileAt(ctx.fileURL);
        if (!at) return;
        const { locale, section } = at;
        const project = translationProject(at.root);
        const nodes = root.children.filter((n) => n.type !== 'text' && n.type !== 'comment') as HastNode[];

        let blocks: Block[];
        const states = new Map<number, BlockState>();
        const absent: { after: number | undefined; state: BlockState; en: Block }[] = [];
        let improveHref = '';
        if (locale === sourceLocale) {
          const english = project.english.find((s) => s.file.endsWith(`/${section}.mdx`));
          if (!english) return;
          blocks = english.blocks;
        } else {
          const pair = project.pairs.find((p) => p.locale === locale && p.section === section);
          const status = translationStatus(at.root)[locale]?.sections.find((s) => s.section === section);
          if (!pair?.zh || !status) return;
          improveHref = repoFileUrl(status.translation);
          blocks = pair.zh.blocks;
          // Status blocks follow the alignment, in English order: a block the translation lacks
          // goes after the last Chinese block placed before it.
          let previous: number | undefined;
          for (const s of status.blocks) {
            if (s.zhIndex !== undefined) {
              // A structural mistake (`check` fails on it) pairs nothing a notice could compare.
              if (!s.edit) states.set(s.zhIndex, s);
              previous = Math.max(previous ?? 0, s.zhIndex);
            } else if (s.index > 0) {
              const en = pair.en.blocks[s.index];
              if (en) absent.push({ after: previous, state: s, en });
            }
          }
        }

        const nodeOfBlock = new Map<number, HastNode>();
        let ordinal = 0;
        for (const node of nodes) {
          ordinal++;
          const line = (node as { position?: { start?: { line?: number } } }).position?.start?.line;
          // Positions are lines in the file on disk; without them, count top-level nodes.
          const block = blockAt(blocks, line) ?? blocks[ordinal];
          if (!block || nodeOfBlock.has(block.index)) continue;
          nodeOfBlock.set(block.index, node);
          const state = states.get(block.index);
          const index = state?.index ?? block.index;
          const { status, english } = blockMarks(state);
          const marks: Record<string, string> = { dataBlock: String(index) };
          if (status) marks.dataStatus = status;
          if (english) marks.lang = langTag(sourceLocale);
          if (node.type === 'element') {
            for (const [key, value] of Object.entries(marks)) ctx.setProperty(node, key, value);
          } else {
            ctx.wrapNode(node, el('div', { className: ['tblock'], ...marks }, []) as never);
          }
          const notice = state && blockNotice(state, locale, improveHref);
          if (notice) ctx.insertBefore(node, noticeElement(notice) as never);
        }

        // A block the translation lacks entirely: its English prose in place, marked.
        for (const { after, state, en } of absent) {
          const anchor = after === undefined ? undefined : nodeOfBlock.get(after);
          const content = [
            noticeElement({ kind: 'missing', locale, block: state.index }),
            el('div', { className: ['tblock'], dataBlock: String(state.index), dataStatus: 'missing', lang: langTag(sourceLocale) }, [el('p', {}, [text(en.text)])]),
          ];
          if (anchor) ctx.insertAfter(anchor, content as never);
          else if (nodes[0]) ctx.insertBefore(nodes[0], content as never);
        }
      },
    };
  };
}
