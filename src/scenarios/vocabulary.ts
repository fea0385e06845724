// The model's vocabulary, written once: what kind of number each place of a scenario holds, the values
// each kind may take, and which places a simulation may vary. The schema's ranges (schema.ts), the
// simulation's checks of every draw and the kernel's refusal of a path (uncertainty/) are derived from
// these tables; a new field is one row here.
import type { Decimal } from '../decimal/core';
import { toDecimal } from '../decimal/decimal';
import { toFraction } from '../decimal/fraction';
import { fail, show, type Path } from '../errors/fail';
import { rateValue, readRate } from './rates';

/** What a number of a scenario is, which decides the values it may take. @internal */
export type ValueKind = 'rate' | 'share' | 'amount' | 'gdp' | 'fx' | 'population';

/** The values a kind may take: a lower bound (included or not), an upper bound, and the words for both. @internal */
export interface ValueRange {
  /** The lowest value. */
  readonly low: number;
  /** Whether the lowest value itself is allowed. */
  readonly lowIncluded: boolean;
  /** The highest value, included; `undefined` for none below the number limits (1e21). */
  readonly high: number | undefined;
  /** Whether the kind is read as a fraction or a percentage (`"5.5%"`), or as a plain decimal. */
  readonly percent: boolean;
  /** The rule in words, for messages: "a share of GDP is from 0 to 1". */
  readonly rule: string;
}

/** The hard range of every kind: a value outside it is an error, in a file, an override or a trial. @internal */
export const VALUE_RANGES: Readonly<Record<ValueKind, ValueRange>> = {
  rate: {
    low: -1,
    lowIncluded: false,
    high: undefined,
    percent: true,
    rule: 'a rate must be above −100% ("0.03" or "3%")',
  },
  share: {
    low: 0,
    lowIncluded: true,
    high: 1,
    percent: true,
    rule: 'a share of GDP is from 0 to 1 ("0.055" or "5.5%")',
  },
  amount: { low: 0, lowIncluded: true, high: undefined, percent: false, rule: 'an amount must not be negative' },
  gdp: { low: 0, lowIncluded: false, high: undefined, percent: false, rule: 'GDP must be above 0' },
  fx: { low: 0, lowIncluded: false, high: undefined, percent: false, rule: 'an exchange rate must be above 0' },
  population: {
    low: 1,
    lowIncluded: true,
    high: undefined,
    percent: false,
    rule: 'a population is at least 1 inhabitant',
  },
};

/** Whether a value lies in its kind's range. @internal */
export function inRange(kind: ValueKind, value: number | Decimal): boolean {
  const { low, lowIncluded, high } = VALUE_RANGES[kind];
  if (typeof value === 'number')
    return (lowIncluded ? value >= low : value > low) && (high === undefined || value <= high);
  return (lowIncluded ? value.gte(low) : value.gt(low)) && (high === undefined || value.lte(high));
}

/**
 * Read a number of a kind as a scenario file writes it (a decimal string or a safe integer; a share or a
 * rate also as a percentage), checked against its range. @internal
 */
export function readValue(kind: ValueKind, raw: unknown, path: Path = []): Decimal {
  // A rate may be written as the exact reciprocal of a number ("1/3.95"): its value is worked out.
  if (kind === 'fx') return rateValue(readRate(raw, path));
  const range = VALUE_RANGES[kind];
  const value = range.percent ? toFraction(raw, path) : toDecimal(raw, path);
  if (!inRange(kind, value))
    fail('out_of_range', `${range.rule}, received ${typeof raw === 'string' ? raw : show(raw)}`, path, raw);
  return value;
}

/**
 * The places of a scenario a simulation may vary (selectors by id), each with its kind. `written` is how
 * the refusal message names it. @internal
 */
export const VARIABLE_PATHS: readonly {
  readonly pattern: RegExp;
  readonly kind: ValueKind;
  readonly written: string;
}[] = [
  { pattern: /^economy\.gdp\.base\.amount$/, kind: 'gdp', written: 'economy.gdp.base.amount' },
  {
    pattern: /^economy\.gdp\.(known|series)\.\d{4}$/,
    kind: 'gdp',
    written: 'economy.gdp.known.<year> and .series.<year>',
  },
  {
    pattern: /^economy\.gdp\.(realGrowth|deflator|nominalGrowth)\.(\d{4}|default)$/,
    kind: 'rate',
    written: 'economy.gdp.realGrowth, .deflator and .nominalGrowth (.<year> or .default)',
  },
  {
    pattern: /^economy\.population\.(\d{4}|default)$/,
    kind: 'population',
    written: 'economy.population.<year or default>',
  },
  { pattern: /^fx\.[^.]+\.(\d{4}|default)$/, kind: 'fx', written: 'fx.<pair>.<year or default>' },
  {
    pattern: /^defence(\.related)?\.shareOfGdp\.(\d{4}|default)$/,
    kind: 'share',
    written: 'defence.shareOfGdp.<year or default> (and defence.related.…)',
  },
  {
    pattern: /^defence(\.related)?\.amounts\.\d{4}$/,
    kind: 'amount',
    written: 'defence.amounts.<year> (and defence.related.…)',
  },
  {
    pattern: /^plans\[[^\]]+\]\.(total|items\[[^\]]+\]\.amount)$/,
    kind: 'amount',
    written: 'plans[<id>].total and plans[<id>].items[<id>].amount',
  },
  {
    pattern: /^plans\[[^\]]+\]\.items\[[^\]]+\]\.share$/,
    kind: 'share',
    written: 'plans[<id>].items[<id>].share (except in plans phased by explicit amounts)',
  },
];

/** The kind of a path a simulation can vary, or `undefined` for one it cannot. @internal */
export function variableKind(path: string): ValueKind | undefined {
  return VARIABLE_PATHS.find((row) => row.pattern.test(path))?.kind;
}

/** The error for a path a simulation cannot vary, listing those it can. @internal */
export function notVariable(path: string, at: Path): never {
  return fail(
    'unknown_path',
    `${show(path)} is not a number a simulation can vary. It varies ${VARIABLE_PATHS.map((row) => row.written).join('; ')}`,
    at,
    path,
  );
}
