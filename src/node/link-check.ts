import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import { withBase } from '../i18n/locales.ts';
import { attribute as attributeOf, elementsOf, htmlFiles, type HtmlNode } from './built-html.ts';


/** A reference in a built page that does not resolve: where it is, and what is missing. */
export interface BrokenReference {
  /** The page, relative to the build folder, with the element's line: `lab/index.html:12`. */
  at: string;
  /** The element and attribute, such as `<a href>`. */
  element: string;
  reference: string;
  problem: 'no such file' | 'no such anchor';
}

export interface LinkReport {
  broken: BrokenReference[];
  pages: number;
  /** Internal references checked (each resolved to a file). */
  references: number;
  /** Of those, the ones with a `#fragment` checked against the target page's ids. */
  anchors: number;
}

export interface LinkCheckOptions {
  /** The path the folder is served under (`/why-gpus/`); references outside it are broken. */
  base?: string;
  /** Origins that are this site, such as the canonical one: their URLs are checked too. */
  siteOrigins?: string[];
}

/** Attributes that load or link a URL, per element; `srcset` holds a list of them. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
};

const origin = 'http://site.invalid';

/**
 * A host serves the root 404.html at whatever address was missing, at any depth; its links are
 * read from such a deep address, so a link relative to the page's own folder fails here as it
 * would for a reader.
 */
const notFoundPage = '404.html';
const missingAddress = 'no/such/page/';


function urlsOf(attribute: string, value: string): string[] {
  if (attribute !== 'srcset') return [value];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The file a path under the base names: a folder's `index.html`, or the file itself. */
function fileFor(dir: string, path: string): string | undefined {
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const full = join(dir, file);
  return existsSync(full) && statSync(full).isFile() ? file : undefined;
}

/**
 * Walks a built site folder and reports every internal `href`, `src` and `srcset` that does not
 * resolve to a file, and every `#fragment` that names no id on its target page. The folder is
 * read as a host serves it under `base`: `/why-gpus/lab/` is `lab/index.html`.
 */
export function checkLinks(dir: string, options: LinkCheckOptions = {}): LinkReport {
  const base = withBase('/', options.base);
  const siteOrigins = new Set((options.siteOrigins ?? []).map((url) => new URL(url).origin));
  const pages = htmlFiles(dir);
  const idCache = new Map<string, Set<string>>();
  const documents = new Map<string, HtmlNode>();
  const documentOf = (file: string): HtmlNode => {
    let document = documents.get(file);
    if (!document) {
      document = parse(readFileSync(join(dir, file), 'utf8'), { sourceCodeLocationInfo: true });
      documents.set(file, document);
    }
    return document;
  };
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const element of elementsOf(documentOf(file))) {
        for (const attr of element.attrs) if (attr.name === 'id' || (attr.name === 'name' && element.tagName === 'a')) ids.add(attr.value);
      }
      idCache.set(file, ids);
    }
    return ids;
  };

  const report: LinkReport = { broken: [], pages: pages.length, references: 0, anchors: 0 };
  for (const page of pages) {
    const address = page === notFoundPage ? missingAddress : page.replace(/(^|\/)index\.html$/, '$1');
    const pageUrl = new URL(`${base}${address}`, origin);
    for (const element of elementsOf(documentOf(page))) {
      for (const attribute of urlAttributes[element.tagName] ?? []) {
        const value = attributeOf(element, attribute);
        if (value === undefined) continue;
        for (const reference of urlsOf(attribute, value)) {
          const url = new URL(reference, pageUrl);
          if (url.origin !== origin && !siteOrigins.has(url.origin)) continue;
          report.references++;
          const broken = (problem: BrokenReference['problem']) =>
            report.broken.push({ at: `${page}:${element.sourceCodeLocation?.startLine ?? 0}`, element: `<${element.tagName} ${attribute}>`, reference, problem });
          const path = decodeURIComponent(url.pathname);
          const target = path.startsWith(base) ? fileFor(dir, path.slice(base.length)) : undefined;
          if (target === undefined) {
            broken('no such file');
            continue;
          }
          const fragment = decodeURIComponent(url.hash.slice(1));
          if (fragment === '' || !target.endsWith('.html')) continue;
          report.anchors++;
          if (!idsOf(target).has(fragment)) broken('no such anchor');
        }
      }
    }
  }
  return report;
}

/** One line per broken reference, for a test failure or a command's output. */
export function formatBroken(dir: string, report: LinkReport): string {
  return report.broken.map((b) => `${relative('.', join(dir, b.at))}: ${b.element} ${b.reference}: ${b.problem}`).join('\n');
}
