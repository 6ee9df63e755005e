import { describe, expect, it } from 'vitest';
import { dataFileErrors, dataFolders } from '../../src/lib/translation/data-files.ts';

const folder = (dir: string) => dataFolders.find((f) => f.dir === dir)!;
const errors = (dir: string, text: string) => dataFileErrors(`${dir}/x.yaml`, text, folder(dir)).map((d) => `${d.line}:${d.column} ${d.message.en}`);

const reference = (url: string) => `authors: [NVIDIA]\ntitle: A title\nvenue: A venue\nyear: 2020\nurl: ${url}\n`;

describe('data files', () => {
  it('accept https and http addresses', () => {
    expect(errors('content/references', reference('https://example.org/a'))).toEqual([]);
    expect(errors('content/references', reference('http://example.org/a'))).toEqual([]);
  });

  it.each(['"javascript:alert(document.domain)"', 'data:text/html,hello', '//example.org/a', 'mailto:editor@example.org', 'file:///etc/passwd'])(
    'refuse the address %s at the line of the url field, in both languages',
    (url) => {
      const [found] = dataFileErrors('content/references/x.yaml', reference(url), folder('content/references'));
      expect(found).toMatchObject({ line: 5, column: 1, check: 'data', severity: 'error' });
      expect(found?.message.en).toMatch(/^`url` must be a web address starting with https:\/\/ or http:\/\//);
      expect(found?.message['zh-cn']).toMatch(/^`url` 必须是以 https:\/\/ 或 http:\/\/ 开头的网址/);
    },
  );

  it('find a nested field in a list at the root of the file (the peak-flops data set)', () => {
    const row = (id: string, url: string) =>
      `- id: ${id}\n  year: 2008\n  name: X\n  kind: cpu\n  series: fp32\n  gflops: 1\n  unit: GFLOPS\n  derived: false\n  source:\n    title: T\n    url: ${url}\n`;
    expect(errors('content/datasets', row('2008-a', 'https://example.org/') + row('2008-b', 'javascript:alert(1)'))).toEqual([
      '22:5 `1.source.url` must be a web address starting with https:// or http://, not "javascript:alert(1)"',
    ]);
  });

  it('name any other broken field and the schema that describes it', () => {
    const [found] = dataFileErrors('content/references/x.yaml', reference('https://example.org/').replace('year: 2020', 'year: twenty'), folder('content/references'));
    expect(found).toMatchObject({ line: 4, column: 1 });
    expect(found?.message.en).toMatch(/^`year`: /);
    expect(found?.hint.en).toBe('the fields of this file are described in src/schemas/reference.ts');
  });

  it('report YAML that does not parse at the place it breaks', () => {
    expect(errors('content/references', 'authors: [NVIDIA\ntitle: A title\n')).toEqual([expect.stringMatching(/^2:\d+ not valid YAML: /)]);
  });
});
