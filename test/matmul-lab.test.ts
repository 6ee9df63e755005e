import { describe, expect, it } from 'vitest';
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
import { DEFAULT_SETTINGS, parseSettings, sweepSizes, writeSettings } from '../src/lib/matmul/url-state';

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
  it('round-trips non-default settings and keeps other parameters', () => {
    const settings = { n: 256, backends: ['js-tiled', 'webgpu'] as const, baseline: 'wasm-simd' as const, seed: 7, sweepTo: 1024 };
    const search = writeSettings('?lang=x', settings);
    expect(search).toContain('lang=x');
    expect(parseSettings(search)).toEqual(settings);
  });

  it('writes nothing for defaults and ignores invalid values', () => {
    expect(writeSettings('', DEFAULT_SETTINGS)).toBe('');
    expect(parseSettings('?n=abc&backends=nope&baseline=cuda&seed=-1&sweep=1.5')).toEqual(DEFAULT_SETTINGS);
  });

  it('sweeps powers of two and ends on the requested size', () => {
    expect(sweepSizes(128)).toEqual([16, 32, 64, 128]);
    expect(sweepSizes(100)).toEqual([16, 32, 64, 100]);
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
