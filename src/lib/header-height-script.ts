/**
 * The inline script that measures the sticky header as soon as it is parsed (HeaderHeight.astro).
 * Astro hashes only the inline scripts it generates, so the page policy lists this one's hash
 * itself (src/node/security-policy.ts); both read this one string.
 */
export const headerHeightScript =
  "document.documentElement.style.setProperty('--header-height', `${document.querySelector('.site-header').getBoundingClientRect().height}px`);";
