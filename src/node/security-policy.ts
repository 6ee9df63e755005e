/**
 * The site's security policy, declared once: the page policy Astro writes into every page's
 * `<meta http-equiv="content-security-policy">` (with hashes of the scripts and styles it ships),
 * the policy of the matmul lab's web workers, and the response headers for hosts that read
 * `_headers` (Netlify, Cloudflare Pages). Workers loaded from a URL do not inherit the page's
 * policy: only their script's response headers give them one.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { headerHeightScript } from '../lib/header-height-script.ts';
import { searchFolder } from '../lib/search.ts';

/** A policy as directive name → sources; serialised as `name src src; …`. */
export type Directives = Readonly<Record<string, readonly string[]>>;

export function serialisePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Cross-origin isolation lets the lab share WebAssembly memory between its worker threads. */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

/** script-src of every page; Astro adds the hashes of its inline scripts. */
export const pageScriptSources = [
  // The bundled scripts in /_astro/.
  "'self'",
  // The lab compiles its WebAssembly kernel on the page and in workers.
  "'wasm-unsafe-eval'",
] as const;

/** style-src of every page; Astro adds the hashes of its inline styles. No style attributes. */
export const pageStyleSources = [
  // The bundled stylesheets in /_astro/.
  "'self'",
] as const;

/** The page policy's other directives; script-src and style-src come from Astro (above). */
export const pageDirectives = {
  // Anything not allowed below is refused.
  'default-src': ["'none'"],
  // The favicon; no page shows a remote or data: image.
  'img-src': ["'self'"],
  // The site uses the reader's system fonts only.
  'font-src': ["'none'"],
  // The article fetches the lab's kernel-sources fragment from its own origin.
  'connect-src': ["'self'"],
  // The lab's workers are bundled scripts in /_astro/.
  'worker-src': ["'self'"],
  // No plugins.
  'object-src': ["'none'"],
  // No page uses <base>, so injected markup cannot redirect relative URLs.
  'base-uri': ["'none'"],
  // The lab's only form is handled by script and never submitted.
  'form-action': ["'none'"],
} as const satisfies Directives;

/** What only a response header can say; it adds to the meta policy and cannot conflict with it. */
export const headerOnlyDirectives = {
  // No other site may frame a page (clickjacking); a meta policy cannot express this.
  'frame-ancestors': ["'none'"],
} as const satisfies Directives;

/**
 * The policy of every lab worker (src/workers/*-worker.ts), sent with its script. gpu.js needs no
 * 'unsafe-eval': in the modes the lab asks for (webgl2, webgpu) it compiles shaders, not
 * JavaScript from strings; only its CPU mode would, and the lab never selects it.
 */
export const workerDirectives = {
  // Workers load nothing (no fetches, no nested workers, no images).
  'default-src': ["'none'"],
  // Self-contained bundles from /_astro/; the wasm worker compiles the WebAssembly kernel.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
} as const satisfies Directives;

/** Pagefind's search worker (its own fixed file name), sent with its script like the lab's workers. */
export const searchWorker = `${searchFolder}/pagefind-worker.js`;

export const searchWorkerDirectives = {
  'default-src': ["'none'"],
  // Pagefind's worker compiles its WebAssembly search engine.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // It fetches the index chunks and page records from the site's own search folder.
  'connect-src': ["'self'"],
} as const satisfies Directives;

/** Headers every response gets from hosts that read `_headers`. */
export const siteHeaders = {
  ...isolationHeaders,
  'Content-Security-Policy': serialisePolicy(headerOnlyDirectives),
  // Nothing on the site needs the referrer; readers' paths stay private when they follow a citation.
  'Referrer-Policy': 'no-referrer',
  // Scripts and styles are served with their real types; never guess another.
  'X-Content-Type-Options': 'nosniff',
  // Features the site never uses are off for it and anything it embeds.
  'Permissions-Policy': [
    'accelerometer',
    'camera',
    'display-capture',
    'geolocation',
    'gyroscope',
    'hid',
    'magnetometer',
    'microphone',
    'midi',
    'payment',
    'serial',
    'usb',
    'xr-spatial-tracking',
  ]
    .map((feature) => `${feature}=()`)
    .join(', '),
} as const;

/** A lab worker's bundled script: its entry name (e.g. `gpu-worker`) and path from the site's base. */
export interface WorkerFile {
  worker: string;
  path: string;
}

/**
 * The `_headers` file: the site headers for every path under `base`, and each worker script's
 * policy (the lab's and the search's) on its exact path. Hosts combine every matching rule, so a worker gets both CSPs; the
 * site one holds only frame-ancestors, which does not restrict a worker.
 */
export function headersFile(base: string, workerFiles: readonly WorkerFile[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rule = (path: string, headers: Readonly<Record<string, string>>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Generated at build time from src/node/security-policy.ts.',
    rule(`${root}*`, siteHeaders),
    ...workerFiles.map(({ path }) => rule(`${root}${path}`, { 'Content-Security-Policy': serialisePolicy(workerDirectives) })),
    rule(`${root}${searchWorker}`, { 'Content-Security-Policy': serialisePolicy(searchWorkerDirectives) }),
    '',
  ].join('\n');
}

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The `security.csp` option of astro.config.mjs. */
export const astroCsp = {
  directives: (Object.keys(pageDirectives) as (keyof typeof pageDirectives)[]).map(
    (name) => `${name} ${pageDirectives[name].join(' ')}` as const,
  ),
  scriptDirective: { resources: [...pageScriptSources], hashes: [`sha256-${createHash('sha256').update(headerHeightScript).digest('base64')}`] },
  styleDirective: { resources: [...pageStyleSources] },
} satisfies AstroCsp;
