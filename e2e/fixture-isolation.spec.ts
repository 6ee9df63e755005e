// GitHub Pages sends no COOP/COEP headers, and the fixture build is served the same way: the
// lab's service worker (coi-serviceworker) must make the page cross-origin isolated after one
// reload, without losing the settings the lab keeps in its URL.
import { strings } from '../src/i18n/strings/lab.ts';
import { fixtureBase } from './fixture-build';
import { expect, test } from './fixtures';

test('on a host without isolation headers, the lab isolates itself after one reload, keeps its settings, and runs threads', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto('lab/?n=64&backends=wasm-simd-threads');
  // Evaluating during the service worker's reload throws; that counts as "not yet".
  await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 30_000 }).toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(new URL('coi-serviceworker.js', baseURL).href);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${fixtureBase}lab/?n=64&backends=wasm-simd-threads`);

  await page.locator('[data-demo="matmul-lab"]').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('matmul-isolation')).toHaveAttribute('data-isolated', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('matmul-n')).toHaveValue('64');
  await page.getByTestId('matmul-run').click();
  await expect(page.getByTestId('matmul-status')).toHaveText(strings.en['run.done'], { timeout: 60_000 });
  await expect(page.locator('[data-testid="matmul-result"][data-n="64"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="matmul-result"][data-backend="wasm-simd-threads"][data-n="64"]')).toHaveAttribute('data-verified', 'true');
});
