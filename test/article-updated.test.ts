import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../src/lib/article.ts';
import { articleSectionSchema } from '../src/schemas/article.ts';

const frontmatter = { title: 'T', order: 1, description: 'D' };

describe('a section’s updated day', () => {
  it('reads the same whether YAML gave the text or a Date', () => {
    expect(articleSectionSchema.parse({ ...frontmatter, updated: '2026-11-28' }).updated).toBe('2026-11-28');
    expect(articleSectionSchema.parse({ ...frontmatter, updated: new Date('2026-11-28') }).updated).toBe('2026-11-28');
    expect(articleSectionSchema.parse(frontmatter).updated).toBeUndefined();
  });

  it('refuses anything but a calendar day', () => {
    for (const updated of ['2026-13-01', '28 November 2026', 20261128]) {
      expect(articleSectionSchema.safeParse({ ...frontmatter, updated }).success, String(updated)).toBe(false);
    }
  });
});

describe('lastUpdated', () => {
  it('is the newest updated day of the sections shown', () => {
    expect(lastUpdated([{ updated: '2026-11-28' }, {}, { updated: '2026-12-02' }, { updated: '2026-11-30' }], '2026-11-26')).toBe('2026-12-02');
  });

  it('is the publication day when no section changed since', () => {
    expect(lastUpdated([{}, { updated: undefined }], '2026-11-26')).toBe('2026-11-26');
  });
});
