/**
 * The timeline and peak-throughput data in content/ as the site will load it: every file is
 * checked against its schema, and the facts the issue asks for are present.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { untranslatedEntryIds } from '../src/lib/timeline.ts';
import { peakFlopsDatasetSchema } from '../src/schemas/peak-flops.ts';
import { timelineEntryWithIdSchema, type TimelineEntry } from '../src/schemas/timeline.ts';

const timelineDir = join(import.meta.dirname, '../content/timeline');
const files = readdirSync(timelineDir).filter((name) => name.endsWith('.yaml'));
const entries: TimelineEntry[] = files.map((name) => {
  const result = timelineEntryWithIdSchema.safeParse({ id: name.replace(/\.yaml$/, ''), ...parse(readFileSync(join(timelineDir, name), 'utf8')) });
  if (!result.success) throw new Error(`${name}: ${result.error.message}`);
  return result.data;
});
const rows = peakFlopsDatasetSchema.parse(parse(readFileSync(join(import.meta.dirname, '../content/datasets/peak-flops.yaml'), 'utf8')));

describe('timeline entries', () => {
  it('has at least 20 events between 1999 and 2026', () => {
    expect(entries.length).toBeGreaterThanOrEqual(20);
    for (const entry of entries) {
      const year = Number(entry.date.slice(0, 4));
      expect(year, entry.id).toBeGreaterThanOrEqual(1999);
      expect(year, entry.id).toBeLessThanOrEqual(2026);
    }
  });

  it('names each file after the year of its date', () => {
    for (const entry of entries) expect(entry.id.slice(0, 4), entry.id).toBe(entry.date.slice(0, 4));
  });

  it('covers every milestone of the article brief and the browser APIs the demos use', () => {
    const ids = entries.map((entry) => entry.id);
    for (const id of [
      '1999-geforce-256',
      '2001-matrix-multiplies',
      '2004-brookgpu',
      '2005-lu-gpu',
      '2006-cuda',
      '2006-geforce-8800',
      '2009-raina-gpu-dbn',
      '2011-ciresan-gpu-cnn',
      '2012-alexnet',
      '2014-cudnn',
      '2016-tpu',
      '2017-volta-v100',
      '2017-cloud-tpu-v2',
      '2020-a100',
      '2022-h100',
      '2024-blackwell-b200',
      '2011-webgl-1',
      '2017-webgl-2',
      '2023-webgpu-chrome',
    ]) {
      expect(ids).toContain(id);
    }
    const browser = entries.filter((entry) => entry.category === 'browser');
    expect(browser.map((entry) => entry.title.en).join(' ')).toMatch(/Safari/);
    expect(browser.map((entry) => entry.title.en).join(' ')).toMatch(/Firefox/);
  });

  it('has both languages, or is reported as untranslated so the fallback is tracked', () => {
    const untranslated = new Set(untranslatedEntryIds(entries, 'zh-cn'));
    for (const entry of entries) {
      const complete = entry.title['zh-cn'] !== undefined && entry.body['zh-cn'] !== undefined;
      expect(complete || untranslated.has(entry.id), entry.id).toBe(true);
    }
    // Today every entry is translated; a new English-only entry will show up in this list.
    expect([...untranslated]).toEqual([]);
  });

  it('writes two or three sentences per body in each language', () => {
    for (const entry of entries) {
      const en = entry.body.en.match(/[.!?](\s|$)/g) ?? [];
      const zh = entry.body['zh-cn']?.match(/[。！？]/g) ?? [];
      expect(en.length, `${entry.id} en`).toBeGreaterThanOrEqual(2);
      expect(en.length, `${entry.id} en`).toBeLessThanOrEqual(3);
      expect(zh.length, `${entry.id} zh-cn`).toBeGreaterThanOrEqual(2);
      expect(zh.length, `${entry.id} zh-cn`).toBeLessThanOrEqual(3);
    }
  });
});

describe('peak-flops dataset', () => {
  it('gives every row a unit and a source link', () => {
    for (const row of rows) {
      expect(row.unit).toBe('GFLOPS');
      expect(row.source.url, row.id).toMatch(/^https?:\/\//);
    }
  });

  it("keeps Karl Rupp's figures the brief quotes", () => {
    const value = (id: string) => rows.find((row) => row.id === id)?.gflops;
    expect(value('2007-xeon-x5482')).toBe(102);
    expect(value('2007-geforce-8800-gts')).toBe(624);
    expect(value('2012-xeon-e5-2690')).toBe(372);
    expect(value('2012-geforce-gtx-680')).toBe(3090);
    expect(value('2017-xeon-platinum-8180')).toBe(4480);
    expect(value('2017-titan-v')).toBe(14900);
  });

  it('plots dense tensor figures, not the doubled "with sparsity" ones', () => {
    const h100 = rows.find((row) => row.id === '2022-h100-sxm-tensor');
    expect(h100?.gflops).toBeLessThan(1_000_000);
  });

  it('shows arithmetic that adds up for every derived figure', () => {
    const derived = rows.filter((row) => row.derived);
    expect(derived.length).toBeGreaterThan(0);
    for (const row of derived) {
      // The derivation opens with "a × b GHz … × c = d".
      const match = row.derivation?.match(/^([\d.,]+)[^×=]*×\s*([\d.,]+)[^×=]*×\s*([\d.,]+)[^=]*=\s*([\d.,]+)/);
      expect(match, row.id).not.toBeNull();
      const [a, b, c, d] = match!.slice(1).map((n) => Number(n.replaceAll(',', '')));
      expect(a! * b! * c!, row.id).toBeCloseTo(d!, 6);
      expect(d, row.id).toBe(row.gflops);
    }
  });

  it('credits Karl Rupp for the rows taken from his dataset', () => {
    const rupp = rows.filter((row) => row.source.url.includes('karlrupp/cpu-gpu-mic-comparison'));
    expect(rupp.length).toBeGreaterThanOrEqual(20);
    for (const row of rupp) expect(row.source.title).toMatch(/Karl Rupp.*CC BY 4\.0/);
  });
});
