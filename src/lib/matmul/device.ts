import type { BackendId } from './backends.ts';

/**
 * Recognising software implementations of WebGL and WebGPU, so their timings
 * are never presented as GPU speed: SwiftShader (Chromium's CPU emulation),
 * llvmpipe / softpipe (Mesa), WARP and the Microsoft Basic Render Driver
 * (Windows), Apple's software renderer.
 */
const SOFTWARE_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/swiftshader/i, 'SwiftShader'],
  [/llvmpipe/i, 'llvmpipe'],
  [/softpipe/i, 'softpipe'],
  [/lavapipe/i, 'lavapipe'],
  [/\bwarp\b|basic render driver/i, 'WARP'],
  [/apple software renderer/i, 'Apple software renderer'],
];

/** The software implementation a renderer or adapter string names, or null for hardware (or unknown). */
export function softwareRendererName(description: string): string | null {
  for (const [pattern, name] of SOFTWARE_PATTERNS) if (pattern.test(description)) return name;
  return null;
}

export interface WebglInfo {
  readonly available: true;
  /** UNMASKED_RENDERER_WEBGL when the browser exposes it, else RENDERER. */
  readonly renderer: string;
  readonly vendor: string;
  readonly maxTextureSize: number;
  /** Outputs a fragment shader can write at once (MAX_DRAW_BUFFERS, at most MAX_COLOR_ATTACHMENTS): what bounds the webgl2 kernel's block. */
  readonly maxDrawBuffers: number;
  readonly software: string | null;
}

export interface WebgpuInfo {
  readonly available: true;
  /** vendor / architecture / device / description joined, as the adapter reports them (may be empty). */
  readonly adapter: string;
  readonly isFallbackAdapter: boolean;
  readonly maxStorageBufferBindingSize: number;
  readonly maxBufferSize: number;
  readonly software: string | null;
}

export interface Unavailable {
  readonly available: false;
  readonly reason: 'no-webgl2' | 'no-webgpu-api' | 'no-webgpu-adapter' | 'not-isolated' | 'no-wasm-simd' | 'probe-failed';
  readonly detail?: string;
}

/** A probe that threw: the feature is reported unavailable with the error, never assumed. */
export const probeFailed = (error: unknown): Unavailable => ({ available: false, reason: 'probe-failed', detail: String(error) });

/** `maxDrawBuffers` defaults to 4, the least WebGL2 guarantees. */
export function describeWebgl(renderer: string, vendor: string, maxTextureSize: number, maxDrawBuffers = 4): WebglInfo {
  return { available: true, renderer, vendor, maxTextureSize, maxDrawBuffers, software: softwareRendererName(`${vendor} ${renderer}`) };
}

/** A fallback adapter is a software one by definition even if its strings name nothing we know. */
export function describeWebgpu(
  info: { vendor?: string; architecture?: string; device?: string; description?: string },
  isFallbackAdapter: boolean,
  limits: { maxStorageBufferBindingSize: number; maxBufferSize: number },
): WebgpuInfo {
  const adapter = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' / ');
  const named = softwareRendererName(adapter);
  return {
    available: true,
    adapter,
    isFallbackAdapter,
    maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
    maxBufferSize: limits.maxBufferSize,
    software: named ?? (isFallbackAdapter ? 'fallback adapter' : null),
  };
}

/** What a browser offers the lab, as the page probes it (src/workers/bridge/device-probe.ts). */
export interface DeviceReport {
  readonly webgl2: WebglInfo | Unavailable;
  readonly webgpu: WebgpuInfo | Unavailable;
  readonly isolated: boolean;
  readonly threads: number;
  readonly wasmSimd: boolean;
  readonly wasmThreads: boolean;
}

/** Null when the backend can run on this device, else why not. */
export function unavailability(id: BackendId, device: DeviceReport): Unavailable | null {
  switch (id) {
    case 'wasm-simd':
      return device.wasmSimd ? null : { available: false, reason: 'no-wasm-simd' };
    case 'wasm-simd-threads':
      if (!device.wasmSimd) return { available: false, reason: 'no-wasm-simd' };
      return device.isolated && device.wasmThreads ? null : { available: false, reason: 'not-isolated' };
    case 'webgl2':
      return device.webgl2.available ? null : device.webgl2;
    case 'webgpu':
      return device.webgpu.available ? null : device.webgpu;
    default:
      return null;
  }
}

/** The software renderer a backend's numbers come from, or null (CPU backends, hardware GPUs). */
export function softwareOf(id: BackendId, device: DeviceReport): string | null {
  if (id === 'webgl2' && device.webgl2.available) return device.webgl2.software;
  if (id === 'webgpu' && device.webgpu.available) return device.webgpu.software;
  return null;
}

/** The GPU a backend runs on as the browser names it; empty for CPU backends. */
export function adapterOf(id: BackendId, device: DeviceReport): string {
  if (id === 'webgl2' && device.webgl2.available) return device.webgl2.renderer;
  if (id === 'webgpu' && device.webgpu.available) return device.webgpu.adapter;
  return '';
}
