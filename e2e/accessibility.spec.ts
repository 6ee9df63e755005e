import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

for (const path of ['/', '/zh-cn/']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
      test.slow(true, 'axe walks the whole long article');
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('the manual dark theme also passes axe', async ({ page }) => {
  test.slow(true, 'axe walks the whole long article');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/zh-cn/');
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
