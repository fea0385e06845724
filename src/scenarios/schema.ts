// The zod schema of a scenario file. It checks the shape and writes numbers in one canonical form
// (decimal strings; shares and rates as fractions); the meaning (plans add up, GDP covers the years,
// target ids exist) is checked by compile.ts. Kept in this layer only: zod loads with
// `budget-whatif/scenarios`, never with the core import.
import { tryStep } from '../errors/tryStep';
import { canonicalRate } from './rates';
import * as z from 'zod';
import { toDecimal } from '../decimal/decimal';
import { ROUNDING_MODES } from '../decimal/rounding';
import { show } from '../errors/fail';
import type { ErrorCode } from '../errors/codes';
import { readValue, type ValueKind } from './vocabulary';
import { SCENARIO_LIMITS } from './limits';

interface Coded {
  readonly code: ErrorCode;
  readonly message: string;
}

/** Run a check that throws our errors, turning its first issue into a zod issue. */
function refine<T>(read: (value: unknown) => T): (value: unknown, ctx: z.core.$RefinementCtx) => T {
  return (value, ctx) => {
    const outcome = tryStep(() => read(value));
    if ('value' in outcome) return outcome.value;
    const issue = outcome.error.issues[0] as Coded;
    ctx.addIssue({ code: 'custom', message: issue.message, params: { code: issue.code }, input: value });
    return z.NEVER;
  };
}

const numberLike = z.union([z.string(), z.number()], {
  error: (issue) => `expected a number written as a string ("1100000000", "0.055"), received ${describe(issue.input)}`,
});

/** A decimal number (an amount), written canonically. */
const decimalText = numberLike.transform(refine((value) => toDecimal(value).toString()));

/** A number of a kind (vocabulary.ts), checked against its range and written canonically: shares and rates as fractions. */
const valueOf = (kind: ValueKind): ReturnType<typeof numberLike.transform<string>> =>
  numberLike.transform(refine((value) => readValue(kind, value).toString()));

const share = valueOf('share');
const rate = valueOf('rate');
const amount = valueOf('amount');
const gdp = valueOf('gdp');
/** A rate: a decimal, or the exact reciprocal of one, kept as written (`"1/3.95"`). */
const fx = numberLike.transform(refine((value) => canonicalRate(value)));
const population = valueOf('population');

const year = z
  .number({ error: (issue) => `expected a year (a whole number such as 2030), received ${describe(issue.input)}` })
  .int({ error: (issue) => `expected a whole year, received ${describe(issue.input)}` })
  .min(1900, { error: 'a year must be from 1900 to 2200' })
  .max(2200, { error: 'a year must be from 1900 to 2200' });

const yearKey = z.string().regex(/^\d{4}$/, {
  error: (issue) => `expected a year such as "2030" as the key, received ${describe(issue.input)}`,
});
const yearOrDefaultKey = z.string().regex(/^(\d{4}|default)$/, {
  error: (issue) => `expected a year such as "2030" or "default" as the key, received ${describe(issue.input)}`,
});

const byYear = <T extends z.ZodType>(value: T): z.ZodRecord<typeof yearKey, T> => z.record(yearKey, value);
const byYearWithDefault = <T extends z.ZodType>(value: T): z.ZodRecord<typeof yearOrDefaultKey, T> =>
  z.record(yearOrDefaultKey, value);

const range = z.strictObject({ from: year, to: year });

const source = z.strictObject({
  publisher: z.string(),
  title: z.string(),
  url: z.string().exactOptional(),
  published: z.string().exactOptional(),
  quoted: z.string().exactOptional(),
  note: z.string().exactOptional(),
  about: z.string().exactOptional(),
});
const assumption = z.strictObject({ about: z.string(), statement: z.string(), reason: z.string() });

// A value before or after a change: whatever a scenario file can hold (text, numbers, lists, objects, as
// deep as a file may nest), so that a result with it always writes out as JSON.
const jsonValue = z.unknown().superRefine((value, ctx) => {
  if (!isJsonValue(value, SCENARIO_LIMITS.depth))
    ctx.addIssue({
      // Stryker disable next-line StringLiteral,ObjectLiteral: an issue of any other or no code is read as invalid_type too (issues.ts).
      code: 'custom',
      message: `a value before or after a change is what a scenario file can hold (text, finite numbers, true/false, null, lists and objects, nested at most ${String(SCENARIO_LIMITS.depth)} deep), received ${describe(value)}`,
      // Stryker disable next-line ObjectLiteral: as above.
      params: { code: 'invalid_type' },
      input: value,
    });
});
const change = z.strictObject({
  path: z.string(),
  before: jsonValue.exactOptional(),
  after: jsonValue.exactOptional(),
  from: z.string(),
});

/** Whether a value is plain JSON, nested at most `depth` levels (so never circular). */
function isJsonValue(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth === 0) return false;
  // Stryker disable next-line ArithmeticOperator: checkDepth refuses a document nested this deep before the schema reads it.
  if (Array.isArray(value)) return value.every((element) => isJsonValue(element, depth - 1));
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  // Stryker disable next-line ArithmeticOperator: as above.
  return Object.values(value).every((element) => isJsonValue(element, depth - 1));
}

const phasing = z.strictObject({
  kind: z.enum(['even', 'weights', 'front-loaded', 'back-loaded', 's-curve', 'amounts'], {
    error: (issue) =>
      `expected one of even, weights, front-loaded, back-loaded, s-curve, amounts, received ${describe(issue.input)}`,
  }),
  weights: z.array(decimalText).exactOptional(),
  ratio: decimalText.exactOptional(),
  steepness: decimalText.exactOptional(),
  amounts: byYear(amount).exactOptional(),
});

const planItem = z.strictObject({
  id: z.string(),
  name: z.string().exactOptional(),
  amount: amount.exactOptional(),
  share: share.exactOptional(),
  remainder: z.boolean().exactOptional(),
  phasing: phasing.exactOptional(),
  years: range.exactOptional(),
});

const plan = z.strictObject({
  id: z.string(),
  name: z.string().exactOptional(),
  total: amount,
  currency: z.string().exactOptional(),
  years: range,
  phasing: phasing.exactOptional(),
  items: z.array(planItem),
  priceBasis: z
    .union([z.strictObject({ kind: z.literal('nominal') }), z.strictObject({ kind: z.literal('constant'), year })])
    .exactOptional(),
  sources: z.array(source).exactOptional(),
  assumptions: z.array(assumption).exactOptional(),
});

const bound = z.union([share, z.strictObject({ amount, currency: z.string().exactOptional() })]);
const target = z.union([
  z.string(),
  z.strictObject({
    id: z.string(),
    name: z.string(),
    category: z.enum(['defence', 'defence-related', 'defence-and-related']).exactOptional(),
    counts: z
      .array(
        z.strictObject({
          category: z.enum(['defence', 'defence-related']),
          upTo: bound.exactOptional(),
        }),
      )
      .exactOptional(),
    countsUpTo: bound.exactOptional(),
    atLeast: bound.exactOptional(),
    atMost: bound.exactOptional(),
    from: year.exactOptional(),
    until: year.exactOptional(),
    by: year.exactOptional(),
    start: z.strictObject({ year, value: bound }).exactOptional(),
    wording: z.string().exactOptional(),
    note: z.string().exactOptional(),
    sources: z.array(source).exactOptional(),
  }),
]);

const spending = z.strictObject({
  shareOfGdp: byYearWithDefault(share).exactOptional(),
  amounts: byYear(amount).exactOptional(),
  currency: z.string().exactOptional(),
});

/** The schema of a scenario file. @internal */
export const scenarioSchema = z.strictObject({
  $schema: z.string().exactOptional(),
  name: z.string().min(1, { error: 'a scenario needs a name' }),
  description: z.string().exactOptional(),
  currency: z.string(),
  years: range,
  economy: z.strictObject({
    gdp: z.strictObject({
      base: z.strictObject({ year, amount: gdp }).exactOptional(),
      known: byYear(gdp).exactOptional(),
      series: byYear(gdp).exactOptional(),
      realGrowth: byYearWithDefault(rate).exactOptional(),
      deflator: byYearWithDefault(rate).exactOptional(),
      nominalGrowth: byYearWithDefault(rate).exactOptional(),
      vintage: z.string().min(1, { error: 'a GDP vintage is a name such as "Eurostat, 2025 vintage"' }).exactOptional(),
    }),
    population: byYearWithDefault(population).exactOptional(),
  }),
  fx: z
    .record(
      z.string().regex(/^[A-Z]{3}\/[A-Z]{3}$/, {
        error: (issue) => `expected a currency pair such as "EUR/USD", received ${describe(issue.input)}`,
      }),
      byYearWithDefault(fx),
    )
    .exactOptional(),
  defence: spending.extend({ related: spending.exactOptional() }),
  plans: z.array(plan).exactOptional(),
  targets: z.array(target).exactOptional(),
  rounding: z
    .strictObject({
      mode: z
        .enum(['half-even', 'half-up', 'half-down', 'up', 'down', 'ceil', 'floor'], {
          error: (issue) => `expected one of ${ROUNDING_MODES.join(', ')}, received ${describe(issue.input)}`,
        })
        .exactOptional(),
    })
    .exactOptional(),
  sources: z.array(source).exactOptional(),
  assumptions: z.array(assumption).exactOptional(),
  published: z
    .array(
      z.strictObject({
        metric: z.string(),
        value: z.union([share, amount]),
        source,
        gdp: z
          .string()
          .min(1, {
            error: 'the GDP a published share divides by is a name, such as "the Finance Ministry’s projection"',
          })
          .exactOptional(),
        note: z.string().exactOptional(),
      }),
    )
    .exactOptional(),
  changes: z.array(change).exactOptional(),
});

/** A short rendition of a value for messages. @internal */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return show(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : 'an object';
}
