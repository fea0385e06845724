// The fuzz suite's rules, shared by every target: each generated input ends in a valid result or in one
// BudgetWhatIfError whose issues carry a code, a path and a message; never another error, a NaN, an
// Infinity, an undefined, a total that is not the sum of its parts, or a case that takes seconds.
//
// Quick (CI, `npm run fuzz:quick`): a fixed seed and FUZZ_RUNS (default 3,000) cases per target.
// Long (`npm run fuzz`): FUZZ_RUNS=100000 and FUZZ_SEED=random, a new seed each run, printed first and
// in every failure (fast-check prints `{ seed, path }` to replay it: FUZZ_SEED=<seed>).
import fc from 'fast-check';
import { expect } from 'vitest';
import { isBudgetWhatIfError, type Decimal, type Money } from '../../src/index';
import type { ScenarioResult } from '../../src/scenarios/index';

const runsText = process.env['FUZZ_RUNS'];
const seedText = process.env['FUZZ_SEED'];

/** Cases per target. */
export const RUNS = runsText === undefined ? 3000 : Number(runsText);
/** The seed of this run: fixed unless FUZZ_SEED says `random` or a number. */
export const SEED =
  seedText === 'random' ? Math.floor(Math.random() * 2 ** 31) : seedText === undefined ? 20261129 : Number(seedText);
if (seedText !== undefined) console.log(`fuzz: ${String(RUNS)} cases per target, seed ${String(SEED)}`);

/** The longest one case may take: a case slower than this is a failure (a hang in the making). */
const SLOW_MS = 3000;

/** Every code an issue may carry (src/errors/codes.ts). */
const CODES = new Set([
  'invalid_number',
  'unsafe_number',
  'invalid_rounding_mode',
  'invalid_scale',
  'unknown_currency',
  'currency_mismatch',
  'division_by_zero',
  'invalid_ratios',
  'empty_input',
  'inexact_minor_units',
  'invalid_type',
  'out_of_range',
  'invalid_interval',
  'invalid_quote',
  'invalid_date',
  'no_rate',
  'invalid_year',
  'missing_year',
  'invalid_plan',
  'invalid_phasing',
  'unknown_id',
  'unknown_key',
  'unknown_path',
  'missing_field',
  'invalid_metric',
  'no_solution',
  'invalid_syntax',
  'precision_exceeded',
  'input_too_large',
]);

/**
 * Run `check` on `runs` cases of `arbitrary` (the quick or the long count) with this run's seed; a case
 * that throws anything but a clean BudgetWhatIfError, breaks `check`, or takes over 3 s fails.
 */
export function fuzz<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void, runs: number = RUNS): void {
  fc.assert(
    fc.property(arbitrary, (value) => {
      const started = performance.now();
      try {
        check(value);
      } catch (error) {
        expectCleanError(error);
      }
      const took = performance.now() - started;
      if (took > SLOW_MS) throw new Error(`a case took ${took.toFixed(0)} ms`);
    }),
    { numRuns: runs, seed: SEED, endOnFailure: true },
  );
}

/** {@link fuzz} for async checks (the CLI). */
export async function fuzzAsync<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => Promise<void>,
  runs: number = RUNS,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      const started = performance.now();
      await check(value);
      const took = performance.now() - started;
      if (took > SLOW_MS) throw new Error(`a case took ${took.toFixed(0)} ms`);
    }),
    { numRuns: runs, seed: SEED, endOnFailure: true },
  );
}

/** A thrown value must be a BudgetWhatIfError whose every issue has a known code, a path and a message. */
export function expectCleanError(error: unknown): void {
  if (!isBudgetWhatIfError(error)) throw error;
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(CODES.has(issue.code), `unknown code ${issue.code}`).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(['string', 'number']).toContain(typeof key);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message.length, 'a message that echoes a huge input').toBeLessThan(2000);
  }
}

/**
 * A result must hold no NaN, Infinity or undefined, add up (every total the sum of its parts, every
 * schedule across and down), and survive JSON: written, read back and written again, the same text.
 */
export function checkResult(result: ScenarioResult): void {
  checkValues(result, 'result');
  const sum = (values: readonly Money[]): string =>
    values
      .reduce<Decimal | undefined>(
        (total, value) => (total === undefined ? value.amount : total.plus(value.amount)),
        undefined,
      )
      ?.toFixed() ?? '0';
  expect(result.defence.total.amount.toFixed()).toBe(sum(Object.values(result.defence.byYear)));
  if (result.related !== undefined)
    expect(result.related.total.amount.toFixed()).toBe(sum(Object.values(result.related.byYear)));
  expect(result.totals.gdp.amount.toFixed()).toBe(sum(Object.values(result.gdp)));
  for (const plan of result.plans) {
    expect(sum(plan.schedule.rows.map((row) => row.total))).toBe(plan.total.amount.toFixed());
    for (const row of plan.schedule.rows) expect(sum(Object.values(row.items))).toBe(row.total.amount.toFixed());
    for (const item of plan.schedule.items)
      expect(sum(plan.schedule.rows.flatMap((row) => row.items[item.id] ?? []))).toBe(item.amount.amount.toFixed());
  }
  for (const view of Object.values(result.views)) {
    expect(view.defence.total.amount.toFixed()).toBe(sum(Object.values(view.defence.byYear)));
    for (const plan of Object.values(view.plans))
      expect(plan.total.amount.toFixed()).toBe(sum(Object.values(plan.byYear)));
  }
  const json = JSON.stringify(result);
  expect(JSON.stringify(JSON.parse(json))).toBe(json);
}

/** Walk a value: no NaN or infinite number or Decimal, no undefined property. */
export function checkValues(value: unknown, at: string): void {
  const stack: { value: unknown; at: string }[] = [{ value, at }];
  const seen = new Set<object>();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const current = next.value;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) throw new Error(`${next.at} is ${String(current)}`);
      continue;
    }
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (isDecimalValue(current)) {
      if (!current.isFinite()) throw new Error(`${next.at} is ${current.toString()}`);
      continue;
    }
    for (const [key, child] of Object.entries(current)) {
      if (child === undefined) throw new Error(`${next.at}.${key} is undefined`);
      stack.push({ value: child, at: `${next.at}.${key}` });
    }
  }
}

function isDecimalValue(value: object): value is Decimal {
  return (value as { toStringTag?: unknown }).toStringTag === '[object Decimal]';
}
