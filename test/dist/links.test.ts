import { describe, expect, it } from 'vitest';
import { fixtureBase } from '../../e2e/fixture-build.ts';
import { checkLinks, formatBroken } from '../../src/node/link-check.ts';
import { siteConfig } from '../../src/site.config.ts';

// The site as built (dist/) and the fixture site, built under the GitHub Pages project path
// (`npm run build:fixture`), so a link that forgets the base is caught.
const builds = [
  { dir: process.env.DIST_DIR ?? 'dist', base: '/' },
  { dir: process.env.DIST_FIXTURE_DIR ?? 'dist-fixture', base: fixtureBase },
];

describe.each(builds)('every internal link in $dir (served under $base)', ({ dir, base }) => {
  it('resolves to a file, and every #anchor to an id on its page', () => {
    const report = checkLinks(dir, { base, siteOrigins: [siteConfig.site] });
    expect(formatBroken(dir, report)).toBe('');
    // Both locales' pages were read, so an empty report is not an empty folder.
    expect(report.pages).toBeGreaterThan(10);
    expect(report.anchors).toBeGreaterThan(0);
  });
});
