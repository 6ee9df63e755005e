import { describe, expect, it } from 'vitest';
import type { BackendId } from '../src/lib/matmul/backends';
import { crossover } from '../src/lib/matmul/crossover';
import { describeWebgl, describeWebgpu, softwareRendererName } from '../src/lib/matmul/device';
import { toCsv, toJson, toMarkdown, type ResultRow } from '../src/lib/matmul/export';
import { flattenVec4Output, packRows, packTransposed } from '../src/lib/matmul/gpu-layout';
import { MeasurementCancelled, measure, type Runner } from '../src/lib/matmul/measure';
import { matmulTiled } from '../src/lib/matmul/js-tiled';
import { phase } from '../src/lib/matmul/phases';
import { randomMatrix } from '../src/lib/matmul/random-matrix';
import { backendLimit } from '../src/lib/matmul/size-limits';
import { MAX_N, checkSize } from '../src/lib/matmul/sizes';
import { square } from '../src/lib/matmul/types';
import { blockSentence, formatScientific, formatSignificant, summarise, type SummaryRow } from '../src/lib/matmul/summary';
import type { WebglBlockChoice } from '../src/lib/matmul/webgl-block';
import { DEFAULT_SETTINGS, EMBEDDED_PREFIX, parseSettings, sweepSizes, writeSettings, type LabSettings } from '../src/lib/matmul/url-state';

describe('checkSize', () => {
  it.each([
    ['0', 'too-small'],
    ['-5', 'too-small'],
    ['1.5', 'not-whole'],
    ['abc', 'not-a-number'],
    ['', 'empty'],
    ['12px', 'not-a-number'],
    ['100000', 'too-large'],
  ])('refuses %j (%s)', (raw, reason) => {
    const result = checkSize(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('reports the memory a too-large size would need', () => {
    expect(checkSize('100000')).toEqual({ ok: false, reason: 'too-large', max: MAX_N, bytes: 3 * 100000 ** 2 * 4 });
  });

  it.each([['1', 1], [' 512 ', 512], ['1e3', 1000], [String(MAX_N), MAX_N]])('accepts %j', (raw, n) => {
    expect(checkSize(raw)).toEqual({ ok: true, n });
  });
});

describe('backendLimit', () => {
  const webgl2 = describeWebgl('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device))', 'Google Inc.', 1024);
  const webgpu = describeWebgpu({ vendor: 'google', architecture: 'swiftshader' }, true, {
    maxStorageBufferBindingSize: 2 ** 20,
    maxBufferSize: 2 ** 30,
  });
  const device = { webgl2, webgpu, threads: 2 };

  it('refuses sizes past WebGL MAX_TEXTURE_SIZE', () => {
    expect(backendLimit('webgl2', 1024, device)).toBeNull();
    expect(backendLimit('webgl2', 1025, device)).toEqual({ reason: 'texture-size', limit: 1024 });
  });

  it('refuses matrices larger than the WebGPU storage-buffer binding', () => {
    expect(backendLimit('webgpu', 512, device)).toBeNull();
    expect(backendLimit('webgpu', 513, device)).toMatchObject({ reason: 'storage-buffer', limit: 2 ** 20 });
  });

  it('leaves CPU backends to the global limit', () => {
    expect(backendLimit('js-tiled', MAX_N, device)).toBeNull();
    expect(backendLimit('wasm-simd', MAX_N, device)).toBeNull();
  });
});

describe('device honesty', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', 'SwiftShader'],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', 'llvmpipe'],
    ['ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)', 'WARP'],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3080 Direct3D11 vs_5_0 ps_5_0, D3D11)', null],
    ['Apple M2', null],
  ])('%s → %s', (renderer, expected) => {
    expect(softwareRendererName(renderer)).toBe(expected);
  });

  it('treats a fallback adapter as software even when its name is unknown', () => {
    const info = describeWebgpu({ vendor: 'acme' }, true, { maxStorageBufferBindingSize: 1, maxBufferSize: 1 });
    expect(info.software).toBe('fallback adapter');
    expect(describeWebgpu({ vendor: 'nvidia', architecture: 'ampere' }, false, info).software).toBeNull();
  });
});

describe('settings in the URL', () => {
  it('round-trips non-default settings, keeps other parameters and leaves commas readable', () => {
    const settings = { n: 256, backends: ['js-tiled', 'webgpu'] as const, baseline: 'wasm-simd' as const, seed: 7, sweepTo: 1024 };
    const search = writeSettings('?lang=x', settings);
    expect(search).toBe('?lang=x&n=256&backends=js-tiled,webgpu&baseline=wasm-simd&seed=7&sweep=1024');
    expect(parseSettings(search)).toEqual({ settings, problems: [] });
  });

  it('writes nothing for defaults and takes missing parameters silently', () => {
    expect(writeSettings('', DEFAULT_SETTINGS)).toBe('');
    expect(parseSettings('')).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps the embedded lab in prefixed parameters, apart from the plain ones', () => {
    const search = writeSettings('?n=64', { ...DEFAULT_SETTINGS, n: 128, backends: ['wasm-simd'] }, EMBEDDED_PREFIX);
    expect(search).toBe('?n=64&lab-n=128&lab-backends=wasm-simd');
    expect(parseSettings(search, EMBEDDED_PREFIX).settings).toMatchObject({ n: 128, backends: ['wasm-simd'] });
    expect(parseSettings(search).settings).toMatchObject({ n: 64, backends: DEFAULT_SETTINGS.backends });
  });

  it('reads full-width digits and surrounding spaces, as an input method or a pasted link gives them', () => {
    expect(parseSettings('?n=%EF%BC%92%EF%BC%95%EF%BC%96').settings.n).toBe(256);
    const padded = parseSettings('?n=%2064%20&seed=%EF%BC%93&backends=%20webgl2,');
    expect(padded.settings).toMatchObject({ n: 64, seed: 3, backends: ['webgl2'] });
    expect(padded.problems).toEqual([]);
  });

  it.each([
    ['?n=8193', { setting: 'n', param: 'n', value: '8193', reason: 'too-large', used: 512 }],
    ['?n=abc', { setting: 'n', param: 'n', value: 'abc', reason: 'not-a-number', used: 512 }],
    ['?n=1.5', { setting: 'n', param: 'n', value: '1.5', reason: 'not-whole', used: 512 }],
    ['?n=0', { setting: 'n', param: 'n', value: '0', reason: 'too-small', used: 512 }],
    ['?n=', { setting: 'n', param: 'n', value: '', reason: 'empty', used: 512 }],
    ['?sweep=yes', { setting: 'sweepTo', param: 'sweep', value: 'yes', reason: 'not-a-number', used: 0 }],
    ['?backends=foo', { setting: 'backends', param: 'backends', value: 'foo', reason: 'unknown', used: DEFAULT_SETTINGS.backends }],
    ['?backends=foo,wasm-simd,cuda', { setting: 'backends', param: 'backends', value: 'foo,cuda', reason: 'unknown', used: ['wasm-simd'] }],
    ['?baseline=cuda', { setting: 'baseline', param: 'baseline', value: 'cuda', reason: 'unknown', used: DEFAULT_SETTINGS.baseline }],
    ['?seed=-1', { setting: 'seed', param: 'seed', value: '-1', reason: 'not-positive-whole', used: 1 }],
    ['?lab-n=9999', { setting: 'n', param: 'lab-n', value: '9999', reason: 'too-large', used: 512 }],
  ])('reports %s and what it used instead', (search, problem) => {
    const parsed = parseSettings(search, search.startsWith('?lab-') ? EMBEDDED_PREFIX : '');
    expect(parsed.problems).toEqual([problem]);
    expect(parsed.settings[problem.setting as keyof LabSettings]).toEqual(problem.used);
  });

  it('reports every bad value at once, in the order of the settings', () => {
    const { settings, problems } = parseSettings('?n=abc&backends=nope&baseline=cuda&seed=-1&sweep=1.5');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems.map((p) => p.param)).toEqual(['n', 'backends', 'baseline', 'seed', 'sweep']);
  });

  it('sweeps powers of two and ends on the requested size', () => {
    expect(sweepSizes(128)).toEqual([16, 32, 64, 128]);
    expect(sweepSizes(100)).toEqual([16, 32, 64, 100]);
  });
});

describe('the summary sentence', () => {
  const row = (backend: BackendId, medianMs: number, more: Partial<SummaryRow> = {}): SummaryRow => ({
    backend,
    n: 512,
    medianMs,
    verified: true,
    softwareName: null,
    ...more,
  });
  const cpuOnly = [row('js-tiled', 80), row('wasm-simd', 20), row('wasm-simd-threads', 10)];

  it.each([
    {
      case: 'a hardware GPU wins',
      rows: [...cpuOnly, row('webgl2', 2.5)],
      en: 'At N = 512, the fastest backend on this device was the GPU through WebGL2, 32× as fast as blocked JavaScript on one thread and 4× as fast as the fastest CPU backend (WebAssembly SIMD on 4 threads); the GPU won here.',
      zh: '在 N = 512 时，这台设备上最快的后端是通过 WebGL2 调用的 GPU，是单线程的分块 JavaScript 的 32 倍，也是最快的 CPU 后端（4 个线程的 WebAssembly SIMD）的 4 倍；在这里 GPU 胜出。',
    },
    {
      case: 'an emulated GPU wins',
      rows: [...cpuOnly, row('webgpu', 5, { softwareName: 'SwiftShader' })],
      en: 'At N = 512, the fastest backend on this device was the GPU through WebGPU, 16× as fast as blocked JavaScript on one thread and 2× as fast as the fastest CPU backend (WebAssembly SIMD on 4 threads); a GPU backend won, but the GPU here is emulated in software (SwiftShader), so its time says nothing about real GPUs.',
      zh: '在 N = 512 时，这台设备上最快的后端是通过 WebGPU 调用的 GPU，是单线程的分块 JavaScript 的 16 倍，也是最快的 CPU 后端（4 个线程的 WebAssembly SIMD）的 2 倍；GPU 后端胜出，但这里的 GPU 是用软件模拟的（SwiftShader），它的时间说明不了真实 GPU 的速度。',
    },
    {
      case: 'the CPU beats an emulated GPU',
      rows: [...cpuOnly, row('webgl2', 40, { softwareName: 'SwiftShader' })],
      en: 'At N = 512, the fastest backend on this device was WebAssembly SIMD on 4 threads, 8× as fast as blocked JavaScript on one thread; no GPU backend beat it, and the GPU here is emulated in software (SwiftShader), so its time says nothing about real GPUs.',
      zh: '在 N = 512 时，这台设备上最快的后端是 4 个线程的 WebAssembly SIMD，是单线程的分块 JavaScript 的 8 倍；没有 GPU 后端比它快，而且这里的 GPU 是用软件模拟的（SwiftShader），它的时间说明不了真实 GPU 的速度。',
    },
    {
      case: 'the CPU beats a hardware GPU, compared with textbook JavaScript',
      rows: [row('js-naive', 1234), row('wasm-simd', 20), row('webgl2', 30)],
      en: 'At N = 512, the fastest backend on this device was WebAssembly SIMD on one thread, 62× as fast as plain JavaScript (textbook loops); no GPU backend beat it at this size.',
      zh: '在 N = 512 时，这台设备上最快的后端是单线程的 WebAssembly SIMD，是普通 JavaScript（教科书式循环）的 62 倍；在这个规模下，没有 GPU 后端比它快。',
    },
    {
      case: 'no GPU measured, and the fastest is plain JavaScript itself',
      rows: [row('js-naive', 90), row('js-tiled', 60)],
      en: 'At N = 512, the fastest backend on this device was blocked JavaScript on one thread, 1.5× as fast as plain JavaScript (textbook loops); no GPU backend was measured.',
      zh: '在 N = 512 时，这台设备上最快的后端是单线程的分块 JavaScript，是普通 JavaScript（教科书式循环）的 1.5 倍；这次没有测 GPU 后端。',
    },
    {
      case: 'only an emulated GPU ran',
      rows: [row('webgl2', 3, { softwareName: 'llvmpipe' })],
      en: 'At N = 512, only the GPU through WebGL2 was measured, and the GPU here is emulated in software (llvmpipe), so its time says nothing about real GPUs.',
      zh: '在 N = 512 时，只测了通过 WebGL2 调用的 GPU，而且这里的 GPU 是用软件模拟的（llvmpipe），它的时间说明不了真实 GPU 的速度。',
    },
  ])('$case', ({ rows, en, zh }) => {
    expect(summarise(rows, 512, { threads: 4, locale: 'en' })).toBe(en);
    expect(summarise(rows, 512, { threads: 4, locale: 'zh-cn' })).toBe(zh);
  });

  it('speaks of the size asked for and never of a result that failed its check', () => {
    const rows = [...cpuOnly, row('webgl2', 1, { verified: false }), row('webgpu', 0.1, { n: 64 })];
    expect(summarise(rows, 512, { threads: 2, locale: 'en' })).toMatch(/^At N = 512, the fastest backend on this device was WebAssembly SIMD on 2 threads,/);
    expect(summarise(rows, 1024, { threads: 2, locale: 'en' })).toBeNull();
    expect(summarise([row('js-tiled', 1, { verified: false })], 512, { threads: 2, locale: 'en' })).toBeNull();
  });

  it('shows small numbers with their significant digits', () => {
    expect(formatSignificant(0.000412, 'en')).toBe('0.000412');
    expect(formatSignificant(12.345, 'en')).toBe('12.3');
    expect(formatSignificant(1234.5, 'zh-cn')).toBe('1,235');
    expect(formatScientific(1.23e-7, 'en')).toBe('1.2 × 10⁻⁷');
    expect(formatScientific(0, 'en')).toBe('0');
  });
});

describe('the webgl2 block sentence', () => {
  it.each([
    {
      case: 'a probe chose, with what it timed, a failure and a wrong result included',
      choice: {
        block: '8x4',
        basis: 'probe',
        probed: [
          { block: '4x4', ms: 12.345, verified: true },
          { block: '8x4', ms: 9.1, verified: true },
        ],
      },
      en: 'WebGL2 kernel: 8×4 blocks of the product per fragment, chosen by a short probe on this GPU (4×4: 12.3 ms, 8×4: 9.1 ms).',
      zh: 'WebGL2 内核：每个片元计算乘积中的一个 8×4 块，这是在这块 GPU 上简短探测后选出的（4×4 用时 12.3 ms、8×4 用时 9.1 ms）。',
    },
    {
      case: 'a probe kept the default when the other shape failed or miscomputed',
      choice: {
        block: '4x4',
        basis: 'probe',
        probed: [
          { block: '4x4', ms: 20, verified: true },
          { block: '8x4', ms: null, verified: false },
        ],
      },
      en: 'WebGL2 kernel: 4×4 blocks of the product per fragment, chosen by a short probe on this GPU (4×4: 20 ms, 8×4: failed).',
      zh: 'WebGL2 内核：每个片元计算乘积中的一个 4×4 块，这是在这块 GPU 上简短探测后选出的（4×4 用时 20 ms、8×4 失败）。',
    },
    {
      case: 'a software renderer keeps the default, unprobed',
      choice: { block: '4x4', basis: 'software', probed: [] },
      en: 'WebGL2 kernel: 4×4 blocks of the product per fragment, the default shape, kept without a probe because a software renderer’s timings say nothing about a GPU.',
      zh: 'WebGL2 内核：每个片元计算乘积中的一个 4×4 块，这是默认形状；软件渲染器的计时说明不了 GPU，所以没有做探测。',
    },
    {
      case: 'a GPU with too few draw buffers for any other shape',
      choice: { block: '4x4', basis: 'draw-buffers', probed: [] },
      en: 'WebGL2 kernel: 4×4 blocks of the product per fragment, the only shape this GPU’s draw buffers allow.',
      zh: 'WebGL2 内核：每个片元计算乘积中的一个 4×4 块，这块 GPU 的绘制缓冲区只容得下这一种形状。',
    },
    {
      case: 'the address forced a shape',
      choice: { block: '8x4', basis: 'forced', probed: [] },
      en: 'WebGL2 kernel: 8×4 blocks of the product per fragment, as the address asks (webgl-block=8x4).',
      zh: 'WebGL2 内核：每个片元计算乘积中的一个 8×4 块，这是地址指定的（webgl-block=8x4）。',
    },
  ] satisfies { case: string; choice: WebglBlockChoice; en: string; zh: string }[])('$case', ({ choice, en, zh }) => {
    expect(blockSentence(choice, 'en')).toBe(en);
    expect(blockSentence(choice, 'zh-cn')).toBe(zh);
  });

  it('names a shape that ran but got the product wrong', () => {
    const choice: WebglBlockChoice = { block: '4x4', basis: 'probe', probed: [{ block: '8x4', ms: 3, verified: false }] };
    expect(blockSentence(choice, 'en')).toContain('(8×4: wrong result)');
  });
});

describe('exports', () => {
  const rows: ResultRow[] = [
    { backend: 'js-tiled', n: 128, firstMs: 12.345, medianMs: 1.2345, gflops: 3.4, maxRelError: 1.2e-7, verified: true, software: false, adapter: '' },
    { backend: 'webgl2', n: 128, firstMs: 300, medianMs: 5, gflops: 0.8, maxRelError: 2e-7, verified: true, software: true, adapter: 'ANGLE (a, b | c)' },
  ];

  it('writes CSV with a header and quoted text', () => {
    const lines = toCsv(rows).split('\n');
    expect(lines[0]).toBe('backend,n,firstMs,medianMs,gflops,maxRelError,verified,software,adapter');
    expect(lines[2]).toBe('webgl2,128,300,5,0.8,2.00e-7,true,true,"ANGLE (a, b | c)"');
  });

  it('writes a Markdown table with escaped pipes', () => {
    const md = toMarkdown(rows).split('\n');
    expect(md).toHaveLength(4);
    expect(md[3]).toContain('ANGLE (a, b \\| c)');
  });

  it('writes JSON with every result field and nothing else', () => {
    expect(JSON.parse(toJson(rows))).toEqual(rows);
    const withTimeline = rows.map((row) => ({ ...row, phases: [phase(1, 'compute')] }));
    expect(JSON.parse(toJson(withTimeline))).toEqual(rows);
  });
});

describe('gpu.js input layout', () => {
  it('pads rows and columns to multiples of 4 with zeros', () => {
    const m = Float32Array.from([1, 2, 3, 4, 5, 6]);
    const packed = packRows(m, 2, 3);
    expect(packed).toHaveLength(16);
    expect([...packed.subarray(0, 8)]).toEqual([1, 2, 3, 0, 4, 5, 6, 0]);
    expect(packed.subarray(8).every((v) => v === 0)).toBe(true);
  });

  it('transposes B so a column of B is a padded row', () => {
    const b = Float32Array.from([1, 2, 3, 4, 5, 6]);
    const bt = packTransposed(b, 2, 3);
    expect(bt).toHaveLength(16);
    expect([...bt.subarray(0, 12)]).toEqual([1, 4, 0, 0, 2, 5, 0, 0, 3, 6, 0, 0]);
  });

  it('recovers the flat array behind gpu.js rows of vec4 views, and copies rows that have none', () => {
    const flat = randomMatrix(2, 8, 2);
    const rows = [0, 1].map((r) => [0, 1].map((q) => flat.subarray((r * 2 + q) * 4, (r * 2 + q) * 4 + 4)));
    const view = flattenVec4Output(rows, 2, 2);
    expect(view).toEqual(flat);
    expect(view.buffer).toBe(flat.buffer);
    const copied = rows.map((row) => row.map((v) => v.slice()));
    expect(flattenVec4Output(copied, 2, 2)).toEqual(flat);
  });
});

describe('measure', () => {
  it('times setup with the first call, takes the median of later runs and verifies the result', async () => {
    let clock = 0;
    const durations = [50, 10, 30, 20];
    const runner: Runner = {
      setup: async () => {
        clock += 100;
        return [phase(100, 'worker-start')];
      },
      run: async (a, b, shape) => {
        const ms = durations.shift() ?? 0;
        clock += ms;
        const c = new Float32Array(shape.m * shape.n);
        matmulTiled(a, b, c, shape);
        return { c, ms, phases: [phase(ms, 'compute')] };
      },
    };
    const shape = square(8);
    const m = await measure(runner, randomMatrix(8, 8, 1), randomMatrix(8, 8, 2), shape, {
      runs: 3,
      budgetMs: 1e9,
      now: () => clock,
    });
    expect(m.firstMs).toBe(150);
    expect(m.medianMs).toBe(20);
    expect(m.runs).toBe(3);
    expect(m.verified).toBe(true);
    expect(m.firstPhases.map((p) => p.names[0])).toEqual(['worker-start', 'compute']);
    expect(m.gflops).toBeCloseTo((2 * 512) / (20 * 1e6));
  });

  it('does one timed run even past the budget, and reports nothing if cancelled before it', async () => {
    let calls = 0;
    const runner: Runner = {
      setup: async () => [],
      run: async (a, b, shape) => {
        calls++;
        const c = new Float32Array(shape.m * shape.n);
        matmulTiled(a, b, c, shape);
        return { c, ms: 5, phases: [] };
      },
    };
    const inputs = [randomMatrix(2, 2, 1), randomMatrix(2, 2, 2), square(2)] as const;
    const m = await measure(runner, ...inputs, { runs: 5, budgetMs: 0 });
    expect(m.runs).toBe(1);
    expect(calls).toBe(2);
    await expect(measure(runner, ...inputs, { runs: 5, budgetMs: 1e9, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      MeasurementCancelled,
    );
  });
});

describe('crossover', () => {
  it('finds the size from which the GPU stays ahead of the best CPU backend', () => {
    const points = [
      { backend: 'js-tiled', n: 64, medianMs: 1 },
      { backend: 'wasm-simd', n: 64, medianMs: 0.2 },
      { backend: 'webgl2', n: 64, medianMs: 3 },
      { backend: 'wasm-simd', n: 128, medianMs: 1.5 },
      { backend: 'webgl2', n: 128, medianMs: 1 },
      { backend: 'wasm-simd', n: 256, medianMs: 12 },
      { backend: 'webgl2', n: 256, medianMs: 4 },
    ] as const;
    expect(crossover(points)).toEqual({ n: 128, gpu: 'webgl2', cpu: 'wasm-simd' });
    expect(crossover(points.filter((p) => p.backend !== 'webgl2'))).toBeNull();
  });
});
