import type { Decimal } from '../decimal/core';
import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { fail } from '../errors/fail';
import { makeMoney, type Money } from '../money/core';
import type { YearSeries } from '../series/types';
import { seriesYears } from '../series/years';

/**
 * Amounts per inhabitant, year by year: amount ÷ population, unrounded.
 *
 * @param series - amounts by year.
 * @param population - inhabitants by year, covering every year of the series (decimal strings, safe
 *   integers, bigints or Decimals).
 * @returns the amount per inhabitant by year, carried to 40 significant digits; round it for display.
 * @throws {@link BudgetWhatIfError} `missing_year` (path `population[year]`); `out_of_range` for a
 *   population that is not positive.
 * @category Economy
 * @example
 * ```ts
 * import { money, perCapita } from 'budget-whatif';
 * // €4.79 billion over 2,890,219 inhabitants (1 January 2025).
 * perCapita({ 2026: money('4790000000', 'EUR') }, { 2026: 2890219 })[2026]?.amount.toFixed(2); // => '1657.31'
 * ```
 */
export function perCapita(series: YearSeries<Money>, population: YearSeries<DecimalInput>): YearSeries<Money> {
  const result: Record<number, Money> = {};
  for (const year of seriesYears(series)) {
    const raw = Object.hasOwn(population, year) ? population[year] : undefined;
    if (raw === undefined)
      return fail('missing_year', `the population has no value for ${String(year)}`, ['population', year]);
    const people: Decimal = toDecimal(raw, ['population', year]);
    if (!people.gt(0))
      fail('out_of_range', `a population must be positive, received ${people.toString()}`, ['population', year], raw);
    const amount = series[year] as Money;
    result[year] = makeMoney(amount.amount.div(people), amount.currency);
  }
  return result;
}
