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

export function describeWebgl(renderer: string, vendor: string, maxTextureSize: number): WebglInfo {
  return { available: true, renderer, vendor, maxTextureSize, software: softwareRendererName(`${vendor} ${renderer}`) };
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
