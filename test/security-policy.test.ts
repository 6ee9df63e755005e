import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.ts';
import { findWorkerFiles } from '../src/node/security-headers.ts';
import { astroCsp, headersFile, pageScriptSources, pageStyleSources, serialisePolicy, siteHeaders, workerDirectives } from '../src/node/security-policy.ts';

const workerFiles = [
  { worker: 'gpu-worker', path: '_astro/gpu-worker-u0GokIG0.js' },
  { worker: 'js-worker', path: '_astro/js-worker-DvE6kAD8.js' },
];

describe('the page policy', () => {
  it('allows no inline or eval’d script or style, but compiling WebAssembly', () => {
    for (const sources of [pageScriptSources, pageStyleSources]) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
    expect(pageScriptSources).toContain("'wasm-unsafe-eval'");
  });

  it('gives Astro each directive as one string that starts with its name', () => {
    expect(astroCsp.directives).toContain("default-src 'none'");
    expect(astroCsp.directives).toContain("base-uri 'none'");
  });
});

describe('the worker policy', () => {
  it('lets a worker run its own bundle and compile WebAssembly, and nothing else', () => {
    expect(serialisePolicy(workerDirectives)).toBe("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'");
  });
});

describe('headersFile', () => {
  it('gives every path under the base the site headers, and each worker script both CSPs', () => {
    const rules = parseHeadersFile(headersFile('/why-gpus', workerFiles));
    expect(Object.fromEntries(headersFor(rules, '/why-gpus/lab/'))).toEqual(Object.fromEntries(Object.entries(siteHeaders).map(([name, value]) => [name.toLowerCase(), value])));
    expect(headersFor(rules, '/why-gpus/_astro/gpu-worker-u0GokIG0.js').get('content-security-policy')).toBe(
      `frame-ancestors 'none', ${serialisePolicy(workerDirectives)}`,
    );
    expect(headersFor(rules, '/lab/').size).toBe(0);
  });
});

describe('findWorkerFiles', () => {
  it('pairs each src/workers/*-worker.ts with its hashed bundle and ignores other modules', () => {
    expect(findWorkerFiles(['gpu-worker.ts', 'js-worker.ts', 'tsconfig.json', 'bridge'], ['gpu-worker-u0GokIG0.js', 'js-worker-DvE6kAD8.js', 'client.CXTDDR5t.js'], '_astro')).toEqual(workerFiles);
  });

  it('fails the build when a worker has no bundle or several', () => {
    expect(() => findWorkerFiles(['gpu-worker.ts', 'wasm-worker.ts'], ['gpu-worker-a.js'], '_astro')).toThrow(
      'src/workers/wasm-worker.ts: expected one bundled file _astro/wasm-worker-<hash>.js, found 0 (none)',
    );
    expect(() => findWorkerFiles(['gpu-worker.ts'], ['gpu-worker-a.js', 'gpu-worker-b.js'], '_astro')).toThrow('found 2 (gpu-worker-a.js, gpu-worker-b.js)');
  });
});
