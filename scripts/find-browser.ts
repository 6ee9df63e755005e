import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface BrowserChoice {
  /** Path to the Chromium binary, or undefined to let Playwright use its own download. */
  executablePath: string | undefined;
  /** Where the choice came from, for messages. */
  source: 'CHROMIUM_PATH' | '/usr/bin/chromium' | 'playwright';
}

const debianChromium = '/usr/bin/chromium';

/**
 * The browser the end-to-end tests and the benchmark drive: CHROMIUM_PATH, else Debian's
 * Chromium, else Playwright's own Chromium when it has been installed. Null when there is none.
 */
export function findBrowser(): BrowserChoice | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'CHROMIUM_PATH' } : null;
  if (existsSync(debianChromium)) return { executablePath: debianChromium, source: '/usr/bin/chromium' };
  return existsSync(chromium.executablePath()) ? { executablePath: undefined, source: 'playwright' } : null;
}

export const installHint =
  'No Chromium for the end-to-end tests: install one with `sudo apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.';

/**
 * Flags for headless Chromium: WebGPU through SwiftShader (a CPU emulation, never reported as
 * GPU speed), and no background traffic, since pages must not reach anything but localhost.
 */
export const chromiumArgs = [
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-webgpu-adapter=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
