import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/**
 * Two projects: `unit` (happy-dom with WXT's fake browser) and `browser` (real Chromium through
 * playwright-core, loading the extension that `npm run build` produced).
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          // franc comes from node_modules, which Node loads itself: the loader hook gives it the
          // engine's language models, as the extension build and the command line have them.
          execArgv: ['--import', './lib/build/franc-node.mjs'],
          include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
