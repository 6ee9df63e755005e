/**
 * What readers without JavaScript get: the island's server-rendered HTML. It must be a complete
 * ordered list of every event with its text and sources, and no controls that need scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import GpuTimeline from '../src/islands/GpuTimeline.svelte';
import { strings } from '../src/i18n/strings/gpu-timeline.ts';
import { entryAnchorId, eras, toTimelineItems } from '../src/lib/timeline.ts';
import { timelineCategories, type TimelineEntry } from '../src/schemas/timeline.ts';

const dir = join(import.meta.dirname, '../content/timeline');
const entries: TimelineEntry[] = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, name), 'utf8')) }));

const html = (locale: 'en' | 'zh-cn', list = entries) => render(GpuTimeline, { props: { locale, entries: toTimelineItems(list, locale), categories: timelineCategories } }).body;
const decode = (text: string) => text.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');

describe('GpuTimeline without JavaScript', () => {
  for (const locale of ['en', 'zh-cn'] as const) {
    it(`lists every event with its title, text and sources in ${locale}`, () => {
      const out = decode(html(locale));
      for (const entry of entries) {
        expect(out).toContain(`id="${entryAnchorId(entry.id)}"`);
        expect(out).toContain(entry.title[locale]!);
        expect(out).toContain(entry.body[locale]!);
        for (const source of entry.sources) expect(out).toContain(`href="${source.url}"`);
      }
    });
  }

  it('nests the events in ordered lists, one per era, oldest first', () => {
    const out = html('en');
    expect(out.match(/<ol/g)?.length).toBe(1 + eras.length);
    const positions = ['1999-geforce-256', '2006-cuda', '2012-alexnet', '2025-webgpu-safari'].map((id) => out.indexOf(`id="timeline-${id}"`));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('hides no event, and renders its filters at their final size inside the part that readers without JavaScript never see', () => {
    const out = html('en');
    const scriptOnly = out.match(/<div class="with-script">([\s\S]*?)<\/div> <ol/)?.[1] ?? '';
    expect(scriptOnly.match(/<button/g)?.length).toBe(5);
    expect(out.match(/<button/g)?.length).toBe(5);
    expect(out).not.toMatch(/<li[^>]*\shidden/);
  });

  it('shows English with a notice when an entry has no Chinese yet', () => {
    const untranslated = { ...entries[0]!, title: { en: 'Only in English' }, body: { en: 'Not translated. Still shown.' } };
    const out = html('zh-cn', [untranslated]);
    expect(out).toContain('Only in English');
    expect(out).toContain(strings['zh-cn'].fallbackNotice);
    expect(out).toMatch(/lang="en"[^>]*>Only in English/);
  });
});
