// @ts-check
// Mutation testing (npm run mutate): which rules of the code no test pins down. `npm run mutate -- --mutate
// 'src/money/**/*.ts'` runs one folder. Scores per folder are in docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: ['src/{money,plans,quotes,fx,series,economy,scenarios}/**/*.ts', '!src/**/index.ts', '!src/**/types.ts'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'coverage/mutation/mutation.json' },
  htmlReporter: { fileName: 'coverage/mutation/mutation.html' },
  concurrency: 2,
  timeoutMS: 20000,
  ignoreStatic: true,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  // Re-test only the mutants whose code or tests changed since the last run (coverage/mutation/incremental.json).
  incremental: true,
  incrementalFile: 'coverage/mutation/incremental.json',
  cleanTempDir: true,
};
export default config;
