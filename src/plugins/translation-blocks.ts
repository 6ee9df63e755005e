import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import type { HastNode, HastPluginEntry, HastVisitorContext } from 'satteri';
import { isLocale, langTag, sourceLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { parseSection, type Block } from '../lib/translation/blocks.ts';
import { wordDiff } from '../lib/translation/diff.ts';
import { loadProject } from '../lib/translation/project.ts';
import { sectionStatus, type BlockState } from '../lib/translation/status.ts';
import { repoFileUrl } from '../site.config.ts';

/** `<root>/content/article/<locale>/<NN-slug>.mdx`; root is the folder the translation tooling reads. */
const articleFile = /^(.*)[\\/]content[\\/]article[\\/]([a-z-]+)[\\/]([^\\/]+)\.mdx$/;

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/** The block (from the translation tooling's block model) a top-level node starts in. */
function blockAt(blocks: Block[], line: number | undefined): Block | undefined {
  if (line === undefined) return undefined;
  return blocks.find((b) => b.index > 0 && b.line <= line && line <= b.endLine);
}

/** "Not translated yet" marker placed before a block shown in English. */
function missingNote(index: number, locale: string): Element {
  const t = useTranslations(isLocale(locale) ? locale : sourceLocale);
  return el('p', { className: ['block-note', 'block-note--missing'], dataBlockNote: String(index) }, [text(t('block.missing'))]);
}

/** The outdated notice: a <details> whose body is the word diff of the English then and now. */
export function outdatedNote(state: BlockState, locale: string, translationFile: string): Element {
  const t = useTranslations(isLocale(locale) ? locale : sourceLocale);
  const parts = wordDiff(state.then ?? '', state.now).map((p): ElementContent => {
    if (p.removed) return el('del', {}, [text(p.value)]);
    if (p.added) return el('ins', {}, [text(p.value)]);
    return text(p.value);
  });
  return el('details', { className: ['block-note', 'block-note--outdated'], dataBlockNote: String(state.index) }, [
    el('summary', {}, [text(`${t('block.outdated')} `), el('span', { className: ['block-note__action'] }, [text(t('block.showDiff'))])]),
    el('p', {}, [text(t('block.diffIntro'))]),
    el('pre', { className: ['word-diff'], lang: 'en' }, [el('code', {}, parts)]),
    el('p', {}, [el('a', { href: repoFileUrl(translationFile) }, [text(t('translate.improve'))])]),
  ]);
}

/**
 * Stamps every top-level block of an article section with its block index (`data-block`, the
 * index of the translation tooling's block model), so the page can pair a Chinese block with its
 * English source. Elements get the attribute directly; components are wrapped in a
 * `<div class="tblock" data-block>`. In a translation it also marks blocks by status: a missing
 * block (still English) gets `lang="en"` and a note, an outdated one a notice with the word diff
 * of its English source then and now (status from src/lib/translation, as `npm run i18n`).
 */
export function translationBlocks(): HastPluginEntry {
  return (factoryCtx) => {
    if (!factoryCtx.fileURL || !articleFile.test(fileURLToPath(factoryCtx.fileURL))) return null;
    return {
      name: 'translation-blocks',
      options: { position: true },
      before(root: Readonly<Root>, ctx: HastVisitorContext) {
        if (!ctx.fileURL) return;
        const path = fileURLToPath(ctx.fileURL);
        const match = articleFile.exec(path);
        if (!match) return;
        const [, root_, locale = '', name = ''] = match;
        const rel = (locale: string) => `content/article/${locale}/${name}.mdx`;
        const nodes = root.children.filter((n) => n.type !== 'text' && n.type !== 'comment') as HastNode[];

        let blocks: Block[];
        const states = new Map<number, BlockState>();
        const absent: { after: number | undefined; state: BlockState; en: Block }[] = [];
        let translationFile = rel(locale);
        if (locale === sourceLocale) {
          blocks = parseSection(rel(locale), readFileSync(path, 'utf8')).blocks;
        } else {
          if (!existsSync(`${root_}/${rel(sourceLocale)}`)) return;
          const pair = loadProject(root_!).pairs.find((p) => p.locale === locale && p.section === name);
          if (!pair?.zh) return;
          translationFile = pair.zhFile;
          blocks = pair.zh.blocks;
          const status = sectionStatus(pair.en, pair.zh, pair.record, pair.zhFile);
          let previous: number | undefined;
          for (const s of status.blocks) {
            if (s.zhIndex !== undefined) {
              states.set(s.zhIndex, s);
              previous = s.zhIndex;
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
          const english = state?.status === 'missing' || state?.status === 'kept-english';
          const marks: Record<string, string> = { dataBlock: String(index) };
          // Only what a reader sees differently is marked; `unrecorded` is a note for translators.
          if (state && state.status !== 'translated' && state.status !== 'unrecorded') marks.dataStatus = state.status;
          if (english) marks.lang = langTag(sourceLocale);
          if (node.type === 'element') {
            for (const [key, value] of Object.entries(marks)) ctx.setProperty(node, key, value);
          } else {
            ctx.wrapNode(node, el('div', { className: ['tblock'], ...marks }, []) as never);
          }
          if (state?.status === 'missing') ctx.insertBefore(node, missingNote(index, locale) as never);
          if (state?.status === 'outdated') ctx.insertBefore(node, outdatedNote(state, locale, translationFile) as never);
        }

        // A block the translation lacks entirely: its English prose in place, marked.
        for (const { after, state, en } of absent) {
          const anchor = after === undefined ? undefined : nodeOfBlock.get(after);
          const content = [
            missingNote(state.index, locale),
            el('div', { className: ['tblock'], dataBlock: String(state.index), dataStatus: 'missing', lang: langTag(sourceLocale) }, [el('p', {}, [text(en.text)])]),
          ];
          if (anchor) ctx.insertAfter(anchor, content as never);
          else if (nodes[0]) ctx.insertBefore(nodes[0], content as never);
        }
      },
    };
  };
}
