import type { Page } from '@playwright/test';

/** Scrolls as a reader does, bringing a section's heading to the top of the screen. */
export async function scrollToHeading(page: Page, slug: string): Promise<void> {
  await page.locator(`h2#${slug}`).evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
}
