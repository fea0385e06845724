// GDP and population by scenario year.
import { LARGEST_EXPONENT, NUMBER_LIMITS } from '../decimal/limits';
import type { Decimal } from '../decimal/core';
import { toDecimal } from '../decimal/decimal';
import type { RoundingMode } from '../decimal/rounding';
import { gdpPath, type GdpPathInput } from '../economy/gdpPath';
import { fail, type Path } from '../errors/fail';
import { makeMoney, type Money } from '../money/core';
import { round } from '../money/round';
import type { YearSeries } from '../series/types';
import { memo, type PartCache } from './compileMemo';
import type { Scenario, YearlyValues } from './types';

const gdpMemo: PartCache<YearSeries<Money>> = new WeakMap();
const populationMemo: PartCache<CompiledPopulation> = new WeakMap();

/** Population by year, and a warning for the years without one. @internal */
export interface CompiledPopulation {
  readonly values: YearSeries<Decimal>;
  readonly warning?: string;
}

/** Nominal GDP by scenario year, rounded to the minor unit; kept while its part, currency, mode and years stay. @internal */
export function gdpOf(
  scenario: Scenario,
  currency: string,
  mode: RoundingMode,
  years: readonly number[],
  key: string,
): YearSeries<Money> {
  // Frozen: the same series is shared by every evaluation of this part, and by each result's `gdp`.
  return memo(gdpMemo, scenario.economy.gdp, key, () => Object.freeze(compileGdp(scenario, currency, mode, years)));
}

/** Population by scenario year (kept with its warning while its part and the years stay). @internal */
export function populationOf(
  values: YearlyValues | undefined,
  years: readonly number[],
  key: string,
): CompiledPopulation {
  return values === undefined
    ? // Stryker disable next-line ObjectLiteral: no population reads as no values either way.
      { values: {} }
    : memo(populationMemo, values, key, () => compilePopulation(values, years));
}

function compileGdp(
  scenario: Scenario,
  currency: string,
  mode: RoundingMode,
  years: readonly number[],
): YearSeries<Money> {
  const spec = scenario.economy.gdp;
  const sources = [spec.base, spec.known, spec.series].filter((value) => value !== undefined).length;
  if (sources !== 1) fail('missing_field', 'GDP needs exactly one of base, known or series', [], sources);
  const money = (value: string, path: Path): Money => makeMoney(toDecimal(value, path), currency);
  const records = (values: Readonly<Record<string, string>>, name: string): YearSeries<Money> =>
    Object.fromEntries(Object.entries(values).map(([year, value]) => [Number(year), money(value, [name, year])]));
  const last = years.at(-1) ?? scenario.years.to;
  let input: GdpPathInput;
  if (spec.series !== undefined) {
    if (spec.realGrowth !== undefined || spec.deflator !== undefined || spec.nominalGrowth !== undefined) {
      fail('invalid_type', 'an explicit GDP series takes no growth rates', [
        spec.nominalGrowth === undefined ? 'realGrowth' : 'nominalGrowth',
      ]);
    }
    input = { series: records(spec.series, 'series') };
  } else {
    const start: { base: { year: number; amount: Money } } | { known: YearSeries<Money> } =
      spec.base === undefined
        ? { known: records(spec.known ?? {}, 'known') }
        : { base: { year: spec.base.year, amount: money(spec.base.amount, ['base', 'amount']) } };
    if (spec.nominalGrowth !== undefined) {
      if (spec.realGrowth !== undefined || spec.deflator !== undefined)
        fail('invalid_type', 'give nominalGrowth, or realGrowth and deflator, not both', ['nominalGrowth']);
      input = { ...start, nominalGrowth: spec.nominalGrowth, to: last };
    } else {
      if (spec.realGrowth === undefined)
        fail('missing_field', 'GDP needs realGrowth and deflator, or nominalGrowth', ['realGrowth']);
      if (spec.deflator === undefined) fail('missing_field', 'GDP needs a deflator with realGrowth', ['deflator']);
      input = { ...start, realGrowth: spec.realGrowth, deflator: spec.deflator, to: last };
    }
  }
  const path = gdpPath(input);
  const result: Record<number, Money> = {};
  for (const year of years) {
    const value = Object.hasOwn(path, year) ? path[year] : undefined;
    if (value === undefined)
      return fail(
        'missing_year',
        `GDP does not cover ${String(year)}: the scenario runs ${String(years[0])}–${String(last)}`,
        [],
        year,
      );
    result[year] = checkedGdp(value, year, mode);
  }
  return result;
}

/**
 * A year's GDP rounded to the minor unit, refused when it has grown beyond the largest amount (a huge
 * growth rate) or rounds to nothing (every share of it would divide by zero).
 */
function checkedGdp(value: Money, year: number, mode: RoundingMode): Money {
  if (value.amount.e > LARGEST_EXPONENT)
    return fail(
      'out_of_range',
      `GDP grows to about ${value.amount.toSignificantDigits(3).toExponential()} ${value.currency} in ${String(year)}, beyond the largest amount budget-whatif handles (${NUMBER_LIMITS.largest}): check the growth rates`,
      [],
      year,
    );
  const rounded = round(value, { mode });
  if (!rounded.amount.gt(0))
    return fail(
      'out_of_range',
      `GDP in ${String(year)} is ${value.amount.toString()} ${value.currency}, which rounds to ${rounded.amount.toFixed()}: GDP must be at least one minor unit`,
      [],
      year,
    );
  return rounded;
}

/** Population by scenario year, and a warning for the years without one (kept with the values when memoised). */
function compilePopulation(values: YearlyValues, years: readonly number[]): CompiledPopulation {
  const result: Record<number, Decimal> = {};
  const missing: number[] = [];
  for (const year of years) {
    const raw = values[String(year)] ?? values['default'];
    if (raw === undefined) {
      missing.push(year);
      continue;
    }
    // The schema has checked its range (vocabulary.ts): at least 1.
    result[year] = toDecimal(raw, [Object.hasOwn(values, String(year)) ? String(year) : 'default']);
  }
  return missing.length > 0
    ? { values: result, warning: `no population for ${missing.join(', ')}: no per-capita figures there` }
    : { values: result };
}
