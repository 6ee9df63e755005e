import { describe, expect, it } from 'vitest';
import { chunksRunAtLoad, type ChunkLinks } from '../src/node/compile-hints.ts';

const chunk = (isEntry: boolean, ...imports: string[]): ChunkLinks => ({ isEntry, imports });

describe('the chunks a page runs as it loads', () => {
  it('are each entry and everything it imports statically, however deep', () => {
    const chunks = { 'island.js': chunk(true, 'runtime.js'), 'runtime.js': chunk(false, 'shared.js'), 'shared.js': chunk(false) };
    expect(chunksRunAtLoad(chunks)).toEqual(new Set(['island.js', 'runtime.js', 'shared.js']));
  });

  it('leave out a chunk that only import() reaches, and what only it imports', () => {
    const chunks = { 'page.js': chunk(true, 'shared.js'), 'shared.js': chunk(false), 'search.js': chunk(false, 'index.js'), 'index.js': chunk(false) };
    expect(chunksRunAtLoad(chunks)).toEqual(new Set(['page.js', 'shared.js']));
  });

  it('follow an import cycle once', () => {
    const chunks = { 'a.js': chunk(true, 'b.js'), 'b.js': chunk(false, 'a.js') };
    expect(chunksRunAtLoad(chunks)).toEqual(new Set(['a.js', 'b.js']));
  });

  it('are none when nothing is an entry', () => {
    expect(chunksRunAtLoad({ 'lazy.js': chunk(false) })).toEqual(new Set());
  });
});
