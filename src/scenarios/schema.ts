// The zod schema of a scenario file. It checks the shape and writes numbers in one canonical form
// (decimal strings; shares and rates as fractions); the meaning (plans add up, GDP covers the years,
// target ids exist) is checked by compile.ts. Kept in this layer only: zod loads with
// `budget-whatif/scenarios`, never with the core import.
import * as z from 'zod';
import type { Decimal } from '../decimal/core';
import { toFraction } from '../decimal/fraction';
import { toDecimal } from '../decimal/decimal';
import { ROUNDING_MODES } from '../decimal/rounding';
import { fail, show } from '../errors/fail';
import { isBudgetWhatIfError } from '../errors/isBudgetWhatIfError';
import type { ErrorCode } from '../errors/codes';

interface Coded {
  readonly code: ErrorCode;
  readonly message: string;
}

/** Run a check that throws our errors, turning its first issue into a zod issue. */
function refine<T>(read: (value: unknown) => T): (value: unknown, ctx: z.core.$RefinementCtx) => T {
  return (value, ctx) => {
    try {
      return read(value);
    } catch (error) {
      if (!isBudgetWhatIfError(error)) throw error;
      const issue = error.issues[0] as Coded;
      ctx.addIssue({ code: 'custom', message: issue.message, params: { code: issue.code }, input: value });
      return z.NEVER;
    }
  };
}

const numberLike = z.union([z.string(), z.number()], {
  error: (issue) => `expected a number written as a string ("1100000000", "0.055"), received ${describe(issue.input)}`,
});

/** A decimal number (an amount), written canonically. */
const decimalText = numberLike.transform(refine((value) => toDecimal(value).toString()));

/** A share of GDP: `"0.055"` or `"5.5%"`, from 0 to 1, written as a fraction. */
const share = numberLike.transform(
  refine((value) => {
    const fraction = fractionOf(value);
    if (fraction.lt(0) || fraction.gt(1)) {
      fail('out_of_range', `a share of GDP is from 0 to 1 ("0.055" or "5.5%"), received ${String(value)}`);
    }
    return fraction.toString();
  }),
);

/** A yearly rate (growth, inflation): `"0.03"` or `"3%"`, above −100%, written as a fraction. */
const rate = numberLike.transform(
  refine((value) => {
    const fraction = fractionOf(value);
    if (fraction.lte(-1)) fail('out_of_range', `a rate must be above −100%, received ${String(value)}`);
    return fraction.toString();
  }),
);

function fractionOf(value: unknown): Decimal {
  return toFraction(value, []);
}

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
  url: z.string().optional(),
  published: z.string().optional(),
  quoted: z.string().optional(),
  note: z.string().optional(),
});
const assumption = z.strictObject({ about: z.string(), statement: z.string(), reason: z.string() });

const phasing = z.strictObject({
  kind: z.enum(['even', 'weights', 'front-loaded', 'back-loaded', 's-curve', 'amounts'], {
    error: (issue) =>
      `expected one of even, weights, front-loaded, back-loaded, s-curve, amounts, received ${describe(issue.input)}`,
  }),
  weights: z.array(decimalText).optional(),
  ratio: decimalText.optional(),
  steepness: decimalText.optional(),
  amounts: byYear(decimalText).optional(),
});

const planItem = z.strictObject({
  id: z.string(),
  name: z.string().optional(),
  amount: decimalText.optional(),
  share: share.optional(),
  remainder: z.boolean().optional(),
  phasing: phasing.optional(),
  years: range.optional(),
});

const plan = z.strictObject({
  id: z.string(),
  name: z.string().optional(),
  total: decimalText,
  years: range,
  phasing: phasing.optional(),
  items: z.array(planItem),
  priceBasis: z
    .union([z.strictObject({ kind: z.literal('nominal') }), z.strictObject({ kind: z.literal('constant'), year })])
    .optional(),
  sources: z.array(source).optional(),
  assumptions: z.array(assumption).optional(),
});

const bound = z.union([share, z.strictObject({ amount: decimalText })]);
const target = z.union([
  z.string(),
  z.strictObject({
    id: z.string(),
    name: z.string(),
    category: z.enum(['defence', 'defence-related', 'defence-and-related']).optional(),
    atLeast: bound.optional(),
    atMost: bound.optional(),
    from: year.optional(),
    until: year.optional(),
    by: year.optional(),
    start: z.strictObject({ year, value: bound }).optional(),
    wording: z.string().optional(),
    note: z.string().optional(),
    sources: z.array(source).optional(),
  }),
]);

const spending = z.strictObject({
  shareOfGdp: byYearWithDefault(share).optional(),
  amounts: byYear(decimalText).optional(),
});

/** The schema of a scenario file. @internal */
export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1, { error: 'a scenario needs a name' }),
  description: z.string().optional(),
  currency: z.string(),
  years: range,
  economy: z.strictObject({
    gdp: z.strictObject({
      base: z.strictObject({ year, amount: decimalText }).optional(),
      known: byYear(decimalText).optional(),
      series: byYear(decimalText).optional(),
      realGrowth: byYearWithDefault(rate).optional(),
      deflator: byYearWithDefault(rate).optional(),
      nominalGrowth: byYearWithDefault(rate).optional(),
    }),
    population: byYearWithDefault(decimalText).optional(),
  }),
  fx: z
    .record(
      z.string().regex(/^[A-Z]{3}\/[A-Z]{3}$/, {
        error: (issue) => `expected a currency pair such as "EUR/USD", received ${describe(issue.input)}`,
      }),
      byYearWithDefault(decimalText),
    )
    .optional(),
  defence: spending.extend({ related: spending.optional() }),
  plans: z.array(plan).optional(),
  targets: z.array(target).optional(),
  rounding: z
    .strictObject({
      mode: z
        .enum(['half-even', 'half-up', 'half-down', 'up', 'down', 'ceil', 'floor'], {
          error: (issue) => `expected one of ${ROUNDING_MODES.join(', ')}, received ${describe(issue.input)}`,
        })
        .optional(),
    })
    .optional(),
  sources: z.array(source).optional(),
  assumptions: z.array(assumption).optional(),
});

/** A short rendition of a value for messages. @internal */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return show(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : 'an object';
}
