import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Four projects: unit tests, property tests (fast-check) and type tests (expectTypeOf, checked by tsc,
// never run), as in Remeda; and the fuzz suite.
/**
 * The package's own names, for code that imports it as users do (the what-if page, page/src): the sources,
 * as tsconfig.json's paths map them, so that tests run on a clean clone before any build.
 */
export const packageAlias = [
  { find: /^budget-whatif$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  {
    find: /^budget-whatif\/(ecb|scenarios|uncertainty|reports)$/,
    replacement: fileURLToPath(new URL('./src/entries/$1.ts', import.meta.url)),
  },
];

// Each project extends this root: the alias applies to all of them.
export default defineConfig({
  resolve: { alias: packageAlias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.prop.test.ts', 'tests/**/*.fuzz.test.ts'],
        },
      },
      { extends: true, test: { name: 'prop', include: ['tests/**/*.prop.test.ts'], testTimeout: 60_000 } },
      // Hostile input (tests/fuzz/harness.ts): quick with a fixed seed in CI, long with `npm run fuzz`.
      { extends: true, test: { name: 'fuzz', include: ['tests/**/*.fuzz.test.ts'], testTimeout: 3_600_000 } },
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
});
