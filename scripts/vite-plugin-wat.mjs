// Compiles WebAssembly text (.wat) with wabt whenever a module imports it, so
// the binary is always built from the source in the repository and never
// committed. One source gives up to four builds, chosen by the import's query:
// `./x.wat` is single-thread with plain SIMD; `?shared` makes the imported
// memory shared (for threads); `?relaxed` keeps the source's relaxed-SIMD
// fused multiply-adds, which the plain builds rewrite into a multiply and an
// add; `?shared&relaxed` does both. Each default-exports a Uint8Array. The
// bytes are inlined into the importing chunk (a few KiB), which keeps dev,
// build, workers and tests on one code path with no extra request to configure.
import { readFile } from 'node:fs/promises';
import createWabt from 'wabt';

const SHARED_MEMORY = /\(memory (\d+) (\d+) shared\)/;
/**
 * A fused a·b + c whose operands are locals or broadcast loads from a local's
 * address: the only forms the plain build knows how to split.
 */
const MADD_OPERAND = String.raw`(\((?:local\.get \$[\w.]+|v128\.load(?:32_splat)?(?: offset=\d+)? \(local\.get \$[\w.]+\))\))`;
const RELAXED_MADD = new RegExp(String.raw`\(f32x4\.relaxed_madd ${MADD_OPERAND} ${MADD_OPERAND} ${MADD_OPERAND}\)`, 'g');
const BUILD_FLAGS = new Set(['shared', 'relaxed']);
const wabtReady = createWabt();

/**
 * @param {string} source WebAssembly text
 * @param {{ shared: boolean, relaxed?: boolean, filename?: string }} options
 * @returns {Promise<Uint8Array<ArrayBuffer>>}
 */
export async function compileWat(source, { shared, relaxed = false, filename = 'module.wat' }) {
  if (shared && !SHARED_MEMORY.test(source)) {
    throw new Error(`${filename}: a shared build needs a "(memory MIN MAX shared)" import`);
  }
  let text = shared ? source : source.replace(SHARED_MEMORY, '(memory $1 $2)');
  if (!relaxed) {
    text = text.replace(RELAXED_MADD, '(f32x4.add (f32x4.mul $1 $2) $3)');
    if (/\.relaxed_/.test(text.replace(/;;.*$/gm, ''))) throw new Error(`${filename}: a relaxed-SIMD instruction the plain build cannot rewrite`);
  }
  const wabt = await wabtReady;
  const features = { simd: true, threads: shared, bulk_memory: true, relaxed_simd: relaxed };
  const module = wabt.parseWat(filename, text, features);
  try {
    module.resolveNames();
    module.validate(features);
    return /** @type {Uint8Array<ArrayBuffer>} */ (module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}

/** The build flags of an import's query, or null when the query is not ours (?raw, ?url stay Vite's). */
function buildFlags(query) {
  const flags = query === '' ? [] : query.split('&');
  return flags.every((flag) => BUILD_FLAGS.has(flag)) ? new Set(flags) : null;
}

/** @returns {import('vite').Plugin} */
export default function watPlugin() {
  return {
    name: 'wat',
    enforce: 'pre',
    async load(id) {
      const [file, query = ''] = id.split('?');
      const flags = buildFlags(query);
      if (!file.endsWith('.wat') || !flags) return null;
      this.addWatchFile(file);
      const bytes = await compileWat(await readFile(file, 'utf8'), {
        shared: flags.has('shared'),
        relaxed: flags.has('relaxed'),
        filename: file,
      });
      const base64 = Buffer.from(bytes).toString('base64');
      return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (ch) => ch.charCodeAt(0));`;
    },
  };
}
