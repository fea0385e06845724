import { defineConfig } from 'vitest/config';
import { packageAlias } from './vitest.config';

// The tests that mutation testing runs (npm run mutate): unit and property tests in one project (no type
// tests: Stryker mutates what runs). Property tests take fewer runs here (tests/helpers/stryker-setup.ts),
// since each mutant runs every test that covers it.
export default defineConfig({
  resolve: { alias: packageAlias },
  test: {
    include: ['tests/**/*.test.ts'],
    // Not here: the fuzz suite (thousands of cases a test), the examples (child processes, whose coverage
    // Stryker cannot see) and the CLI (it renders charts); none of them is where a layer's rules are pinned.
    exclude: ['tests/**/*.fuzz.test.ts', 'tests/examples.test.ts', 'tests/cli/**'],
    setupFiles: ['tests/helpers/stryker-setup.ts'],
    testTimeout: 60_000,
  },
});
