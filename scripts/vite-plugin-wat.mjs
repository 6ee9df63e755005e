// Compiles WebAssembly text (.wat) with wabt whenever a module imports it, so
// the binary is always built from the source in the repository and never
// committed. `import bytes from './x.wat'` gives the single-thread build and
// `import bytes from './x.wat?shared'` the build whose imported memory is
// shared (for threads); both default-export a Uint8Array. The bytes are
// inlined into the importing chunk (a few KiB), which keeps dev, build,
// workers and tests on one code path with no extra request to configure.
import { readFile } from 'node:fs/promises';
import createWabt from 'wabt';

const SHARED_MEMORY = /\(memory (\d+) (\d+) shared\)/;
const wabtReady = createWabt();

/**
 * @param {string} source WebAssembly text whose memory import is declared `shared`
 * @param {{ shared: boolean, filename?: string }} options
 * @returns {Promise<Uint8Array<ArrayBuffer>>}
 */
export async function compileWat(source, { shared, filename = 'module.wat' }) {
  if (!SHARED_MEMORY.test(source)) {
    throw new Error(`${filename}: expected a "(memory MIN MAX shared)" import to build both variants`);
  }
  const text = shared ? source : source.replace(SHARED_MEMORY, '(memory $1 $2)');
  const wabt = await wabtReady;
  const features = { simd: true, threads: shared, bulk_memory: true };
  const module = wabt.parseWat(filename, text, features);
  try {
    module.resolveNames();
    module.validate(features);
    return /** @type {Uint8Array<ArrayBuffer>} */ (module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}

/** @returns {import('vite').Plugin} */
export default function watPlugin() {
  return {
    name: 'wat',
    enforce: 'pre',
    async load(id) {
      const [file, query = ''] = id.split('?');
      // Other queries (?raw for showing the source in the article, ?url) stay Vite's.
      if (!file.endsWith('.wat') || (query !== '' && query !== 'shared')) return null;
      this.addWatchFile(file);
      const bytes = await compileWat(await readFile(file, 'utf8'), { shared: query === 'shared', filename: file });
      const base64 = Buffer.from(bytes).toString('base64');
      return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (ch) => ch.charCodeAt(0));`;
    },
  };
}
