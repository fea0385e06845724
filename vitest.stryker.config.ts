import { defineConfig } from 'vitest/config';

// The tests that mutation testing runs (npm run mutate): unit and property tests in one project (no type
// tests: Stryker mutates what runs). Property tests take fewer runs here (tests/helpers/stryker-setup.ts),
// since each mutant runs every test that covers it.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/helpers/stryker-setup.ts'],
    testTimeout: 60_000,
  },
});
