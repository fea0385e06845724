import { ONE } from '../decimal/core';
import { toFraction } from '../decimal/fraction';
import type { DecimalInput } from '../decimal/decimal';
import { divideRounded, powerOfTen, toScaledInteger } from '../decimal/scaledInteger';
import { fail } from '../errors/fail';
import { itemIndex, unitsOf, withItemAmount } from './edit';
import type { Plan, PlanItem } from './types';

/**
 * An item costs more (or less, with a negative rate) than planned, and the plan's total grows by the
 * same: a 20% overrun on mines is `overrun(plan, 'anti-tank-mines', '0.2')`.
 *
 * The item's new amount is its amount × (1 + rate), rounded half-even to the minor unit; the other items
 * keep theirs. An overrun of 0 returns the plan unchanged.
 *
 * @param plan - the plan.
 * @param itemId - the item that overruns.
 * @param rate - the overrun as a fraction (`"0.2"` for 20%), above −1.
 * @returns the plan with the new item amount and total.
 * @throws {@link BudgetWhatIfError} `unknown_id` (path `itemId`); `out_of_range` (path `rate`) for −100% or less.
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, money, overrun } from 'budget-whatif';
 * const plan = definePlan({
 *   id: 'p', name: 'P', total: '1100000000', currency: 'EUR', years: { from: 2025, to: 2034 },
 *   items: [{ id: 'mines', amount: '800000000' }, { id: 'other', remainder: true }],
 * });
 * overrun(plan, 'mines', '0.2').total.amount.toString(); // => '1260000000'
 * ```
 */
export function overrun(plan: Plan, itemId: string, rate: DecimalInput): Plan {
  const index = itemIndex(plan, itemId);
  const change = toFraction(rate, ['rate']);
  if (change.lte(-1))
    fail(
      'out_of_range',
      `an overrun of ${change.times(100).toString()}% would leave nothing; it must be above −100%`,
      ['rate'],
      rate,
    );
  if (change.isZero()) return plan;
  const item = plan.items[index] as PlanItem;
  const factor = toScaledInteger(ONE.plus(change));
  const units = divideRounded(unitsOf(item.amount) * factor.units, powerOfTen(factor.scale), 'half-even');
  return withItemAmount(plan, index, units);
}
