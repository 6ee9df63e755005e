// Measures the CPU roofs of src/lib/matmul/wasm/roof.wat for the page: its
// register-only multiply-add loops and its memory stream. Each worker owns
// its memory; several run side by side for the all-threads roofs.
import { expose } from 'comlink';
import plainBytes from '../lib/matmul/wasm/roof.wat';
import relaxedBytes from '../lib/matmul/wasm/roof.wat?relaxed';
import { availableMixes, type RoofMix, type RoofSpan, type RoofWorkerApi } from '../lib/matmul/roof';

/** What roof.wat exports. */
interface RoofExports {
  mul_add(iterations: number): number;
  fma(iterations: number): number;
  stream(p: number, bytes: number): number;
}

const PAGE_BYTES = 65536;
const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
let roof: RoofExports | undefined;

function ready(): RoofExports {
  if (!roof) throw new Error('roof worker used before init()');
  return roof;
}

const now = () => performance.timeOrigin + performance.now();

function loop(mix: RoofMix, iterations: number): void {
  const exports = ready();
  if (mix === 'relaxed-fma') exports.fma(iterations);
  else exports.mul_add(iterations);
}

const api: RoofWorkerApi = {
  async init() {
    // The relaxed build holds both loops; where it does not validate, the plain one has mul_add.
    const relaxed = WebAssembly.validate(relaxedBytes);
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(relaxed ? relaxedBytes : plainBytes), { env: { memory } });
    roof = instance.exports as unknown as RoofExports;
    return availableMixes(relaxed);
  },
  calibrate(mix, targetMs) {
    let iterations = 1024;
    for (;;) {
      const start = performance.now();
      loop(mix, iterations);
      const ms = performance.now() - start;
      // Doubling from a short loop also runs it often enough for the optimising compiler to take over.
      if (ms >= targetMs / 4) return Math.ceil((iterations * targetMs) / ms);
      iterations *= 2;
    }
  },
  compute(mix, iterations): RoofSpan {
    const start = now();
    loop(mix, iterations);
    return { start, end: now() };
  },
  prepareStream(bytes) {
    const missing = bytes - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / PAGE_BYTES));
    // A fresh page reads as zeros from one shared page; writing it gives it its own memory. 0x3c3c3c3c is about 0.01.
    new Uint8Array(memory.buffer).fill(0x3c);
    const exports = ready();
    for (let i = 0; i < 8; i++) exports.stream(0, 64 * 1024);
  },
  stream(bytes, passes): RoofSpan {
    const exports = ready();
    const start = now();
    for (let i = 0; i < passes; i++) exports.stream(0, bytes);
    return { start, end: now() };
  },
};

expose(api);
