/**
 * What readers without JavaScript get, and what the filters start from: the server's HTML of the
 * timeline list and of its filters (Astro components; src/client/timeline-filters.ts makes the
 * filters work). The list must be a complete ordered list of every event with its text and
 * sources; the filters must be drawn at their final size, inside the part readers without scripts
 * never see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import GpuTimelineList from '../src/components/GpuTimelineList.astro';
import GpuTimelineFilters from '../src/components/GpuTimelineFilters.astro';
import { strings } from '../src/i18n/strings/gpu-timeline.ts';
import { countByCategory, entryAnchorId, eras, toTimelineItems } from '../src/lib/timeline.ts';
import { timelineCategories, type TimelineEntry } from '../src/schemas/timeline.ts';

const dir = join(import.meta.dirname, '../content/timeline');
const entries: TimelineEntry[] = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, name), 'utf8')) }));

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const list = (locale: 'en' | 'zh-cn', items = entries, slot = '') =>
  container.renderToString(GpuTimelineList, { props: { locale, items: toTimelineItems(items, locale) }, slots: { default: slot } });
const filters = (locale: 'en' | 'zh-cn') =>
  container.renderToString(GpuTimelineFilters, { props: { locale, categories: countByCategory(entries, timelineCategories) } });
const decode = (text: string) => text.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');

describe('GpuTimelineList without JavaScript', () => {
  for (const locale of ['en', 'zh-cn'] as const) {
    it(`lists every event with its title, text, sources and category in ${locale}`, async () => {
      const out = decode(await list(locale));
      // A title's text, without the phrase breaks (<wbr>) and their span that Chinese titles carry.
      const titles = [...out.matchAll(/<h4[^>]*>([\s\S]*?)<\/h4>/g)].map((match) => (match[1] ?? '').replace(/<[^>]*>/g, '').trim());
      for (const entry of entries) {
        expect(out).toMatch(new RegExp(`<li id="${entryAnchorId(entry.id)}"[^>]* data-category="${entry.category}"`));
        expect(titles).toContain(entry.title[locale]!);
        expect(out).toContain(`>${entry.body[locale]!}</p>`);
        for (const source of entry.sources) expect(out).toContain(`href="${source.url}"`);
      }
    });
  }

  it('nests the events in ordered lists, one per era, oldest first, none hidden', async () => {
    const out = await list('en');
    expect(out.match(/<ol/g)?.length).toBe(1 + eras.length);
    const positions = ['1999-geforce-256', '2006-cuda', '2012-alexnet', '2025-webgpu-safari'].map((id) => out.indexOf(`id="timeline-${id}"`));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(out).not.toMatch(/<li[^>]*\shidden/);
  });

  it('puts the filters (its slot) ahead of the events, in the same timeline', async () => {
    const out = await list('en', entries, '<div data-slot-probe></div>');
    expect(out.indexOf('data-slot-probe')).toBeGreaterThan(out.indexOf('data-gpu-timeline'));
    expect(out.indexOf('data-slot-probe')).toBeLessThan(out.indexOf('<ol'));
  });

  it('shows English with a notice when an entry has no Chinese yet', async () => {
    const untranslated = { ...entries[0]!, title: { en: 'Only in English' }, body: { en: 'Not translated. Still shown.' } };
    const out = await list('zh-cn', [untranslated]);
    expect(out).toContain('Only in English');
    expect(out).toContain(strings['zh-cn'].fallbackNotice);
    expect(out).toMatch(/lang="en"[^>]*>Only in English/);
  });
});

describe('GpuTimelineFilters before its script runs', () => {
  it('draws one disabled button per category plus show-all, inside the part readers without JavaScript never see', async () => {
    const out = await filters('en');
    const scriptOnly = out.match(/<div class="with-script[^"]*"[^>]*>([\s\S]*)<\/div>/)?.[1] ?? '';
    expect(scriptOnly.match(/<button[^>]* disabled/g)?.length).toBe(timelineCategories.length + 1);
    expect(out.match(/<button/g)?.length).toBe(timelineCategories.length + 1);
  });

  for (const locale of ['en', 'zh-cn'] as const) {
    it(`states that every event is shown, counted from the categories, in ${locale}`, async () => {
      const status = strings[locale].status.replace('{shown}', String(entries.length)).replace('{total}', String(entries.length));
      expect(await filters(locale)).toContain(status);
    });
  }
});
