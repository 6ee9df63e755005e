import type { Locator, Page } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../scripts/find-browser.ts';
import { strings } from '../src/i18n/strings/lab.ts';
import { interpolate } from '../src/i18n/translate.ts';
import { DEFAULT_BASELINE, type BackendId } from '../src/lib/matmul/backends.ts';
import { MAX_REL_ERROR } from '../src/lib/matmul/reference.ts';
import { DEFAULT_WEBGL_BLOCK, blockLabel } from '../src/lib/matmul/webgl-block-shape.ts';
import { largestOfferedSize } from '../src/lib/matmul/size-limits.ts';
import { MAX_N } from '../src/lib/matmul/sizes.ts';
import { summarise, type SummaryRow } from '../src/lib/matmul/summary.ts';
import { DEFAULT_SETTINGS } from '../src/lib/matmul/url-state.ts';
import { layoutShift, watchLayoutShifts } from './layout-shift';
import { expect, test } from './fixtures';
import { bringIntoView } from './scroll';

// The lab sits in the article's cpu-vs-gpu section. Headless Chromium here has
// no GPU: WebGL2 and WebGPU both run on SwiftShader, so every GPU result must
// carry the software flag.
const LAB = '[data-demo="matmul-lab"]';
const CPU_BACKENDS = ['js-naive', 'js-tiled', 'js-workers', 'wasm-simd', 'wasm-simd-threads'];
const GPU_BACKENDS = ['webgl2', 'webgpu'];
const ODD_N = 129;

/** Requests that belong to the lab: its island, runners, workers, gpu.js and the WebAssembly kernel. */
const LAB_REQUEST = /MatmulLab|matmul-lab|\/registry\.|js-worker|wasm-worker|gpu-worker|gpu-browser|gpu\.js|\.wasm(\?|$)/i;
/** The runners (src/workers/bridge/registry.ts), which load with the reader's first run. */
const RUNNERS_REQUEST = /\/_astro\/registry\.[\w-]+\.js$/;

/** The lab's own page: the same island as in the article, without the long article around it. */
async function openLab(page: Page, query = '') {
  await page.goto(`/lab/${query}`);
  await page.locator(LAB).scrollIntoViewIfNeeded();
  // The server renders the form; its Run button is enabled once the island has probed the browser.
  await expect(page.getByTestId('matmul-run')).toBeEnabled({ timeout: 30_000 });
}

async function choose(page: Page, backends: readonly string[]) {
  for (const box of await page.locator('[data-testid="matmul-backend"] input[type="checkbox"]').all()) {
    if (await box.isDisabled()) continue;
    await box.setChecked(backends.includes((await box.getAttribute('value')) ?? ''));
  }
}

const en = strings.en;
const zh = strings['zh-cn'];

/** Starts a run with the Run button, or as a reader pressing Enter in the size field, and waits for it to end. */
async function runAndWait(page: Page, { done = en['run.done'], start = 'button' }: { done?: string; start?: 'button' | 'enter' } = {}) {
  if (start === 'enter') await page.getByTestId('matmul-n').press('Enter');
  else await page.getByTestId('matmul-run').click();
  await expect(page.getByTestId('matmul-status')).toHaveText(done, { timeout: 180_000 });
}

/** The rows the page shows, read back from their data attributes, as the summary takes them. */
async function shownRows(page: Page): Promise<SummaryRow[]> {
  return page.getByTestId('matmul-result').evaluateAll((rows) =>
    rows.map((row) => {
      const data = (row as HTMLElement).dataset;
      return {
        backend: data.backend as BackendId,
        n: Number(data.n),
        medianMs: Number(data.medianMs),
        verified: data.verified === 'true',
        // Headless Chromium's only GPU is SwiftShader (the device report says so, checked below).
        softwareName: data.software === 'true' ? 'SwiftShader' : null,
      };
    }),
  );
}

/** Each result's GFLOPS and check are on screen, and nothing makes the page scroll sideways. */
async function expectReadableResults(page: Page, verified: string) {
  await page.getByTestId('matmul-all').locator('summary').click();
  const rows = page.getByTestId('matmul-result');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    await row.getByTestId('matmul-gflops').scrollIntoViewIfNeeded();
    await expect(row.getByTestId('matmul-gflops')).toHaveText(/^[\d.,]+$/);
    await expect(row.getByTestId('matmul-verdict')).toHaveText(`✓ ${verified}`);
    for (const cell of [row.getByTestId('matmul-gflops'), row.getByTestId('matmul-verdict')]) {
      const box = await cell.boundingBox();
      expect(box, 'on screen').not.toBeNull();
      expect(box!.x + box!.width, 'inside the viewport').toBeLessThanOrEqual(page.viewportSize()!.width);
      // One line: 已验证 must not break a character per line.
      expect(box!.height).toBeLessThan(2 * 16 * 1.8);
    }
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

/** A data-* attribute's number, failing when the attribute is missing or not a finite number. */
async function numberAttribute(row: Locator, name: string): Promise<number> {
  const text = await row.getAttribute(name);
  expect(text, `${name} is present`).not.toBeNull();
  const value = Number(text);
  expect(Number.isFinite(value), `${name}="${text}" is a finite number`).toBe(true);
  return value;
}

test.describe('matmul lab', () => {
  test.describe.configure({ timeout: 300_000 });

  test('in the article: loads none of its code before it is scrolled into view, names bad settings, and leaves the hash alone', async ({ page }) => {
    const early: string[] = [];
    page.on('request', (request) => {
      if (LAB_REQUEST.test(request.url())) early.push(request.url());
    });
    // In the article the lab's parameters carry a prefix; the plain `n` belongs to something else.
    await page.goto('/?n=7&lab-n=8193&lab-backends=js-tiled,foo&lab-baseline=cuda&lab-seed=0&lab-sweep=yes');
    await page.waitForLoadState('networkidle');
    expect(early, 'lab requests before scrolling').toEqual([]);
    await bringIntoView(page.locator(LAB));
    await expect(page.getByTestId('matmul-run')).toBeEnabled({ timeout: 30_000 });
    expect(early.length, 'the island loads once visible').toBeGreaterThan(0);
    expect(early.some((url) => /gpu-worker|gpu-browser|\.wasm/.test(url)), 'gpu.js and wasm wait for their backend').toBe(false);
    expect(early.some((url) => RUNNERS_REQUEST.test(url)), 'the runners wait for the first run').toBe(false);

    await test.step('each value it cannot use is named, with what it uses instead', async () => {
      const problems = page.getByTestId('matmul-url-problem');
      await expect(problems).toHaveText([
        interpolate(en['url.size'], { param: 'lab-n', value: '8193', why: interpolate(en['why.too-large'], { max: MAX_N }), used: DEFAULT_SETTINGS.n }),
        interpolate(en['url.backends'], { param: 'lab-backends', value: 'foo', used: 'js-tiled' }),
        interpolate(en['url.baseline'], { param: 'lab-baseline', value: 'cuda', used: DEFAULT_BASELINE }),
        interpolate(en['url.seed'], { param: 'lab-seed', value: '0', used: DEFAULT_SETTINGS.seed }),
        interpolate(en['url.sweep'], { param: 'lab-sweep', value: 'yes', why: en['why.not-a-number'] }),
      ]);
      await expect(page.getByTestId('matmul-n')).toHaveValue(String(DEFAULT_SETTINGS.n));
      await expect(page.getByTestId('matmul-page-link')).toHaveAttribute('href', '/lab/');
    });

    await test.step('running it changes the query, never the hash the reader is at', async () => {
      await page.evaluate(() => (location.hash = 'cpu-vs-gpu'));
      await page.getByTestId('matmul-n').fill('16');
      await runAndWait(page);
      expect(early.filter((url) => RUNNERS_REQUEST.test(url)), 'the runners, loaded by the first run').toHaveLength(1);
      await expect(page.locator('[data-testid="matmul-result"][data-backend="js-tiled"][data-n="16"]')).toHaveAttribute('data-verified', 'true');
      const url = new URL(page.url());
      // The settings it could not use are gone; the plain `n` is not the lab's and stays.
      expect(Object.fromEntries(url.searchParams)).toEqual({ n: '7', 'lab-n': '16', 'lab-backends': 'js-tiled' });
      expect(url.hash).toBe('#cpu-vs-gpu');
    });
  });

  test('on its own page: settings live in the URL, bad sizes are refused, every backend verifies, and the answer comes first', async ({ page }) => {
    await watchLayoutShifts(page);
    await openLab(page, '?n=96&baseline=wasm-simd');

    await test.step('nothing moved while the lab loaded, hydrated and probed the browser', async () => {
      expect(await layoutShift(page)).toBe(0);
    });

    await test.step('settings live in the URL', async () => {
      await expect(page.getByTestId('matmul-n')).toHaveValue('96');
      await page.getByTestId('matmul-n').fill('80');
      await expect(page).toHaveURL(/[?&]n=80/);
      await expect(page).toHaveURL(/baseline=wasm-simd/);
    });

    const offered = await page.evaluate(() => ({
      memory: (navigator as Navigator & { deviceMemory?: number }).deviceMemory,
      threads: Math.max(1, navigator.hardwareConcurrency || 1),
      isolated: crossOriginIsolated,
    }));
    const largest = largestOfferedSize(offered.memory, offered).n;

    await test.step('the largest size offered comes from the memory the device reports', async () => {
      const basis = offered.memory === undefined ? en['basis.default'] : en['basis.device-memory'];
      await expect(page.getByTestId('matmul-n-help')).toContainText(`A whole number from 1 to ${largest}. ${basis.split('{memory}')[0]}`);
    });

    await test.step('sizes that are not whole numbers from 1 to the largest offered are refused with the reason, and nothing runs', async () => {
      for (const [value, message] of [
        ['0', /at least 1/],
        ['-5', /at least 1/],
        ['1.5', /not a whole number/],
        ['abc', /not a number/],
        [String(largest + 1), new RegExp(`too large.*The largest size here is ${largest}\\.`)],
      ] as const) {
        await page.getByTestId('matmul-n').fill(value);
        await expect(page.getByTestId('matmul-n-error'), value).toHaveText(message);
        await expect(page.getByTestId('matmul-run'), value).toBeDisabled();
        await page.getByTestId('matmul-n').press('Enter');
        await expect(page.getByTestId('matmul-progress'), value).toHaveCount(0);
        await expect(page.getByTestId('matmul-status'), value).toBeEmpty();
      }
      await expect(page.getByTestId('matmul-result')).toHaveCount(0);
    });

    // Odd, so no kernel's 2- or 4-wide blocks divide it (test/matmul-kernels.test.ts covers both
    // cases for every kernel); large enough that every backend takes measurable time.
    await test.step(`every backend multiplies N = ${ODD_N} and verifies the result; SwiftShader is flagged as software`, async () => {
      // The same field accepts a valid size again, as an input method types it.
      const fullWidth = String(ODD_N).replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
      await page.getByTestId('matmul-n').fill(`\u3000${fullWidth} `);
      await expect(page.getByTestId('matmul-n-error')).toBeEmpty();
      await expect(page.getByTestId('matmul-run')).toBeEnabled();
      await choose(page, [...CPU_BACKENDS, ...GPU_BACKENDS]);
      await runAndWait(page, { start: 'enter' });
      const isolated = (await page.getByTestId('matmul-isolation').getAttribute('data-isolated')) === 'true';
      const expected = [...CPU_BACKENDS, ...GPU_BACKENDS].filter((id) => isolated || id !== 'wasm-simd-threads');
      for (const backend of expected) {
        const row = page.locator(`[data-testid="matmul-result"][data-backend="${backend}"][data-n="${ODD_N}"]`);
        await expect(row, backend).toHaveAttribute('data-verified', 'true');
        await expect(row).toHaveAttribute('data-software', GPU_BACKENDS.includes(backend) ? 'true' : 'false');
        for (const attribute of ['data-first-ms', 'data-median-ms', 'data-gflops']) {
          expect(await numberAttribute(row, attribute), `${backend} ${attribute}`).toBeGreaterThan(0);
        }
        const error = await numberAttribute(row, 'data-max-rel-error');
        expect(error, `${backend} error`).toBeGreaterThanOrEqual(0);
        expect(error, `${backend} error`).toBeLessThanOrEqual(MAX_REL_ERROR);
      }
      await expect(page.getByTestId('matmul-software-warning').first()).toContainText('SwiftShader');
      // A software renderer's timings say nothing about a GPU: the webgl2 kernel keeps its default block, unprobed.
      const why = en['device.webglBlock.software'];
      await expect(page.getByTestId('matmul-webgl-block')).toHaveText(interpolate(en['device.webglBlock'], { block: blockLabel(DEFAULT_WEBGL_BLOCK), why }));
      await expect(page.getByTestId('matmul-message')).toHaveCount(0);
    });

    await test.step('one sentence says what was fastest, by how much, and that this GPU is emulated', async () => {
      const sentence = summarise(await shownRows(page), ODD_N, { threads: offered.threads, locale: 'en' });
      expect(sentence).toContain('emulated in software (SwiftShader)');
      await expect(page.getByTestId('matmul-summary')).toHaveText(sentence!);
    });

    await test.step('on a phone every result is a card: GFLOPS and check on screen, nothing scrolls sideways', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await expectReadableResults(page, en['check.pass']);
    });
  });

  test('the language switch keeps the settings; cancel during a sweep keeps the results finished so far (in Chinese, on a phone)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const settings = '?n=2048&sweep=2048&backends=js-naive,js-tiled';
    await openLab(page, settings);
    await page.locator('.lang-switch a[data-lang-switch="zh-cn"]').click();
    await expect(page).toHaveURL(`/zh-cn/lab/${settings}`);
    await expect(page.getByTestId('matmul-run')).toBeEnabled({ timeout: 30_000 });
    await page.getByTestId('matmul-run').click();
    const rows = page.getByTestId('matmul-result');
    // The rows wait, folded, under the summary.
    await expect(rows.first()).toBeAttached({ timeout: 120_000 });
    await expect.poll(() => rows.count(), { timeout: 120_000 }).toBeGreaterThanOrEqual(2);
    await page.getByTestId('matmul-cancel').click();
    await expect(page.getByTestId('matmul-status')).toHaveText(zh['run.cancelled'], { timeout: 30_000 });
    const kept = await rows.count();
    expect(kept).toBeGreaterThanOrEqual(2);
    await expect(page.locator('[data-testid="matmul-result"][data-n="2048"]')).toHaveCount(0);
    // The lab stays usable after a cancel.
    await page.getByTestId('matmul-n').fill('64');
    await page.getByTestId('matmul-sweep').uncheck();
    await runAndWait(page, { done: zh['run.done'] });
    await expect(page.locator('[data-testid="matmul-result"][data-n="64"][data-backend="js-tiled"]')).toHaveAttribute('data-verified', 'true');
    const sentence = summarise(await shownRows(page), 64, { threads: 1, locale: 'zh-cn' });
    expect(sentence).toMatch(/^在 N = 64 时，这台设备上最快的后端是.+；这次没有测 GPU 后端。$/);
    await expect(page.getByTestId('matmul-summary')).toHaveText(sentence!);
    await expectReadableResults(page, zh['check.pass']);
  });
});

// A browser of its own, launched without WebGL and WebGPU (launch options cannot change per describe).
test('without WebGL or WebGPU both GPU backends show as unavailable with reasons and the CPU ones still run', async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const browser = await playwright.chromium.launch({
    executablePath: findBrowser()?.executablePath,
    args: [...chromiumArgs.filter((arg) => !/webgpu|Vulkan/i.test(arg)), '--disable-webgl', '--disable-features=WebGPU'],
  });
  try {
    const page = await browser.newPage({ baseURL });
    await openLab(page, '?n=128');
    for (const backend of GPU_BACKENDS) {
      await expect(page.locator(`[data-testid="matmul-unavailable"][data-backend="${backend}"]`)).toContainText(/unavailable: .+/);
      await expect(page.locator(`[data-testid="matmul-backend"][data-backend="${backend}"] input`)).toBeDisabled();
    }
    await choose(page, ['js-tiled', 'wasm-simd']);
    // Full-width digits, as a Chinese or Japanese input method types them.
    await page.getByTestId('matmul-n').fill('２５６');
    await expect(page).toHaveURL(/[?&]n=256(&|$)/);
    await runAndWait(page);
    for (const backend of ['js-tiled', 'wasm-simd']) {
      await expect(page.locator(`[data-testid="matmul-result"][data-backend="${backend}"][data-n="256"]`)).toHaveAttribute('data-verified', 'true');
    }
    await expect(page.getByTestId('matmul-summary')).toHaveText(/^At N = 256, .+; no GPU backend was measured\.$/);
    await expect(page.locator('[data-testid="matmul-result"][data-backend="webgl2"]')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test.describe('a probe whose worker cannot start', () => {
  test.use({ allowedConsoleErrors: [/probe-worker/i, /Failed to load resource/i] });

  test('reports both GPU backends as not checked, with the error, and still offers the WebAssembly ones', async ({ page }) => {
    await page.route(/probe-worker/, (route) => route.abort());
    await openLab(page);
    for (const backend of GPU_BACKENDS) {
      await expect(page.locator(`[data-testid="matmul-unavailable"][data-backend="${backend}"]`)).toContainText(/checking for it failed \(.+\)/);
      await expect(page.locator(`[data-testid="matmul-backend"][data-backend="${backend}"] input`)).toBeDisabled();
    }
    // The page asked WebAssembly's features itself.
    await expect(page.locator('[data-testid="matmul-backend"][data-backend="wasm-simd"]')).toHaveAttribute('data-available', 'true');
    await expect(page.locator('[data-testid="matmul-backend"][data-backend="wasm-simd"] input')).toBeEnabled();
  });
});

test.describe('runners that fail to load', () => {
  // The test makes the first load fail on purpose; the browser logs the error status.
  test.use({ allowedHttpErrors: [RUNNERS_REQUEST], allowedConsoleErrors: [/status of 503/] });

  test('say so in the reader\'s language, keep the settings, and load on the next Run', async ({ page }) => {
    let fail = true;
    await page.route(RUNNERS_REQUEST, (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.goto('/zh-cn/lab/?n=16&backends=webgl2&webgl-block=8x4');
    await expect(page.getByTestId('matmul-run')).toBeEnabled({ timeout: 30_000 });
    await page.getByTestId('matmul-run').click();
    const [failedSentence] = zh['run.loadFailed'].split('{detail}');
    await expect(page.getByTestId('matmul-load-failure')).toContainText(failedSentence!);
    await expect(page.getByTestId('matmul-run')).toBeEnabled();
    await expect(page.getByTestId('matmul-n')).toHaveValue('16');

    fail = false;
    await runAndWait(page, { done: zh['run.done'] });
    await expect(page.getByTestId('matmul-load-failure')).toHaveCount(0);
    await expect(page.locator('[data-testid="matmul-result"][data-backend="webgl2"][data-n="16"]')).toHaveAttribute('data-verified', 'true');

    await test.step('the device report names the webgl2 block the address asked for', async () => {
      const why = interpolate(zh['device.webglBlock.forced'], { block: '8x4' });
      await expect(page.getByTestId('matmul-webgl-block')).toHaveText(interpolate(zh['device.webglBlock'], { block: '8×4', why }));
    });
  });
});

test.describe('a lost GPU', () => {
  test.describe.configure({ timeout: 300_000 });
  // Chromium logs the deliberate loss of the WebGL context.
  test.use({ allowedConsoleErrors: [/CONTEXT_LOST|context lost|device (was )?lost/i] });

  test('a lost WebGL context and a lost WebGPU device are reported, and the next run works', async ({ page }) => {
    await openLab(page, '?n=64&lose=webgl2,webgpu');
    await choose(page, GPU_BACKENDS);
    await runAndWait(page);
    const messages = page.getByTestId('matmul-message');
    await expect(messages).toHaveCount(2);
    for (const backend of GPU_BACKENDS) {
      // The sentence for a lost GPU, not merely an error whose text mentions a loss.
      const [lostSentence] = interpolate(en['error.lost'], { backend }).split('{detail}');
      await expect(messages.filter({ hasText: `${backend} ` })).toContainText(lostSentence!);
    }
    await expect(page.locator('[data-testid="matmul-result"]')).toHaveCount(0);

    await runAndWait(page);
    await expect(messages).toHaveCount(0);
    for (const backend of GPU_BACKENDS) {
      await expect(page.locator(`[data-testid="matmul-result"][data-backend="${backend}"][data-n="64"]`)).toHaveAttribute('data-verified', 'true');
    }
  });
});
