import { defineConfig } from 'vitest/config';

// Three projects, as in Remeda: unit tests, property tests (fast-check) and type tests (expectTypeOf,
// checked by tsc, never run).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/**/*.prop.test.ts'] } },
      { test: { name: 'prop', include: ['tests/**/*.prop.test.ts'], testTimeout: 60_000 } },
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
