import type { Decimal } from '../decimal/core';
import { divideRounded, powerOfTen, toScaledInteger } from '../decimal/scaledInteger';
import { fail } from '../errors/fail';
import { priceLevel } from '../series/deflate';
import type { YearSeries } from '../series/types';
import { checkYear } from '../series/years';
import { definePlan } from './definePlan';
import { moneyOf, unitsOf } from './edit';
import { schedule } from './schedule';
import type { Plan, PriceBasis } from './types';

/**
 * Express a plan in constant prices of a year in current (nominal) prices: each year's amount × P(y) /
 * P(base), with P a price index or deflator.
 *
 * The result phases every item by explicit yearly amounts: the nominal value of each cell of the
 * plan's {@link schedule}, rounded half-even to the minor unit; each item's amount and the total are the
 * sums of those, so the result adds up exactly. {@link deflatePlan} goes back (to within a cent a cell).
 *
 * @param plan - a plan in constant prices of a year.
 * @param index - a price index covering the plan's years and its base year.
 * @returns the plan in nominal prices.
 * @throws {@link BudgetWhatIfError} `invalid_plan` for a plan already in nominal prices; `missing_year`
 *   (path `index[year]`) when the index lacks a year.
 * @category Plans
 * @example
 * ```ts
 * import { decimal, definePlan, indexPlan, money } from 'budget-whatif';
 * const plan = definePlan({
 *   id: 'p', name: 'P', total: '200', currency: 'EUR', years: { from: 2025, to: 2026 },
 *   items: [{ id: 'all', remainder: true }], priceBasis: { kind: 'constant', year: 2025 },
 * });
 * indexPlan(plan, { 2025: decimal('1'), 2026: decimal('1.1') }).total.amount.toString(); // => '210'
 * ```
 */
export function indexPlan(plan: Plan, index: YearSeries<Decimal>): Plan {
  if (plan.priceBasis.kind !== 'constant') {
    return fail('invalid_plan', 'the plan is already in nominal prices', ['plan', 'priceBasis']);
  }
  const base = plan.priceBasis.year;
  return repricePlan(plan, (year) => [priceLevel(index, year), priceLevel(index, base)], { kind: 'nominal' });
}

/**
 * Express a plan in nominal prices in constant prices of a base year: each year's amount × P(base) /
 * P(y). The inverse of {@link indexPlan}.
 *
 * @param plan - a plan in nominal prices.
 * @param index - a price index covering the plan's years and the base year.
 * @param baseYear - the year whose prices to use.
 * @returns the plan in constant prices of `baseYear`.
 * @throws {@link BudgetWhatIfError} `invalid_plan` for a plan already in constant prices; `missing_year`.
 * @category Plans
 * @example
 * ```ts
 * import { decimal, definePlan, deflatePlan, money } from 'budget-whatif';
 * const plan = definePlan({ id: 'p', name: 'P', total: '210', currency: 'EUR', years: { from: 2025, to: 2026 },
 *   items: [{ id: 'all', remainder: true }], phasing: { kind: 'amounts', amounts: { 2025: '100', 2026: '110' } } });
 * deflatePlan(plan, { 2025: decimal('1'), 2026: decimal('1.1') }, 2025).total.amount.toString(); // => '200'
 * ```
 */
export function deflatePlan(plan: Plan, index: YearSeries<Decimal>, baseYear: number): Plan {
  if (plan.priceBasis.kind !== 'nominal') {
    return fail('invalid_plan', `the plan is already in constant prices of ${String(plan.priceBasis.year)}`, [
      'plan',
      'priceBasis',
    ]);
  }
  const base = checkYear(baseYear, ['baseYear']);
  return repricePlan(plan, (year) => [priceLevel(index, base), priceLevel(index, year)], {
    kind: 'constant',
    year: base,
  });
}

/** Re-price every cell of the schedule by numerator / denominator, rounded half-even to the minor unit. */
function repricePlan(plan: Plan, ratio: (year: number) => [Decimal, Decimal], priceBasis: PriceBasis): Plan {
  const currency = plan.total.currency;
  const table = schedule(plan);
  const yearly = plan.items.map(() => new Map<number, bigint>());
  for (const row of table.rows) {
    const [numerator, denominator] = ratio(row.year);
    const n = toScaledInteger(numerator);
    const d = toScaledInteger(denominator);
    plan.items.forEach((item, i) => {
      const units = unitsOf(row.items[item.id] ?? moneyOf(0n, currency));
      // units × (n.units / 10^n.scale) / (d.units / 10^d.scale), rounded once.
      const priced = divideRounded(units * n.units * powerOfTen(d.scale), d.units * powerOfTen(n.scale), 'half-even');
      (yearly[i] as Map<number, bigint>).set(row.year, priced);
    });
  }
  const amounts = yearly.map((map) => [...map.values()].reduce((a, b) => a + b, 0n));
  return definePlan({
    id: plan.id,
    name: plan.name,
    total: moneyOf(
      amounts.reduce((a, b) => a + b, 0n),
      currency,
    ),
    years: plan.years,
    priceBasis,
    items: plan.items.map((item, i) => ({
      id: item.id,
      name: item.name,
      amount: moneyOf(amounts[i] as bigint, currency).amount,
      ...(item.years === undefined ? {} : { years: item.years }),
      phasing: {
        kind: 'amounts',
        amounts: Object.fromEntries(
          [...(yearly[i] as Map<number, bigint>)]
            .filter(([year]) => item.years === undefined || (year >= item.years.from && year <= item.years.to))
            .map(([year, units]) => [year, moneyOf(units, currency).amount]),
        ),
      },
    })),
    sources: plan.sources,
    assumptions: plan.assumptions,
  });
}
