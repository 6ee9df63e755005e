import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer, type SiteServerOptions } from '../scripts/serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
mkdirSync(join(dir, 'lab'));
writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
writeFileSync(join(dir, 'lab/index.html'), '<h1>lab</h1>');
// The build writes `_headers` patterns with the base, as hosts match the full path.
writeFileSync(join(dir, '_headers'), '/why-gpus/*\n  Cross-Origin-Opener-Policy: same-origin\n/why-gpus/lab/*\n  Cross-Origin-Embedder-Policy: require-corp\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a server on a free port for the tests in one `describe`, and stops it after them. */
function serve(options: SiteServerOptions): (path: string, headers?: Record<string, string>) => Promise<Response> {
  const server = createSiteServer(options);
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (path, headers) => fetch(`http://localhost:${(server.address() as AddressInfo).port}${path}`, { redirect: 'manual', headers });
}

describe('the static server with _headers, under a base path', () => {
  const get = serve({ dir, base: '/why-gpus/', headers: true });
  it('serves a folder’s index.html under the base with every matching rule’s headers', async () => {
    const response = await get('/why-gpus/lab/?n=64');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>lab</h1>');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });
  it('applies only the rules whose pattern matches', async () => {
    const response = await get('/why-gpus/');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.has('cross-origin-embedder-policy')).toBe(false);
  });
  it('redirects the base without its slash, and answers 404 outside the base and for _headers itself', async () => {
    const redirect = await get('/why-gpus');
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/why-gpus/']);
    expect((await get('/lab/')).status).toBe(404);
    expect((await get('/why-gpus/_headers')).status).toBe(404);
    expect((await get('/why-gpus/nothing/')).status).toBe(404);
  });
});

describe('the static server without headers, as GitHub Pages serves', () => {
  const get = serve({ dir, base: '/', headers: false });
  it('sends none of the _headers rules', async () => {
    const response = await get('/lab/');
    expect(response.status).toBe(200);
    expect(response.headers.has('cross-origin-opener-policy')).toBe(false);
  });
  it('answers a missing path with a plain 404 when the build has no 404.html', async () => {
    const response = await get('/missing/');
    expect([response.status, await response.text()]).toEqual([404, 'Not found']);
  });
});

describe('the static server for a build with a 404 page', () => {
  const withPage = mkdtempSync(join(dir, 'with-404-'));
  writeFileSync(join(withPage, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(withPage, '404.html'), '<h1>gone</h1>');
  const get = serve({ dir: withPage, base: '/', headers: false });
  it('serves that page, with status 404, for a missing path', async () => {
    const response = await get('/missing/');
    expect([response.status, await response.text()]).toEqual([404, '<h1>gone</h1>']);
  });
});

describe('the static server with precompressed copies', () => {
  const page = '<h1>home</h1>'.repeat(200);
  const folder = mkdtempSync(join(dir, 'precompressed-'));
  writeFileSync(join(folder, 'index.html'), page);
  writeFileSync(join(folder, 'photo.png'), page);
  const get = serve({ dir: folder, base: '/', headers: false, precompress: true });
  it('sends a text file’s stored Brotli copy, whole and with its length, to a client that takes Brotli', async () => {
    const response = await get('/', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.headers.get('content-encoding')).toBe('br');
    const length = Number(response.headers.get('content-length'));
    expect(length).toBeGreaterThan(0);
    expect(length).toBeLessThan(gzipSync(page).length);
    expect(await response.text()).toBe(page);
  });
  it('sends the stored gzip copy, with its length, to a client that takes gzip but not Brotli', async () => {
    const response = await get('/', { 'accept-encoding': 'gzip, deflate' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(Number(response.headers.get('content-length'))).toBe(gzipSync(page).length);
    expect(await response.text()).toBe(page);
  });
  it('sends the file as it is to a client that takes no compression, and never compresses an image', async () => {
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect([plain.headers.get('content-encoding'), await plain.text()]).toEqual([null, page]);
    expect((await get('/photo.png')).headers.get('content-encoding')).toBeNull();
  });
});
