import { describe, expect, it } from 'vitest';
import { formatWordDiff, outdatedDiffs, wordDiff } from '../../src/lib/translation/diff.ts';
import { loadProject } from '../../src/node/translation-project.ts';
import { sectionStatus } from '../../src/lib/translation/status.ts';
import { fixture } from './helpers.ts';

describe('diff', () => {
  it('shows the English then and now word by word', () => {
    expect(formatWordDiff(wordDiff('Training a network takes a while.', 'Training a neural network takes time.'), false)).toBe(
      'Training a {+neural +}network takes [-a while-]{+time+}.',
    );
  });

  it('lists one diff per outdated block with its lines in both files', () => {
    const pair = loadProject(fixture('status')).pairs.find((p) => p.section === '01-basics')!;
    const diffs = outdatedDiffs(sectionStatus(pair.en, pair.zh, pair.record, pair.zhFile));
    expect(diffs.map((d) => [d.index, d.enLine, d.zhLine])).toEqual([[3, 10, 10]]);
  });
});
