// Loaded only by vitest.stryker.config.ts: fewer property-test runs per mutant, still a fixed seed.
import * as fc from 'fast-check';

fc.configureGlobal({ numRuns: 25, seed: 20261129 });
