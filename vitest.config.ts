/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests render components with the container API when they need to.
// Two projects: `unit` runs before the build; `dist` reads the built folders (dist/, dist-fixture/)
// and runs after `npm run build` and `npm run build:fixture`.
export default getViteConfig({
  test: {
    // Test files share their workers' module cache, which halves the run on two cores; so no test
    // may rely on module-level state or on vi.mock, whose effect would leak into later files.
    isolate: false,
    // `npm test` runs the unit tests beside the type checks and lint: room for a busy machine.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/dist/**'] } },
      { extends: true, test: { name: 'dist', include: ['test/dist/**/*.test.ts'] } },
    ],
  },
});
