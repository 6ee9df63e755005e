import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What one axe scan covers: CSS selectors to include or exclude, and the rules to run (all by default). */
export interface AxeScope {
  only?: string;
  exclude?: string;
  rules?: string[];
}

/** Runs axe on the page as it is now and lists each violation as `rule: selector, selector`. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  // Only violations are read; collecting passes and incomplete nodes is most of axe's work on a long page.
  // The pages' policy allows no frames (default-src 'none'), so axe runs in the page itself: the
  // per-frame mode merges its results in a new blank page, opened and filled with axe for every scan.
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  if (scope.only) builder.include(scope.only);
  if (scope.exclude) builder.exclude(scope.exclude);
  if (scope.rules) builder.withRules(scope.rules);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
