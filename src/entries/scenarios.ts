/**
 * `budget-whatif/scenarios`: the scenario file (its zod schema and JSON Schema), `evaluate`, and the
 * what-if tools: overrides, `compare`, `sweep`, `goalSeek`, `tornado`. In an entry point of its own so
 * that `import { money } from 'budget-whatif'` does not load zod (about 60 ms).
 *
 * @packageDocumentation
 * @module budget-whatif/scenarios
 */
export * from '../scenarios/index';
