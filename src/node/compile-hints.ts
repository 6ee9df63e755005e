import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * V8's compile hint (Chromium 136 and later; other engines read a comment): compile every function
 * of the file while it streams in, on a background thread. Without it V8 compiles a function on
 * the page's thread the first time it is called, inside the task that calls it: for an island,
 * the task that hydrates it.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** What the bundler says of each chunk it writes: enough to follow static imports. */
export interface ChunkLinks {
  readonly isEntry: boolean;
  /** Files this chunk imports statically (`import … from`), which load and run with it. */
  readonly imports: readonly string[];
}

/**
 * The chunks whose code runs as a page loads: every entry (a page's script, an island, the
 * Svelte renderer) and what each imports statically. A chunk reached only through import() is
 * loaded when it is needed and may never run, so it is left to compile lazily.
 */
export function chunksRunAtLoad(chunks: Readonly<Record<string, ChunkLinks>>): Set<string> {
  const reached = new Set<string>();
  const visit = (fileName: string) => {
    if (reached.has(fileName)) return;
    reached.add(fileName);
    for (const imported of chunks[fileName]?.imports ?? []) visit(imported);
  };
  for (const [fileName, chunk] of Object.entries(chunks)) if (chunk.isEntry) visit(fileName);
  return reached;
}

/**
 * Puts the compile hint at the top of the browser chunks that run as a page loads. It goes into
 * the written files, as V8 reads it only before any code, and both the minifier (which drops
 * comments) and Vite's preload map (put above the imports) come after plugins' other hooks. A
 * file's name still names its content: every marked file gains the same line.
 */
export function compileHints(): Plugin {
  return {
    name: 'why-gpus:compile-hints',
    applyToEnvironment: (environment) => environment.name === 'client',
    writeBundle(options, bundle) {
      if (!options.dir) throw new Error('compile hints: the client build has no output folder (build.outDir) to write them into');
      const chunks = Object.fromEntries(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file]] : [])));
      for (const fileName of chunksRunAtLoad(chunks)) writeFileSync(join(options.dir, fileName), `${COMPILE_HINT}\n${chunks[fileName]!.code}`);
    },
  };
}
