import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fastestMeasured, maxKept, parseMeasured, publishMeasured, readMeasured, subscribeMeasured, withMeasured, type MeasuredSpeed } from '../src/lib/measured-speed.ts';

const speed = (overrides: Partial<MeasuredSpeed> = {}): MeasuredSpeed => ({
  source: 'lab',
  backend: 'wasm-simd',
  gflops: 12.5,
  n: 512,
  software: false,
  at: '2026-12-05T10:00:00.000Z',
  ...overrides,
});

/** A sessionStorage stand-in; `broken` throws like a privacy mode does. */
function fakeStorage(broken = false): Storage {
  const items = new Map<string, string>();
  const fail = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => (broken ? fail() : (items.get(key) ?? null)),
    setItem: (key, value) => (broken ? fail() : void items.set(key, value)),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
  };
}

describe('the stored list', () => {
  it('keeps the valid entries of a stored value and drops the rest one by one', () => {
    const good = speed();
    const stored = JSON.stringify([good, { ...good, gflops: -1 }, { ...good, source: 'elsewhere' }, { ...good, at: 'yesterday' }, { ...good, n: 1.5 }]);
    expect(parseMeasured(stored)).toEqual([good]);
  });

  it('reads nothing from a missing, malformed or non-list value', () => {
    expect(parseMeasured(null)).toEqual([]);
    expect(parseMeasured('{not json')).toEqual([]);
    expect(parseMeasured(JSON.stringify(speed()))).toEqual([]);
  });

  it('replaces a measurement of the same source, backend and size, and keeps other sizes', () => {
    const first = speed({ gflops: 10 });
    const otherSize = speed({ n: 1024, gflops: 20 });
    const again = speed({ gflops: 11, at: '2026-12-05T10:05:00.000Z' });
    expect(withMeasured(withMeasured([first, otherSize], again), speed({ source: 'roofline', n: null }))).toEqual([
      otherSize,
      again,
      speed({ source: 'roofline', n: null }),
    ]);
  });

  it('lets the oldest measurements fall off past the limit', () => {
    let all: MeasuredSpeed[] = [];
    for (let n = 1; n <= maxKept + 3; n++) all = withMeasured(all, speed({ n }));
    expect(all).toHaveLength(maxKept);
    expect(all[0]?.n).toBe(4);
    expect(all.at(-1)?.n).toBe(maxKept + 3);
  });
});

describe('the measurement to compute with', () => {
  it('is the fastest from real hardware, passing over a faster software renderer', () => {
    const cpu = speed({ backend: 'wasm-simd-threads', gflops: 80 });
    const swiftshader = speed({ backend: 'webgl2', gflops: 120, software: true });
    const roof = speed({ source: 'roofline', backend: 'cpu-roof', n: null, gflops: 95 });
    expect(fastestMeasured([cpu, swiftshader, roof])).toEqual(roof);
  });

  it('falls back to a software renderer when nothing else was measured, and is null for nothing', () => {
    const swiftshader = speed({ backend: 'webgl2', gflops: 3, software: true });
    expect(fastestMeasured([swiftshader])).toEqual(swiftshader);
    expect(fastestMeasured([])).toBeNull();
  });
});

describe('publishing across islands', () => {
  beforeEach(() => {
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('stores what is published and tells every subscriber until it unsubscribes', () => {
    vi.stubGlobal('sessionStorage', fakeStorage());
    const heard: MeasuredSpeed[][] = [];
    const unsubscribe = subscribeMeasured((all) => heard.push(all));
    const lab = speed();
    const roof = speed({ source: 'roofline', backend: 'cpu-roof', n: null, gflops: 300 });
    publishMeasured(lab);
    publishMeasured(roof);
    unsubscribe();
    publishMeasured(speed({ gflops: 99 }));
    expect(heard).toEqual([[lab], [lab, roof]]);
    expect(readMeasured()).toEqual([roof, speed({ gflops: 99 })]);
  });

  it('refuses to publish an invalid measurement', () => {
    vi.stubGlobal('sessionStorage', fakeStorage());
    expect(() => publishMeasured(speed({ gflops: Number.NaN }))).toThrow();
    expect(readMeasured()).toEqual([]);
  });

  it('still reaches this page when storage is unavailable', () => {
    vi.stubGlobal('sessionStorage', fakeStorage(true));
    const heard: MeasuredSpeed[][] = [];
    const unsubscribe = subscribeMeasured((all) => heard.push(all));
    const unique = speed({ backend: 'no-storage', gflops: 7 });
    publishMeasured(unique);
    unsubscribe();
    expect(heard.at(-1)).toContainEqual(unique);
    expect(readMeasured()).toContainEqual(unique);
  });
});
