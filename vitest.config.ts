import { defineConfig } from 'vitest/config';

// Four projects: unit tests, property tests (fast-check) and type tests (expectTypeOf, checked by tsc,
// never run), as in Remeda; and the fuzz suite.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.prop.test.ts', 'tests/**/*.fuzz.test.ts'],
        },
      },
      { test: { name: 'prop', include: ['tests/**/*.prop.test.ts'], testTimeout: 60_000 } },
      // Hostile input (tests/fuzz/harness.ts): quick with a fixed seed in CI, long with `npm run fuzz`.
      { test: { name: 'fuzz', include: ['tests/**/*.fuzz.test.ts'], testTimeout: 3_600_000 } },
      {
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
});
