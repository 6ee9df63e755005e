import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { bringIntoView } from './scroll';
import { demos as registry } from '../src/demos.ts';
import type { Locale } from '../src/i18n/locales.ts';
import { strings as formStrings } from '../src/i18n/strings/form.ts';
import { strings as latencyStrings } from '../src/i18n/strings/latency-throughput.ts';
import { strings as matmulStrings } from '../src/i18n/strings/matmul-visualiser.ts';
import { strings as costStrings } from '../src/i18n/strings/model-cost-calculator.ts';
import { strings as rooflineStrings } from '../src/i18n/strings/roofline.ts';
import { translator } from '../src/i18n/translate.ts';

// The explainers live only in the article, so each test loads it once and checks every explainer
// in steps. Their accessibility is scanned by accessibility.spec.ts.
const pages: Record<Locale, string> = { en: '/', 'zh-cn': '/zh-cn/' };
/** The explainers: the demos whose controls work on the page itself. */
const demos = [{ name: 'matmul-visualiser' }, { name: 'latency-throughput' }, { name: 'model-cost-calculator' }, { name: 'roofline' }] as const;
type DemoName = (typeof demos)[number]['name'];

function demo(page: Page, name: DemoName): Locator {
  return page.locator(`section[data-section="${registry[name].section}"] [data-demo="${name}"]`);
}

/** Scrolls the demo into view (client:visible hydrates it then) and waits for its controls. */
async function hydrated(page: Page, name: DemoName): Promise<Locator> {
  const root = demo(page, name);
  await bringIntoView(root);
  // Astro drops an island's `ssr` attribute once it has hydrated. Generous: hydration waits for
  // the island's code, which a busy CI machine may serve slowly.
  await expect(root.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 20_000 });
  await expect(root.locator('input, select').first()).toBeVisible();
  return root;
}

for (const locale of ['en', 'zh-cn'] as const) {
  test(`the explainers render in the page language and follow their inputs (${locale})`, async ({ page }) => {
    await page.goto(pages[locale]);

    await test.step('each explainer renders in its section, in the page language', async () => {
      await expect(demo(page, 'matmul-visualiser').locator('figcaption')).toHaveText(translator(matmulStrings, locale)('title'));
      await expect(demo(page, 'latency-throughput').locator('figcaption')).toHaveText(translator(latencyStrings, locale)('title'));
      await expect(demo(page, 'model-cost-calculator').locator('figcaption')).toHaveText(translator(costStrings, locale)('title'));
      // VGG16's 138,357,544 parameters, formatted for the locale.
      await expect(demo(page, 'model-cost-calculator').getByTestId('params')).toContainText(locale === 'en' ? '138.4 million' : '1.38 亿');
      await expect(demo(page, 'model-cost-calculator').getByTestId('params')).toContainText('138,357,544');
      // The roofline's reference machines, drawn by the server: H100 FP32, H100 BF16 and the 9950X.
      await expect(demo(page, 'roofline').locator('figcaption')).toHaveText(translator(rooflineStrings, locale)('title'));
      await expect(demo(page, 'roofline').locator('svg.rl__svg:visible [data-roof]')).toHaveCount(3);
    });

    await test.step('the matrix visualiser follows its inputs', async () => {
      const root = await hydrated(page, 'matmul-visualiser');
      const t = translator(matmulStrings, locale);
      // Default: A is 3 × 4, B is 4 × 3, so 9 cells of 4 multiply-adds: 36.
      await expect(root.getByTestId('serial-count')).toHaveText(t('stepCount', { step: '0', total: '36' }));
      await root.getByLabel(t('rowsA')).fill('5');
      // 5 × 4 × 3 = 60 multiply-adds for one core; still 4 steps with a core per cell.
      await expect(root.getByTestId('serial-count')).toHaveText(t('stepCount', { step: '0', total: '60' }));
      await expect(root.getByTestId('parallel-count')).toHaveText(t('stepCount', { step: '0', total: '4' }));
      await expect(root.locator('button[aria-label^="C"]')).toHaveCount(15);
      await root.getByLabel(t('rowsA')).fill('12');
      await expect(root.getByText(translator(formStrings, locale)('number.wholeRange', { min: '1', max: '8' }))).toBeVisible();
      await expect(root.getByLabel(t('rowsA'))).toHaveAttribute('aria-invalid', 'true');
      // Digits typed by a Chinese input method count as digits: full-width ６ is 6 rows.
      await root.getByLabel(t('rowsA')).fill('６');
      await expect(root.getByLabel(t('rowsA'))).toHaveAttribute('aria-invalid', 'false');
      await expect(root.locator('button[aria-label^="C"]')).toHaveCount(18);
    });

    await test.step('the latency explainer follows its inputs', async () => {
      const root = await hydrated(page, 'latency-throughput');
      const t = translator(latencyStrings, locale);
      // Default: 100 tasks; the CPU-like machine A wins and B overtakes from 217 tasks on.
      await expect(root.getByTestId('winner')).toHaveText(t('winnerA'));
      await expect(root.getByTestId('crossover')).toContainText(t('crossover', { n: '217' }));
      const timeB = await root.getByTestId('time-b').innerText();
      await root.getByLabel(t('overhead')).fill('500');
      await expect(root.getByTestId('time-b')).not.toHaveText(timeB);
      await root.getByLabel(t('cores')).nth(1).fill('2');
      await expect(root.getByTestId('crossover')).toHaveText(t('noCrossover'));
    });

    await test.step('the cost calculator follows its inputs', async () => {
      const root = await hydrated(page, 'model-cost-calculator');
      const t = translator(costStrings, locale);
      await root.getByLabel(t('model'), { exact: true }).selectOption('resnet50');
      // torchvision's ResNet-50: 25,557,032 parameters.
      await expect(root.getByTestId('params')).toContainText('25,557,032');
      await root.getByLabel(t('model'), { exact: true }).selectOption('bert-base');
      const macs128 = await root.getByTestId('macs').innerText();
      await root.getByLabel(t('sequenceLength', { max: '512' })).fill(' 512 ');
      await expect(root.getByTestId('macs')).not.toHaveText(macs128);
      await expect(root.getByTestId('params')).toContainText('109,482,240');
      await root.getByLabel(t('sequenceLength', { max: '512' })).fill('600');
      await expect(root.getByText(translator(formStrings, locale)('number.wholeRange', { min: '1', max: '512' }))).toBeVisible();
      await root.locator('summary').click();
      await expect(root.locator('details tbody tr')).toHaveCount(14);
    });
  });
}

test('the explainers work with the keyboard alone, and the race follows the reduced-motion preference', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');

  await test.step('with reduced motion the race moves by steps only', async () => {
    const root = await hydrated(page, 'matmul-visualiser');
    const t = translator(matmulStrings, 'en');
    await expect(root.getByText(t('reducedMotionNote'))).toBeVisible();
    await expect(root.getByRole('button', { name: t('play') })).toHaveCount(0);
  });

  await test.step('the matrix visualiser: arrow keys pick a cell, Enter steps the race', async () => {
    const root = demo(page, 'matmul-visualiser');
    const t = translator(matmulStrings, 'en');
    await root.getByLabel(t('colsB')).focus();
    // From the last size field, Tab reaches the one focusable cell of C.
    await page.keyboard.press('Tab');
    await expect(root.locator('button[aria-label^="C row 1, column 1"]')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(root.locator('button[aria-label^="C row 2, column 2"]')).toBeFocused();
    await expect(root.locator('.mv__formula')).toContainText(t('cellFormula', { row: 2, col: 2 }));
    await root.getByRole('button', { name: t('step') }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(root.getByTestId('serial-count')).toHaveText(t('stepCount', { step: '2', total: '36' }));
    await expect(root.getByTestId('parallel-count')).toHaveText(t('stepCount', { step: '2', total: '4' }));
  });

  await test.step('without that preference the race can play', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const root = demo(page, 'matmul-visualiser');
    const t = translator(matmulStrings, 'en');
    await expect(root.getByText(t('reducedMotionNote'))).toHaveCount(0);
    await root.getByRole('button', { name: t('play') }).click();
    // The parallel lane finishes after 4 steps while the single core is still at work.
    await expect(root.getByTestId('parallel-count')).toHaveText(t('stepCount', { step: '4', total: '4' }));
    await expect(root.getByTestId('serial-count')).not.toHaveText(t('stepCount', { step: '36', total: '36' }));
  });

  await test.step('the latency explainer: Home and End on the task slider change the winner', async () => {
    const root = await hydrated(page, 'latency-throughput');
    const t = translator(latencyStrings, 'en');
    await root.getByRole('slider', { name: t('tasks') }).focus();
    await page.keyboard.press('End');
    await expect(root.getByTestId('winner')).toHaveText(t('winnerB'));
    await page.keyboard.press('Home');
    await expect(root.getByTestId('winner')).toHaveText(t('winnerA'));
  });

  await test.step('the cost calculator: typing and arrow keys on the hardware choice', async () => {
    const root = await hydrated(page, 'model-cost-calculator');
    const t = translator(costStrings, 'en');
    const time = await root.getByTestId('time').innerText();
    await root.getByRole('radio', { name: t('hardware.cpu-core') }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(root.getByRole('radio', { name: t('hardware.gtx-titan-black') })).toBeChecked();
    await expect(root.getByTestId('time')).not.toHaveText(time);
    const flops = await root.getByTestId('total-flops').innerText();
    await root.getByLabel(t('epochs')).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('20');
    await expect(root.getByTestId('total-flops')).not.toHaveText(flops);
  });
});

test('the roofline measures this machine on request, plots its kernels and tells the cost calculator', async ({ page }) => {
  // Measuring runs the roofs on every core, the lab's kernel at three sizes and the add, on CI's busy cores.
  test.setTimeout(180_000);
  await page.goto('/');
  const root = demo(page, 'roofline');
  const t = translator(rooflineStrings, 'en');
  await bringIntoView(root);
  const button = root.getByRole('button', { name: t('measure') });
  // Generous: hydration waits for the island's code, which a busy CI machine may serve slowly.
  await expect(button).toBeEnabled({ timeout: 20_000 });
  await expect(root.locator('svg.rl__svg:visible [data-point]')).toHaveCount(0);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(root.getByRole('button', { name: t('stop') })).toBeVisible();
  // The matrix product at three sizes and the elementwise add, above the reader's CPU roofs.
  await expect(root.locator('svg.rl__svg:visible [data-point]')).toHaveCount(4, { timeout: 120_000 });
  await expect(root.locator('svg.rl__svg:visible [data-roof^="cpu-"]').first()).toBeAttached();
  await expect(root.getByTestId('roofline-status')).toContainText('GFLOPS');
  await root.locator('summary').click();
  await expect(root.getByTestId('roofline-measured-row').first()).toBeVisible();
  // The compute roof reaches the calculator higher up the page through the measured-speed channel;
  // it hydrates only now, when scrolled to, so it reads what was stored.
  const calculator = await hydrated(page, 'model-cost-calculator');
  await expect(calculator.getByTestId('measured')).toContainText('cpu-roof');
  await expect(calculator.getByTestId('measured-time')).not.toHaveText(translator(costStrings, 'en')('notMeasured'));
  await calculator.getByLabel(translator(costStrings, 'en')('model'), { exact: true }).selectOption('llama3-8b');
  // 20 tokens for each of Llama 3 8B's 8,030,261,248 parameters: 160.6 billion.
  await expect(calculator.getByTestId('optimal-tokens')).toContainText('160.6 billion');
  await expect(calculator.getByTestId('params')).toContainText('8,030,261,248');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['en', 'zh-cn'] as const) {
    test(`each explainer is a static figure (${locale})`, async ({ page }) => {
      await page.goto(pages[locale]);
      const matmul = demo(page, 'matmul-visualiser');
      await expect(matmul.locator('figure')).toBeVisible();
      // The product of the default 3 × 4 and 4 × 3 matrices, with the first cell worked out.
      await expect(matmul.locator('button[aria-label^="C"]')).toHaveCount(9);
      await expect(matmul.locator('.mv__formula')).toContainText(translator(matmulStrings, locale)('cellFormula', { row: 1, col: 1 }));
      const latency = demo(page, 'latency-throughput');
      await expect(latency.locator('svg path.lt__line')).toHaveCount(2);
      await expect(latency.getByTestId('winner')).toHaveText(translator(latencyStrings, locale)('winnerA'));
      const cost = demo(page, 'model-cost-calculator');
      await expect(cost.getByTestId('params')).toContainText('138,357,544');
      await expect(cost.locator('details summary')).toBeVisible();
      await expect(demo(page, 'roofline').locator('svg.rl__svg:visible [data-roof]')).toHaveCount(3);
      await expect(demo(page, 'roofline').getByRole('button')).toHaveCount(0);
      // Controls that could not do anything without JavaScript are not shown.
      for (const { name } of demos) await expect(demo(page, name).locator('input, select').filter({ visible: true })).toHaveCount(0);
    });
  }
});
