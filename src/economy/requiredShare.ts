import type { Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { isMoney, type Money } from '../money/core';
import type { YearSeries } from '../series/types';
import { seriesYears } from '../series/years';

/**
 * The share of GDP that a given spending is: amount ÷ GDP, for one year or year by year.
 *
 * @param amount - the spending (Money, or Money by year).
 * @param gdp - GDP in the same currency (Money, or Money by year covering every year of `amount`).
 * @returns the share as a fraction (0.0538 for 5.38%), or shares by year.
 * @throws {@link BudgetWhatIfError} `currency_mismatch`; `out_of_range` for GDP that is not positive;
 *   `missing_year` (path `gdp[year]`) when GDP lacks a year of the spending.
 * @category Economy
 * @example
 * ```ts
 * import { money, requiredShare } from 'budget-whatif';
 * // €6 billion in 2030 against a GDP of €100 billion.
 * requiredShare(money('6000000000', 'EUR'), money('100000000000', 'EUR')).toString(); // => '0.06'
 * ```
 */
export function requiredShare(amount: Money, gdp: Money): Decimal;
export function requiredShare(amount: YearSeries<Money>, gdp: YearSeries<Money>): YearSeries<Decimal>;
export function requiredShare(
  amount: Money | YearSeries<Money>,
  gdp: Money | YearSeries<Money>,
): Decimal | YearSeries<Decimal> {
  if (isMoney(amount) && isMoney(gdp)) return share(amount, gdp, []);
  if (isMoney(amount) || isMoney(gdp))
    return fail('invalid_type', 'pass both as Money, or both as Money by year', ['gdp']);
  const result: Record<number, Decimal> = {};
  for (const year of seriesYears(amount)) {
    const gdpOfYear = Object.hasOwn(gdp, year) ? gdp[year] : undefined;
    if (gdpOfYear === undefined) return fail('missing_year', `GDP has no value for ${String(year)}`, ['gdp', year]);
    result[year] = share(amount[year] as Money, gdpOfYear, [year]);
  }
  return result;
}

function share(amount: Money, gdp: Money, path: readonly (string | number)[]): Decimal {
  if (amount.currency !== gdp.currency)
    fail('currency_mismatch', `the amount is in ${amount.currency}, GDP in ${gdp.currency}`, ['gdp', ...path]);
  if (!gdp.amount.gt(0))
    fail('out_of_range', `GDP must be positive, received ${gdp.amount.toString()}`, ['gdp', ...path], gdp.amount);
  return amount.amount.div(gdp.amount);
}
