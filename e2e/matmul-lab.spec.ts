import type { Locator, Page } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../scripts/find-browser.ts';
import { strings } from '../src/i18n/strings/lab.ts';
import { interpolate } from '../src/i18n/translate.ts';
import { MAX_REL_ERROR } from '../src/lib/matmul/reference.ts';
import { layoutShift, watchLayoutShifts } from './layout-shift';
import { expect, test } from './fixtures';

// The lab sits in the article's cpu-vs-gpu section. Headless Chromium here has
// no GPU: WebGL2 and WebGPU both run on SwiftShader, so every GPU result must
// carry the software flag.
const LAB = '[data-demo="matmul-lab"]';
const CPU_BACKENDS = ['js-naive', 'js-tiled', 'js-workers', 'wasm-simd', 'wasm-simd-threads'];
const GPU_BACKENDS = ['webgl2', 'webgpu'];
const ODD_N = 129;

/** Requests that belong to the lab: its island, workers, gpu.js and the WebAssembly kernel. */
const LAB_REQUEST = /MatmulLab|matmul-lab|js-worker|wasm-worker|gpu-worker|gpu-browser|gpu\.js|\.wasm(\?|$)/i;

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

async function runAndWait(page: Page, timeout = 180_000) {
  await page.getByTestId('matmul-run').click();
  await expect(page.getByTestId('matmul-status')).toHaveText(en['run.done'], { timeout });
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

  test('loads none of its code before it is scrolled into view', async ({ page }) => {
    const early: string[] = [];
    page.on('request', (request) => {
      if (LAB_REQUEST.test(request.url())) early.push(request.url());
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(early, 'lab requests before scrolling').toEqual([]);
    await page.locator(LAB).scrollIntoViewIfNeeded();
    await expect(page.getByTestId('matmul-run')).toBeEnabled({ timeout: 30_000 });
    expect(early.length, 'the island loads once visible').toBeGreaterThan(0);
    expect(early.some((url) => /gpu-worker|gpu-browser|\.wasm/.test(url)), 'gpu.js and wasm wait for their backend').toBe(false);
  });

  test('on its own page: settings live in the URL, bad sizes are refused, and every backend verifies', async ({ page }) => {
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

    await test.step('sizes that are not whole numbers from 1 to 8192 are refused with the reason, and nothing runs', async () => {
      for (const [value, message] of [
        ['0', /at least 1/],
        ['-5', /at least 1/],
        ['1.5', /not a whole number/],
        ['abc', /not a number/],
        ['100000', /too large.*largest size is 8192/],
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
      // The same field accepts a valid size again.
      await page.getByTestId('matmul-n').fill(String(ODD_N));
      await expect(page.getByTestId('matmul-n-error')).toBeEmpty();
      await expect(page.getByTestId('matmul-run')).toBeEnabled();
      await choose(page, [...CPU_BACKENDS, ...GPU_BACKENDS]);
      await runAndWait(page);
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
      await expect(page.getByTestId('matmul-message')).toHaveCount(0);
    });
  });

  test('cancel during a sweep keeps the results finished so far', async ({ page }) => {
    await openLab(page, '?n=2048&sweep=2048');
    await choose(page, ['js-naive', 'js-tiled']);
    await page.getByTestId('matmul-run').click();
    const rows = page.getByTestId('matmul-result');
    await expect(rows.first()).toBeVisible({ timeout: 120_000 });
    await expect.poll(() => rows.count(), { timeout: 120_000 }).toBeGreaterThanOrEqual(2);
    await page.getByTestId('matmul-cancel').click();
    await expect(page.getByTestId('matmul-status')).toHaveText(en['run.cancelled'], { timeout: 30_000 });
    const kept = await rows.count();
    expect(kept).toBeGreaterThanOrEqual(2);
    await expect(page.locator('[data-testid="matmul-result"][data-n="2048"]')).toHaveCount(0);
    // The lab stays usable after a cancel.
    await page.getByTestId('matmul-n').fill('64');
    await page.getByTestId('matmul-sweep').uncheck();
    await runAndWait(page);
    await expect(page.locator('[data-testid="matmul-result"][data-n="64"][data-backend="js-tiled"]')).toHaveAttribute('data-verified', 'true');
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
    await runAndWait(page);
    for (const backend of ['js-tiled', 'wasm-simd']) {
      await expect(page.locator(`[data-testid="matmul-result"][data-backend="${backend}"]`)).toHaveAttribute('data-verified', 'true');
    }
    await expect(page.locator('[data-testid="matmul-result"][data-backend="webgl2"]')).toHaveCount(0);
  } finally {
    await browser.close();
  }
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
