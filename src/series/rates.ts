import type { Decimal } from '../decimal/core';
import type { DecimalInput } from '../decimal/decimal';
import { toFraction } from '../decimal/fraction';
import { fail, type Path } from '../errors/fail';

/**
 * Yearly rates (growth, inflation) with a default for the years not listed: `{ default: '0.03', 2025:
 * '2.4%' }`. Rates are fractions or percentages (`'0.03'` or `'3%'`; see {@link FractionInput}).
 *
 * @category Series
 * @example
 * ```ts
 * import type { RatesByYear } from 'budget-whatif';
 * const realGrowth: RatesByYear = { default: '0.03', 2025: '0.024' }; // EC Autumn 2025 for 2025, 3% after
 * ```
 */
export interface RatesByYear {
  /** The rate of every year not listed. */
  readonly default?: DecimalInput;
  /** The rate of a given year. */
  readonly [year: number]: DecimalInput;
}

/** The rate of a year: its own, or the default. Rates of −100% or less are errors (nothing compounds through them). @internal */
export function rateFor(rates: RatesByYear, year: number, path: Path): Decimal {
  const own = Object.hasOwn(rates, year) ? rates[year] : undefined;
  const raw = own ?? rates.default;
  if (raw === undefined) {
    return fail('missing_year', `no rate for ${String(year)} and no default`, path);
  }
  const rate = toFraction(raw, own === undefined ? [...path, 'default'] : [...path, year]);
  if (rate.lte(-1)) {
    fail(
      'out_of_range',
      `a rate of ${rate.times(100).toString()}% would wipe out the value; rates must be above −100%`,
      own === undefined ? [...path, 'default'] : [...path, year],
      raw,
    );
  }
  return rate;
}
