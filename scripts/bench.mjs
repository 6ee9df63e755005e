// npm run bench [-- --json] [-- --sizes 128,256] [-- --backends webgl2,webgpu] [-- --rounds 3] : measures the lab's backends
// in headless Chromium on the lab's own page (driving it as a reader would, through its
// data-testid="matmul-result" contract) and TensorFlow.js's matMul as peers,
// then prints a Markdown table (or JSON) with each backend's ratio to its peer.
// With --rounds R, ours and the peers are measured R times in turn and each
// row reports the median over rounds, so a slow spell on a shared machine
// does not decide a ratio.
// It also reports the page's long tasks (main-thread tasks over 50 ms) during
// each run of the lab: the kernels run in workers, so the page should have none.
// Each round first measures the CPU's roofs (src/workers/bridge/roofs.ts,
// built here with Vite like the site): the compute roof per instruction mix at
// one thread and at every core, and the memory roof; each CPU backend is then
// reported as a percentage of the compute roof of its own mix and thread
// count (roofKeyOf in roof.ts). The GPU roofs are left to the article's
// roofline demo: here the GPU is usually SwiftShader, a CPU emulation.
// Serves the built site (OUT_DIR or dist/; build first) with the COOP/COEP
// headers, so threads are on. Timings are printed, never asserted.
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { mkdtemp, readFile, copyFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from 'd3-array';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { chromium } from '@playwright/test';
import { BACKEND_IDS, BACKEND_KIND, PEER_OF } from '../src/lib/matmul/backends.ts';
import { findRoof, roofKeyOf } from '../src/lib/matmul/roof.ts';
import { gflops, medianMs } from '../src/lib/matmul/metrics.ts';
import { BUDGET_MS, RUNS } from '../src/lib/matmul/measure.ts';
import { checkSize } from '../src/lib/matmul/sizes.ts';
import { square } from '../src/lib/matmul/types.ts';
import { strings } from '../src/i18n/strings/lab.ts';
import { chromiumArgs, findBrowser } from './find-browser.ts';
import watPlugin from './vite-plugin-wat.mjs';

const { values: options } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '128,256,512,1024' },
    seed: { type: 'string', default: '1' },
    backends: { type: 'string', default: BACKEND_IDS.join(',') },
    rounds: { type: 'string', default: '1' },
  },
});
const backends = options.backends.split(',');
const unknown = backends.filter((id) => !BACKEND_IDS.includes(id));
if (unknown.length) throw new Error(`Unknown backend ${unknown.join(', ')}; the lab's backends are ${BACKEND_IDS.join(', ')}.`);
/** The TensorFlow.js peers of the chosen backends (ids as in PEER_OF); only these are measured. */
const peerIds = new Set(backends.map((id) => PEER_OF[id]).filter(Boolean));
const sizes = options.sizes.split(',').map((text) => {
  const size = checkSize(text);
  if (!size.ok) throw new Error(`--sizes: "${text}" is not a size the lab accepts (${size.reason}).`);
  return size.n;
});
const rounds = Number(options.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number of at least 1, not "${options.rounds}".`);
const seed = Number(options.seed);

const root = resolve(process.env.OUT_DIR ?? 'dist');
await stat(join(root, 'index.html')).catch(() => {
  throw new Error(`No built site in ${root}: run \`npm run build\` first (or set OUT_DIR).`);
});

// The TensorFlow.js page and its wasm binaries live in a temporary folder served under /__bench/.
const benchDir = await mkdtemp(join(tmpdir(), 'matmul-bench-'));
await build({
  entryPoints: [new URL('./bench-tfjs-page.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  outfile: join(benchDir, 'tfjs.js'),
  logLevel: 'warning',
});
const wasmDist = resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist');
for (const file of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm']) {
  await copyFile(join(wasmDist, file), join(benchDir, file));
}
const benchPage = '<!doctype html><meta charset="utf-8"><title>TensorFlow.js peers</title><script type="module" src="/__bench/tfjs.js"></script>';

// The roofs page: measureRoofs and its workers, bundled by Vite with the .wat plugin as the site is.
const roofsEntry = '\0bench-roofs';
await viteBuild({
  configFile: false,
  // Errors only: Vite's notes on plugin timings say nothing about the measurements.
  logLevel: 'error',
  base: '/__bench/roofs/',
  publicDir: false,
  plugins: [
    watPlugin(),
    {
      name: 'bench-roofs-entry',
      resolveId: (id) => (id === 'bench-roofs' ? roofsEntry : null),
      load: (id) =>
        id === roofsEntry
          ? `import { measureRoofs } from ${JSON.stringify(resolve('src/workers/bridge/roofs.ts'))}; globalThis.benchRoofs = measureRoofs;`
          : null,
    },
  ],
  worker: { format: 'es', plugins: () => [watPlugin()] },
  build: { outDir: join(benchDir, 'roofs'), emptyOutDir: true, rollupOptions: { input: 'bench-roofs', output: { entryFileNames: 'roofs.js' } } },
});
const roofsPage = '<!doctype html><meta charset="utf-8"><title>Roofs</title><script type="module" src="/__bench/roofs/roofs.js"></script>';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json', '.xml': 'application/xml' };
const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  try {
    if (path === '/__bench/' || path === '/__bench/roofs.html') {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(path === '/__bench/' ? benchPage : roofsPage);
      return;
    }
    const base = path.startsWith('/__bench/') ? benchDir : root;
    let file = normalize(join(base, path.replace(/^\/__bench\//, '/')));
    if (!file.startsWith(base)) throw new Error('outside root');
    if (file.endsWith('/')) file = join(file, 'index.html');
    const body = await readFile(file);
    response.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404, headers).end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://localhost:${server.address().port}`;

const browserChoice = findBrowser();
if (!browserChoice) throw new Error('No Chromium found; see scripts/find-browser.ts.');
const browser = await chromium.launch({ executablePath: browserChoice.executablePath, args: chromiumArgs });
const log = (message) => process.stderr.write(`${message}\n`);

/** Long tasks (main-thread tasks over 50 ms) seen by the page while a run is recorded. */
function recordLongTasks() {
  window.longTasks = [];
  window.recording = false;
  new PerformanceObserver((list) => {
    if (window.recording) for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
}

const finished = new RegExp(`${RegExp.escape(strings.en['run.done'])}|${RegExp.escape(strings.en['run.cancelled'])}`);

/** Our backends, through the lab's UI and its data-* contract; and the page's long tasks during each run. */
async function labRows() {
  const page = await browser.newPage();
  await page.addInitScript(recordLongTasks);
  const rows = [];
  const longTasks = [];
  for (const n of sizes) {
    await page.goto(`${origin}/lab/?n=${n}&seed=${seed}&backends=${backends.join(',')}`);
    await page.locator('[data-demo="matmul-lab"]').scrollIntoViewIfNeeded();
    await page.getByTestId('matmul-run').waitFor({ timeout: 60_000 });
    await page.evaluate(() => (window.recording = true));
    await page.getByTestId('matmul-run').click();
    log(`lab: N = ${n}…`);
    // Polled inside the page, and seldom: the bench's own polling must not add main-thread work.
    await page.waitForFunction(
      (pattern) => new RegExp(pattern).test(document.querySelector('[data-testid="matmul-status"]')?.textContent ?? ''),
      finished.source,
      { timeout: 15 * 60_000, polling: 1000 },
    );
    const tasks = await page.evaluate(() => window.longTasks);
    longTasks.push({ n, count: tasks.length, longestMs: Math.max(0, ...tasks) });
    for (const message of await page.getByTestId('matmul-message').allTextContents()) log(`lab: ${message}`);
    for (const row of await page.getByTestId('matmul-result').all()) {
      const get = (name) => row.getAttribute(`data-${name}`);
      rows.push({
        backend: await get('backend'),
        n: Number(await get('n')),
        firstMs: Number(await get('first-ms')),
        medianMs: Number(await get('median-ms')),
        gflops: Number(await get('gflops')),
        maxRelError: Number(await get('max-rel-error')),
        verified: (await get('verified')) === 'true',
        software: (await get('software')) === 'true',
        adapter: '',
      });
    }
    if (n === sizes[0]) {
      const adapters = {
        webgl2: await page.getByTestId('matmul-device-webgl2').textContent().catch(() => ''),
        webgpu: await page.getByTestId('matmul-device-webgpu').textContent().catch(() => ''),
      };
      labRows.adapters = Object.fromEntries(Object.entries(adapters).map(([k, v]) => [k, (v ?? '').replace(/^[^:]*:\s*/, '')]));
    }
  }
  await page.close();
  return { rows: rows.map((row) => ({ ...row, adapter: labRows.adapters?.[row.backend] ?? '' })), longTasks };
}

/** TensorFlow.js peers, each backend in a fresh page (the wasm thread count is fixed at start-up). */
async function tfjsRows() {
  const rows = [];
  const variants = [
    ['cpu', null, 'tfjs-cpu'],
    ['wasm', 1, 'tfjs-wasm'],
    ['wasm', null, 'tfjs-wasm-threads'],
    ['webgl', null, 'tfjs-webgl'],
    ['webgpu', null, 'tfjs-webgpu'],
  ].filter(([, , id]) => peerIds.has(id));
  for (const [backend, threads] of variants) {
    const page = await browser.newPage();
    await page.goto(`${origin}/__bench/`);
    await page.waitForFunction(() => 'benchTfjs' in globalThis);
    log(`tfjs: ${backend}${threads ? ` (${threads} thread)` : ''}…`);
    try {
      rows.push(...(await page.evaluate(
        ([b, t, s, seedValue, runs, budget]) => globalThis.benchTfjs(b, t, s, seedValue, runs, budget),
        [backend, threads, sizes, seed, RUNS, BUDGET_MS],
      )));
    } catch (error) {
      log(`tfjs ${backend}: ${error.message.split('\n')[0]}`);
    }
    await page.close();
  }
  return rows;
}

/** The CPU's roofs, in a page of their own with nothing else running in it. */
async function roofRows() {
  const page = await browser.newPage();
  await page.goto(`${origin}/__bench/roofs.html`);
  await page.waitForFunction(() => 'benchRoofs' in globalThis);
  log('roofs…');
  const roofs = await page.evaluate(() => globalThis.benchRoofs({ gpu: false }));
  await page.close();
  return roofs;
}

/** One roof per kind, device, mix and thread count: the median over rounds. */
function mergeRoofs(roofs) {
  const groups = Map.groupBy(roofs, (r) => `${r.kind}/${r.device}/${r.mix}/${r.threads}`);
  const middle = (values) => median(values) ?? null;
  return [...groups.values()].map((group) => ({
    ...group[0],
    gflops: middle(group.map((r) => r.gflops)),
    gbPerS: middle(group.map((r) => r.gbPerS)),
    rounds: group.length,
  }));
}

/** One row per backend and size: the median over rounds of its times, the worst of its errors. */
function mergeRounds(rows) {
  const groups = Map.groupBy(rows, (row) => `${row.backend}@${row.n}`);
  return [...groups.values()].map((group) => {
    const ms = medianMs(group.map((row) => row.medianMs));
    return {
      ...group[0],
      firstMs: medianMs(group.map((row) => row.firstMs)),
      medianMs: ms,
      gflops: gflops(square(group[0].n), ms),
      maxRelError: Math.max(...group.map((row) => row.maxRelError)),
      verified: group.every((row) => row.verified),
      rounds: group.length,
    };
  });
}

/** Per size, over every round: how many long tasks the page had and the longest. */
function mergeLongTasks(records) {
  return [...Map.groupBy(records, (record) => record.n).entries()].map(([n, group]) => ({
    n,
    count: group.reduce((sum, record) => sum + record.count, 0),
    longestMs: Math.max(...group.map((record) => record.longestMs)),
    rounds: group.length,
  }));
}

try {
  const measured = [];
  const longTaskRecords = [];
  const roofRecords = [];
  const loadBefore = loadavg()[0];
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) log(`round ${round} of ${rounds}`);
    roofRecords.push(...(await roofRows()));
    const lab = await labRows();
    measured.push(...lab.rows, ...(await tfjsRows()));
    longTaskRecords.push(...lab.longTasks);
  }
  const all = mergeRounds(measured);
  const longTasks = mergeLongTasks(longTaskRecords);
  const roofs = mergeRoofs(roofRecords);
  // The browser that measured a relaxed-FMA roof validates relaxed SIMD, so the lab's wasm kernels ran that build.
  const relaxed = roofs.some((r) => r.mix === 'relaxed-fma');
  const roofOf = (row) => (BACKEND_KIND[row.backend] === 'cpu' ? findRoof(roofs, roofKeyOf(row.backend, relaxed)) : undefined);
  const ofRoof = (row) => {
    const roof = roofOf(row);
    return roof ? { mix: roof.mix, threads: roof.threads, gflops: roof.gflops, percent: (100 * row.gflops) / roof.gflops } : null;
  };
  // Threads over one thread, per size: what the second (and later) cores add.
  const scaling = [['wasm-simd-threads', 'wasm-simd'], ['js-workers', 'js-tiled']].flatMap(([many, one]) =>
    sizes.flatMap((n) => {
      const [p, q] = [many, one].map((id) => all.find((row) => row.backend === id && row.n === n));
      return p && q ? [{ backend: many, over: one, n, ratio: p.gflops / q.gflops }] : [];
    }),
  );
  const load = { before: loadBefore, after: loadavg()[0], cores: cpus().length };
  const peers = all.filter((row) => row.backend.startsWith('tfjs-'));
  const ratio = (row) => {
    const peer = peers.find((p) => p.backend === PEER_OF[row.backend] && p.n === row.n);
    return peer ? row.gflops / peer.gflops : null;
  };
  const machine = `${cpus()[0]?.model.trim()} × ${cpus().length} logical cores; Chromium ${browser.version()}`;
  if (options.json) {
    const rowsOut = all.map((row) => ({ ...row, peer: PEER_OF[row.backend] ?? null, ratioToPeer: ratio(row), roof: ofRoof(row) }));
    console.log(JSON.stringify({ machine, load, roofs, rows: rowsOut, threadScaling: scaling, longTasks }, null, 2));
  } else {
    const line = (cells) => `| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`;
    const table = (header, body) => [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
    console.log(`Machine: ${machine}; load average ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after, on ${load.cores} cores\n`);
    const roofBody = roofs.map((r) => [r.kind, r.device, r.mix ?? '', r.threads, r.gflops?.toFixed(1) ?? '', r.gbPerS?.toFixed(1) ?? '', r.software]);
    console.log(table(['roof', 'device', 'mix', 'threads', 'GFLOPS', 'GB/s', 'software'], roofBody));
    console.log('');
    const header = ['backend', 'n', 'firstMs', 'medianMs', 'gflops', 'maxRelError', 'verified', 'software', 'adapter', 'peer', 'ratio', 'roof', '% of roof'];
    const body = all.sort((p, q) => p.n - q.n).map((row) => {
      const r = ratio(row);
      const roof = ofRoof(row);
      const roofName = roof ? `${roof.mix} × ${roof.threads}` : '';
      return [row.backend, row.n, row.firstMs.toFixed(1), row.medianMs.toFixed(2), row.gflops.toFixed(2), row.maxRelError.toExponential(1), row.verified, row.software, row.adapter, PEER_OF[row.backend] ?? '', r === null ? '' : `${r.toFixed(2)}×`, roofName, roof ? `${roof.percent.toFixed(1)}%` : ''];
    });
    console.log(table(header, body));
    if (scaling.length) {
      console.log('\nThreads over one thread:\n');
      console.log(table(['backend', 'over', 'n', 'ratio'], scaling.map((s) => [s.backend, s.over, s.n, `${s.ratio.toFixed(2)}×`])));
    }
    console.log(`\nThe page's main thread during the lab's runs (long tasks are those over 50 ms; ${rounds} round${rounds > 1 ? 's' : ''}):\n`);
    console.log(table(['n', 'long tasks', 'longest (ms)'], longTasks.map((t) => [t.n, t.count, t.longestMs.toFixed(0)])));
  }
} finally {
  await browser.close();
  server.close();
}
