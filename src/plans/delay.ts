import { fail } from '../errors/fail';
import type { YearRange } from '../series/types';
import { checkRange } from '../series/years';
import { checkPhasingFits } from './definePlan';
import type { Phasing, Plan, PlanItem } from './types';

/**
 * Move a plan later (or earlier, with a negative number) by whole years: the same amounts, phased the
 * same way, each year's spending shifted. `delay(delay(plan, n), -n)` is the original plan.
 *
 * @param plan - the plan.
 * @param yearCount - how many years to move it: positive for later, negative for earlier.
 * @returns the shifted plan; the price basis year, if any, does not move.
 * @throws {@link BudgetWhatIfError} `out_of_range` when `yearCount` is not a whole number; `invalid_year` when
 *   the shifted years leave the range budget-whatif accepts.
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, delay, money } from 'budget-whatif';
 * const plan = definePlan({ id: 'p', name: 'P', total: '100', currency: 'EUR', years: { from: 2025, to: 2034 }, items: [{ id: 'all', remainder: true }] });
 * delay(plan, 2).years; // => { from: 2027, to: 2036 }
 * ```
 */
export function delay(plan: Plan, yearCount: number): Plan {
  if (!Number.isInteger(yearCount))
    fail('out_of_range', `a delay is a whole number of years, received ${String(yearCount)}`, ['yearCount'], yearCount);
  if (yearCount === 0) return plan;
  const shift = (range: YearRange): YearRange =>
    checkRange({ from: range.from + yearCount, to: range.to + yearCount }, ['years']);
  const shiftPhasing = (phasing: Phasing): Phasing =>
    phasing.kind === 'amounts'
      ? {
          kind: 'amounts',
          amounts: Object.fromEntries(
            Object.entries(phasing.amounts).map(([year, amount]) => [Number(year) + yearCount, amount]),
          ),
        }
      : phasing;
  const items = plan.items.map((item): PlanItem => ({
    ...item,
    ...(item.years === undefined ? {} : { years: shift(item.years) }),
    ...(item.phasing === undefined ? {} : { phasing: shiftPhasing(item.phasing) }),
  }));
  const result: Plan = { ...plan, years: shift(plan.years), items, phasing: shiftPhasing(plan.phasing) };
  checkPhasingFits(result);
  return result;
}
