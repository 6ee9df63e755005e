/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests render components with the container API when they need to.
export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
  },
});
