// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Which folder may import what. Type checks keep each realm's globals apart (one tsconfig per
// realm); these rules cover what a library setting cannot: .astro files run in Node at build
// time, yet reach the disk only through src/node/, and browser code never sees node:* or astro:*.
const nodeBuiltins = { group: ['node:*', ...builtinModules], message: 'Node built-ins belong in src/node/ or scripts/.' };
const astroVirtual = { group: ['astro:*'], message: 'astro:* modules exist only inside Astro pages and components.' };
const browserOnly = {
  group: ['**/islands/**', '**/client/**', '**/workers/**', '*.svelte'],
  message: 'Browser code does not run in Node.',
};

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', 'test-results/', 'playwright-report/', 'node_modules/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs['flat/recommended'],
  astro.configs['flat/recommended'],
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  // Type-aware rules where async code lives: the islands, the workers and their bridges, the lab
  // engine. A promise nobody awaits there hides a failed benchmark; elsewhere the cost of building
  // every realm's program for ESLint does not fit the suite's time budget.
  {
    files: ['src/islands/**/*.{ts,svelte}', 'src/client/**/*.ts', 'src/workers/**/*.ts', 'src/lib/matmul/**/*.ts'],
    ignores: ['**/*.d.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.browser.json', './src/workers/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  // Browser realm: islands, client scripts, pure logic, strings, schemas, workers and their bridges.
  {
    files: ['src/demos.ts', 'src/islands/**', 'src/client/**', 'src/lib/**', 'src/i18n/**', 'src/schemas/**', 'src/workers/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltins, astroVirtual] }] },
  },
  // Astro realm: build-time code that ships <script> tags; the disk is reached through src/node/.
  {
    files: ['src/components/**', 'src/layouts/**', 'src/pages/**', 'src/figures/**', 'src/collections/**', 'src/*.config.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltins] }] },
  },
  // Node realm: command-line tools, build plugins, disk access and tool configs.
  {
    files: ['scripts/**', 'src/node/**', '*.config.{js,mjs,ts}'],
    ignores: ['scripts/bench-tfjs-page.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', { patterns: [browserOnly] }] },
  },
  {
    files: ['scripts/bench-tfjs-page.ts'],
    languageOptions: { globals: globals.browser },
  },
  // Tests run in Node; Playwright tests and the bench also hand callbacks to the page.
  {
    files: ['test/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['e2e/**', 'scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
