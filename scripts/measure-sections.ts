// Measures how tall each long part of every page (src/lib/section-heights.ts: the article's
// sections and reference list, the timeline's eras and chart) is in the built site, in every
// locale, at the narrow and the wide layout's tallest widths, and writes
// src/data/section-heights.json. Run after `npm run build` whenever those pages' content changes;
// the article's and the timeline's tests fail when a part has outgrown its recorded height.
//
//   node scripts/measure-sections.ts [folder]
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { localeCodes, urlForLocale } from '../src/i18n/locales.ts';
import { sitePages } from '../src/i18n/site-pages.ts';
import { heightMargin, measuredWidths } from '../src/lib/section-heights.ts';
import { chromiumArgs, findBrowser, installHint } from './find-browser.ts';
import { createSiteServer } from './serve.ts';

const browserChoice = findBrowser();
if (!browserChoice) throw new Error(installHint);
const server = createSiteServer({ dir: process.argv[2] ?? process.env.OUT_DIR ?? 'dist', base: '/', headers: true });
await new Promise<void>((resolve) => server.listen(0, resolve));
const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: browserChoice.executablePath, args: chromiumArgs });

// Each part laid out for real, not at its stand-in height, nor holding parts at theirs (the
// timeline's eras are parts within a part). A string: this realm has no DOM types.
const measureInPage = `(() => {
  const parts = [...document.querySelectorAll('[data-height-part]')];
  for (const part of parts) part.style.contentVisibility = 'visible';
  return Object.fromEntries(parts.map((part) => [part.dataset.heightPart, part.getBoundingClientRect().height]));
})()`;

const result: Record<string, Record<string, { narrow: number; wide: number }>> = {};
try {
  for (const locale of localeCodes) {
    const perWidth: Partial<Record<keyof typeof measuredWidths, Record<string, number>>> = {};
    for (const [name, width] of Object.entries(measuredWidths) as [keyof typeof measuredWidths, number][]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const { path } of sitePages) {
        await page.goto(`${origin}${urlForLocale(locale, path)}`, { waitUntil: 'load' });
        const parts = await page.evaluate<Record<string, number>>(measureInPage);
        const seen = Object.keys(parts).filter((part) => perWidth[name]?.[part] !== undefined);
        if (seen.length > 0) throw new Error(`${urlForLocale(locale, path)}: ${seen.join(', ')} is also a part of another page; a part's name must be unique across the site`);
        perWidth[name] = { ...perWidth[name], ...parts };
      }
      await page.close();
    }
    const round = (px: number) => Math.ceil((px * heightMargin) / 100) * 100;
    result[locale] = Object.fromEntries(Object.keys(perWidth.narrow ?? {}).map((part) => [part, { narrow: round(perWidth.narrow?.[part] ?? 0), wide: round(perWidth.wide?.[part] ?? 0) }]));
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync('src/data/section-heights.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`src/data/section-heights.json: ${Object.entries(result).map(([locale, parts]) => `${locale} ${Object.keys(parts).length} parts`).join(', ')}`);
