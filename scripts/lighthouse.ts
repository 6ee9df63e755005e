// Lighthouse on every page of the built site in both locales, on the mobile and desktop presets,
// served as hosts serve it (scripts/serve.ts: its _headers, Brotli and gzip copies made as it starts,
// as a host's cache keeps them, so no request's compressing takes CPU from the browser measured).
// Prints one table of the median of each score and metric over the runs. A report for people, not
// a test: scores vary by machine.
//
//   node scripts/lighthouse.ts [folder] [--runs 5] [--pages /,/lab/] [--out table.md]
//
// The folder defaults to $OUT_DIR or dist/. --pages takes locale-free paths; each is measured in
// every locale. The browser is the tests' Chromium, started by chrome-launcher as Lighthouse's own
// command line starts it: a second client such as Playwright attached to the page would add its
// own protocol traffic and instrumentation to every load and to the main thread being measured.
//
// Lighthouse opens a neutral page before each run (its blankPage setting, about:blank by
// default), and a page loads in the renderer that showed it. A page served with
// Cross-Origin-Opener-Policy, as this site's are, cannot: Chromium moves it to a new renderer,
// which waits for Lighthouse's debugger to attach before it runs, and that wait is billed to the
// page's first tasks (four times over in the mobile simulation). So the neutral page here is an
// empty document on the site's origin with the isolation headers the site's pages get: every page
// loads in a renderer Lighthouse is already attached to, as pages without that header always do.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { median } from 'd3-array';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config } from 'lighthouse';
import { localeCodes, urlForLocale } from '../src/i18n/locales.ts';
import { sitePages } from '../src/i18n/site-pages.ts';
import { lighthouseCategories, lighthouseTable, summariseRuns, type LighthouseRow, type LighthouseRun } from '../src/lib/lighthouse-summary.ts';
import { chromiumArgs, findBrowser, installHint } from './find-browser.ts';
import { siteRequestListener } from './serve.ts';

const formFactors: { name: LighthouseRow['formFactor']; config: Config | undefined }[] = [
  // Lighthouse's default settings are its mobile preset (a mid-range phone, slow 4G, 4× CPU).
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    pages: { type: 'string' },
    out: { type: 'string' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${values.runs}: give a whole number of runs, 1 or more`);
const known: readonly string[] = sitePages.map((page) => page.path);
const paths = values.pages?.split(',') ?? known;
const unknown = paths.filter((path) => !known.includes(path));
if (unknown.length > 0) throw new Error(`--pages: ${unknown.join(', ')} is not a page of the site; pages are ${known.join(', ')} (src/i18n/site-pages.ts)`);

const browserChoice = findBrowser();
if (!browserChoice) throw new Error(installHint);
const site = siteRequestListener({ dir: positionals[0] ?? process.env.OUT_DIR ?? 'dist', base: '/', headers: true, precompress: true });
const neutralPath = '/lighthouse-neutral-page';
const neutralHeaders: Record<string, string> = {};
const server = createServer((request, response) => {
  if (request.url !== neutralPath) return site.listener(request, response);
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...neutralHeaders }).end('<!doctype html><title>Lighthouse</title>');
});
await new Promise<void>((resolve) => server.listen(0, resolve));
const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
const home = await fetch(`${origin}/`);
for (const name of ['cross-origin-opener-policy', 'cross-origin-embedder-policy']) {
  const value = home.headers.get(name);
  if (value) neutralHeaders[name] = value;
}
const browser = await launch({
  chromePath: browserChoice.executablePath ?? chromium.executablePath(),
  // Without the sandbox, as Playwright starts it for the tests: it needs user namespaces that
  // containers and root accounts often lack, and the browser loads only this site.
  chromeFlags: ['--headless=new', '--no-sandbox', ...chromiumArgs],
});

// What the table's numbers depend on besides the site: Lighthouse's own CPU benchmark of this
// machine (its simulated phone is this machine slowed down four times) and the browser.
const benchmarkIndexes: number[] = [];
let browserName: string | undefined;

/** One Lighthouse run: its scores and the metrics the table shows. */
async function measure(url: string, config: Config | undefined): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port: browser.port, output: 'json', logLevel: 'error', blankPage: `${origin}${neutralPath}` }, config);
  if (!result) throw new Error(`${url}: Lighthouse returned no result`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code}: ${runtimeError.message}`);
  const scores: LighthouseRun['scores'] = {};
  for (const id of lighthouseCategories) {
    const score = categories[id]?.score;
    if (score !== undefined && score !== null) scores[id] = score * 100;
  }
  benchmarkIndexes.push(result.lhr.environment.benchmarkIndex);
  // The user agent gives only the major version (its others are zeros).
  browserName ??= result.lhr.environment.hostUserAgent.match(/((?:Headless)?Chrome)\/(\d+)/)?.slice(1).join(' ');
  const longTasks = audits['long-tasks']?.details;
  return {
    scores,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    longTasks: longTasks?.type === 'table' ? longTasks.items.length : 0,
  };
}

const rows: LighthouseRow[] = [];
try {
  // Each page is loaded once, unmeasured, before any is measured. In a browser just started, the
  // first two or three page loads run their own main-thread work no slower, but their tasks take
  // longer while the browser's other processes do the one-off work of its first loads (here it
  // raised their blocking time from 20–70 to 170–180 ms), work a reader's long-running browser has
  // done long before. What it sets up depends on what a page draws, so every page takes part.
  const pages = paths.flatMap((path) => localeCodes.map((locale) => urlForLocale(locale, path)));
  for (const page of pages) await measure(`${origin}${page}`, formFactors[0].config);
  for (const page of pages) {
    for (const { name, config } of formFactors) {
      const measured: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) measured.push(await measure(`${origin}${page}`, config));
      rows.push(summariseRuns(page, name, measured));
      console.error(`measured ${page} (${name}), ${runs} run${runs === 1 ? '' : 's'}`);
    }
  }
} finally {
  browser.kill();
  server.close();
  site.close();
}
const machine = `${availableParallelism()} CPU cores, Lighthouse benchmark index ${Math.round(median(benchmarkIndexes) ?? NaN)}, ${browserName ?? 'unknown browser'}`;
const table = `Lighthouse, median of ${runs} run${runs === 1 ? '' : 's'} per row (${machine})\n\n${lighthouseTable(rows)}\n`;
console.log(table);
if (values.out) writeFileSync(values.out, table);
