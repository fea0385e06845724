import { fail } from '../errors/fail';
import type { Money } from '../money/core';
import { itemIndex, unitsOf, withItemAmount } from './edit';
import type { Plan, PlanItem } from './types';

/**
 * Cut an amount from one item, and the plan's total with it.
 *
 * @param plan - the plan.
 * @param itemId - the item to cut.
 * @param amount - how much to cut: in the plan's currency, not negative, at most the item's amount.
 * @returns the plan with the smaller item and total.
 * @throws {@link BudgetWhatIfError} `unknown_id` (path `itemId`); `currency_mismatch`, `out_of_range`
 *   (path `amount`) for a negative cut or one larger than the item.
 * @category Plans
 * @example
 * ```ts
 * import { cut, definePlan, money } from 'budget-whatif';
 * const plan = definePlan({
 *   id: 'p', name: 'P', total: '1100000000', currency: 'EUR', years: { from: 2025, to: 2034 },
 *   items: [{ id: 'mines', amount: '800000000' }, { id: 'other', remainder: true }],
 * });
 * cut(plan, 'other', money('100000000', 'EUR')).total.amount.toString(); // => '1000000000'
 * ```
 */
export function cut(plan: Plan, itemId: string, amount: Money): Plan {
  const index = itemIndex(plan, itemId);
  if (amount.currency !== plan.total.currency) {
    fail(
      'currency_mismatch',
      `the plan is in ${plan.total.currency}, the cut in ${amount.currency}`,
      ['amount'],
      amount.currency,
    );
  }
  const item = plan.items[index] as PlanItem;
  const cutUnits = unitsOf(amount);
  const itemUnits = unitsOf(item.amount);
  if (cutUnits < 0n)
    fail('out_of_range', `a cut must not be negative, received ${amount.amount.toString()}`, ['amount'], amount.amount);
  if (cutUnits > itemUnits) {
    fail(
      'out_of_range',
      `cannot cut ${amount.amount.toString()} from ${item.id}, which has ${item.amount.amount.toString()}`,
      ['amount'],
      amount.amount,
    );
  }
  if (cutUnits === 0n) return plan;
  return withItemAmount(plan, index, itemUnits - cutUnits);
}
