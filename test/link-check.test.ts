import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../src/node/link-check.ts';

const dir = mkdtempSync(join(tmpdir(), 'link-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): string {
  const root = mkdtempSync(join(dir, 'site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>\n${body}\n</body></html>`;

describe('checkLinks', () => {
  it('finds a link to a missing page and an anchor missing on an existing page, with file and line', () => {
    const root = write({
      'index.html': page('<h2 id="matmul">M</h2>\n<a href="/lab/">lab</a>\n<a href="/glossary/">glossary</a>\n<a href="/lab/#runs">runs</a>'),
      'lab/index.html': page('<h1 id="lab">Lab</h1><a href="../#matmul">back</a><img src="/a.svg" srcset="/a.svg 1x, /b.svg 2x" alt="">'),
      'a.svg': '<svg/>',
    });
    const report = checkLinks(root);
    expect(report.broken).toEqual([
      { at: 'index.html:4', element: '<a href>', reference: '/glossary/', problem: 'no such file' },
      { at: 'index.html:5', element: '<a href>', reference: '/lab/#runs', problem: 'no such anchor' },
      { at: 'lab/index.html:2', element: '<img srcset>', reference: '/b.svg', problem: 'no such file' },
    ]);
    expect(report).toMatchObject({ pages: 2, references: 7, anchors: 2 });
  });

  it('reads the folder under its base: a site-absolute link that misses the base is broken', () => {
    const root = write({
      'index.html': page('<a href="/why-gpus/lab/">ok</a> <a href="/lab/">root</a> <a href="#top">top</a><p id="top"></p>'),
      'lab/index.html': page(''),
    });
    const report = checkLinks(root, { base: '/why-gpus/' });
    expect(report.broken.map((b) => b.reference)).toEqual(['/lab/']);
    expect(report.anchors).toBe(1);
  });

  it('reads the 404 page from a missing address deep in the site, where a relative link breaks', () => {
    const root = write({
      '404.html': page('<a href="/why-gpus/lab/">absolute</a> <a href="lab/">relative</a> <link rel="stylesheet" href="style.css">'),
      'lab/index.html': page(''),
      'style.css': '',
    });
    const report = checkLinks(root, { base: '/why-gpus/' });
    expect(report.broken.map((b) => `${b.at} ${b.reference}`)).toEqual(['404.html:2 lab/', '404.html:2 style.css']);
  });

  it('checks URLs on the site’s own origin and skips other sites', () => {
    const root = write({
      'index.html': page('<link rel="canonical" href="https://example.org/gone/"><a href="https://other.example/x/">x</a>'),
    });
    expect(checkLinks(root, { siteOrigins: ['https://example.org'] }).broken.map((b) => b.reference)).toEqual(['https://example.org/gone/']);
  });
});
