/**
 * Site-wide settings kept in one place so that deploy targets and forks change a single file.
 */
export const siteConfig = {
  /** Canonical origin the site is deployed to; used for hreflang, sitemap and citation URLs. */
  site: process.env.SITE_URL ?? 'https://why-gpus.github.io',
  /** Repository that hosts the source; "improve this translation" and contribution links point here. */
  repoUrl: 'https://github.com/why-gpus/why-gpus',
  /** Branch whose files the repository links open. */
  repoBranch: 'main',
  /** First publication of the article (ISO date); updates are dated per section (`updated` in its frontmatter). */
  published: '2026-11-26',
  /** The current edition: its name (a year) and the day it was completed; "How to cite" and the errata note name it. */
  edition: { name: '2026', date: '2026-12-05' },
} as const;

export function repoFileUrl(path: string): string {
  return `${siteConfig.repoUrl}/blob/${siteConfig.repoBranch}/${path}`;
}
