/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests render components with the container API when they need to.
export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Test files share their workers' module cache, which halves the run on two cores; so no test
    // may rely on module-level state or on vi.mock, whose effect would leak into later files.
    isolate: false,
  },
});
