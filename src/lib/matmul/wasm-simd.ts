import type { CpuKernel, MatmulShape } from './types.ts';

/** What src/lib/matmul/wasm/matmul.wat exports. */
interface MatmulExports {
  matmul(m: number, k: number, n: number, a: number, b: number, c: number, work: number, mr: TileRows): void;
  workspace_bytes(): number;
}

/** Rows of the kernel's tile: 6×8 keeps enough accumulators for fused multiply-adds, 4×8 fits a separate multiply and add (see matmul.wat). */
export type TileRows = 4 | 6;
export const tileRows = (relaxed: boolean): TileRows => (relaxed ? 6 : 4);

const PAGE_BYTES = 65536;
/** The memory import declares at most 65536 pages; keep offsets below 2 GiB because the kernel compares them as signed i32. */
export const WASM_MAX_BYTES = 2 ** 31 - PAGE_BYTES;
/** Matrices start on cache-line boundaries so aligned and unaligned SIMD loads cost the same. */
const ALIGN = 64;

/** Byte offsets of A, B, C and one workspace per thread inside the module's memory. */
export interface WasmLayout {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly work: readonly number[];
  readonly bytes: number;
}

const alignUp = (x: number) => Math.ceil(x / ALIGN) * ALIGN;

export function wasmLayout({ m, k, n }: MatmulShape, threads: number, workspaceBytes: number): WasmLayout {
  const a = 0;
  const b = alignUp(a + m * k * 4);
  const c = alignUp(b + k * n * 4);
  const work: number[] = [];
  let end = alignUp(c + m * n * 4);
  for (let t = 0; t < threads; t++) {
    work.push(end);
    end = alignUp(end + workspaceBytes);
  }
  return { a, b, c, work, bytes: end };
}

/** workspace_bytes() of matmul.wat, known before the module loads; a unit test keeps the two equal. */
export const WASM_WORKSPACE_BYTES = 647360;

/** Bytes of memory the wasm backend needs for a shape, for the size check before a run. */
export function wasmBytesNeeded(shape: MatmulShape, threads: number): number {
  return wasmLayout(shape, threads, WASM_WORKSPACE_BYTES).bytes;
}

/** Memory for the module: shared when several workers will run in it. */
export function createMemory(shared: boolean): WebAssembly.Memory {
  return new WebAssembly.Memory({ initial: 1, maximum: WASM_MAX_BYTES / PAGE_BYTES, shared });
}

/**
 * One instance of the kernel bound to a memory (possibly shared with other
 * workers' instances); `relaxed` says the module is a relaxed-SIMD build,
 * which decides its tile.
 */
export class WasmMatmul {
  private constructor(
    readonly memory: WebAssembly.Memory,
    private readonly exports: MatmulExports,
    private readonly rows: TileRows,
  ) {}

  static async instantiate(module: WebAssembly.Module, memory: WebAssembly.Memory, relaxed: boolean): Promise<WasmMatmul> {
    const instance = await WebAssembly.instantiate(module, { env: { memory } });
    return new WasmMatmul(memory, instance.exports as unknown as MatmulExports, tileRows(relaxed));
  }

  get workspaceBytes(): number {
    return this.exports.workspace_bytes();
  }

  /** Lays out a product and grows the memory to hold it. */
  prepare(shape: MatmulShape, threads: number): WasmLayout {
    const layout = wasmLayout(shape, threads, this.workspaceBytes);
    if (layout.bytes > WASM_MAX_BYTES) throw new RangeError(`needs ${layout.bytes} bytes of wasm memory`);
    const missing = layout.bytes - this.memory.buffer.byteLength;
    if (missing > 0) this.memory.grow(Math.ceil(missing / PAGE_BYTES));
    return layout;
  }

  /** Views of A, B and C inside the memory; take them again after prepare() because growing replaces the buffer. */
  views(layout: WasmLayout, { m, k, n }: MatmulShape) {
    const buffer = this.memory.buffer;
    return {
      a: new Float32Array(buffer, layout.a, m * k),
      b: new Float32Array(buffer, layout.b, k * n),
      c: new Float32Array(buffer, layout.c, m * n),
    };
  }

  /** Computes rows start..end of C with workspace `slot`; threads each take their own rows and slot. */
  multiplyRows(layout: WasmLayout, { k, n }: MatmulShape, start: number, end: number, slot = 0): void {
    if (end <= start) return;
    const work = layout.work[slot];
    if (work === undefined) throw new RangeError(`no workspace ${slot} in a layout for ${layout.work.length} threads`);
    this.exports.matmul(end - start, k, n, layout.a + start * k * 4, layout.b, layout.c + start * n * 4, work, this.rows);
  }
}

/**
 * Runs a few small products on a throw-away instance of the module. Browsers
 * first run WebAssembly with a quick baseline compiler (V8's Liftoff, here
 * about 60x slower for this kernel) and recompile hot functions with the
 * optimising one in the background; without this, the first timed product
 * would measure the baseline code. Compiled code belongs to the module, so the
 * real instance created afterwards runs the optimised code.
 */
export async function warmUp(module: WebAssembly.Module, shared: boolean, relaxed: boolean, calls = 4): Promise<void> {
  const scratch = await WasmMatmul.instantiate(module, createMemory(shared), relaxed);
  const shape = { m: 128, k: 128, n: 128 };
  const layout = scratch.prepare(shape, 1);
  for (let i = 0; i < calls; i++) scratch.multiplyRows(layout, shape, 0, shape.m);
}

/** A single-thread CpuKernel over the module (copy in, multiply, copy out), for tests and simple callers. */
export async function wasmKernel(bytes: BufferSource, relaxed: boolean): Promise<CpuKernel> {
  const wasm = await WasmMatmul.instantiate(await WebAssembly.compile(bytes), createMemory(false), relaxed);
  return (a, b, c, shape) => {
    const layout = wasm.prepare(shape, 1);
    const views = wasm.views(layout, shape);
    views.a.set(a.subarray(0, shape.m * shape.k));
    views.b.set(b.subarray(0, shape.k * shape.n));
    wasm.multiplyRows(layout, shape, 0, shape.m);
    c.set(views.c);
  };
}
