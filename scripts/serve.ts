// Serves a built site folder as a static host would, text compressed (Brotli to clients that accept
// it, as Netlify and Cloudflare Pages send it, gzip to the others): under a base path (a GitHub
// Pages project site lives under /<repository>/), with the folder's `_headers` file applied as
// Netlify and Cloudflare Pages apply it, or with no extra headers (`--no-headers`, as GitHub Pages
// serves).
// `astro preview` reads no `_headers`, so previews and end-to-end tests use this server.
//
//   node scripts/serve.ts [folder] [--port 4321] [--base /why-gpus/] [--no-headers]
//
// The folder defaults to $OUT_DIR or dist/, the base to $BASE_PATH or /.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/headers-file.ts';
import { withBase } from '../src/i18n/locales.ts';

export interface SiteServerOptions {
  dir: string;
  base: string;
  /** Apply the folder's `_headers` file (when it has one). */
  headers: boolean;
  /**
   * Compress each text file once, as the server starts, rather than on every request, as hosts
   * keep compressed copies: a measurement on the machine that also serves then does not bill the
   * compressing to the page being measured.
   */
  precompress?: boolean;
}

/** The files hosts compress: the text formats a build writes. */
const textFile = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

/**
 * Brotli at its highest quality, as hosts that keep compressed copies of static files store them:
 * compressing once can afford what compressing per request (quality 4) cannot.
 */
const brotliMax = (text: Buffer) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } });

/** A temporary folder of compressed copies of `dir`'s text files: `name.br` and `name.gz`. */
function compressedCopies(dir: string): string {
  const copies = mkdtempSync(join(tmpdir(), 'site-compressed-'));
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !textFile.test(entry.name)) continue;
    const name = relative(dir, join(entry.parentPath, entry.name));
    const text = readFileSync(join(dir, name));
    mkdirSync(join(copies, dirname(name)), { recursive: true });
    writeFileSync(join(copies, `${name}.br`), brotliMax(text));
    writeFileSync(join(copies, `${name}.gz`), gzipSync(text));
  }
  return copies;
}

/** The `_headers` rules of a build folder, or none when it has no such file. */
function headerRules(dir: string): HeaderRule[] {
  const file = join(dir, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8'), file) : [];
}

export interface SiteRequestListener {
  listener: RequestListener;
  /** Removes the compressed copies, if any; the listener must not be used after. */
  close(): void;
}

/** The site's request handler, for a server that also answers requests of its own. */
export function siteRequestListener({ dir, base, headers, precompress = false }: SiteServerOptions): SiteRequestListener {
  const root = withBase('/', base);
  const rules = headers ? headerRules(dir) : [];
  const notFoundPage = join(dir, '404.html');
  const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : undefined;
  const sendNotFound = (response: ServerResponse) => {
    response.statusCode = 404;
    response.setHeader('Content-Type', notFound ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
    response.end(notFound ?? 'Not found');
  };
  const files = sirv(dir, { etag: true, onNoMatch: (_request, response) => sendNotFound(response) });
  // Hosts compress text on the fly; so does this server, so that measurements see the bytes readers get.
  // The middleware works on plain Node requests; its types name Express's, which extend them.
  const compress = compression() as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  // sirv serves `name.br` or `name.gz` for `name` to a client that accepts that encoding (Brotli
  // first, as the compression middleware prefers it); a request it finds no copy for goes on.
  const copies = precompress ? compressedCopies(dir) : undefined;
  const compressed = copies ? sirv(copies, { etag: true, brotli: true, gzip: true }) : undefined;
  const listener: RequestListener = (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Hosts redirect the base without its slash to the base, as they do any folder.
    if (`${url.pathname}/` === root) {
      response.writeHead(301, { Location: `${root}${url.search}` }).end();
      return;
    }
    const inside = url.pathname.startsWith(root);
    const path = inside ? `/${url.pathname.slice(root.length)}` : url.pathname;
    // `_headers` patterns name the full URL path, base included, as hosts match them.
    for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
    // Outside the base, and the host's own configuration file, are not part of the site.
    if (!inside || path === '/_headers') return sendNotFound(response);
    request.url = `${path}${url.search}`;
    const serve = () => compress(request, response, () => files(request, response));
    if (compressed) compressed(request, response, serve);
    else serve();
  };
  return {
    listener,
    close: () => {
      if (copies) rmSync(copies, { recursive: true, force: true });
    },
  };
}

export function createSiteServer(options: SiteServerOptions): Server {
  const site = siteRequestListener(options);
  return createServer(site.listener).once('close', site.close);
}

export function main(argv: string[]): Server {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4321' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      'no-headers': { type: 'boolean', default: false },
    },
  });
  const dir = positionals[0] ?? process.env.OUT_DIR ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html does not exist: build the site first (npm run build).`);
  const headers = !values['no-headers'];
  const server = createSiteServer({ dir, base: values.base, headers });
  const url = `http://localhost:${values.port}${withBase('/', values.base)}`;
  server.once('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${values.port} is taken: stop what uses it, or choose another with --port.` : error.message);
    process.exit(1);
  });
  server.listen(Number(values.port), () => {
    console.log(`Serving ${dir.replace(/\/$/, '')}/ on ${url} (${headers ? 'with its _headers' : 'no extra headers'}); Ctrl+C stops it.`);
  });
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
