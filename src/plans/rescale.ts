import { divideRounded, powerOfTen, toScaledInteger } from '../decimal/scaledInteger';
import { fail, show } from '../errors/fail';
import { allocateUnits } from '../money/allocate';
import type { Money } from '../money/core';
import { checkPhasingFits } from './definePlan';
import { moneyOf, rescaleAmounts, unitsOf } from './edit';
import type { Plan, PlanItem } from './types';

/**
 * The {@link rescale} function options.
 *
 * @category Plans
 * @example
 * ```ts
 * import type { RescaleOptions } from 'budget-whatif';
 * const options: RescaleOptions = { keep: 'fixed-items' };
 * ```
 */
export interface RescaleOptions {
  /**
   * `'shares'` (default): every item keeps its share of the total (amounts split by the largest
   * remainder). `'fixed-items'`: items given as amounts keep them, items given as shares keep their
   * share, and the remainder item takes the difference.
   */
  readonly keep?: 'shares' | 'fixed-items';
}

/**
 * Give a plan a new total: a bigger or smaller envelope, split as the options say.
 *
 * @param plan - the plan.
 * @param total - the new total, in the plan's currency and in whole minor units.
 * @param options - what to keep; see {@link RescaleOptions}.
 * @returns the rescaled plan.
 * @throws {@link BudgetWhatIfError} `currency_mismatch`; `invalid_plan` when keeping shares of a zero
 *   total, or when `'fixed-items'` has no remainder item or the fixed items exceed the new total.
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, money, rescale } from 'budget-whatif';
 * const plan = definePlan({
 *   id: 'p', name: 'P', total: '1100000000', currency: 'EUR', years: { from: 2025, to: 2034 },
 *   items: [{ id: 'mines', amount: '800000000' }, { id: 'other', remainder: true }],
 * });
 * rescale(plan, money('1210000000', 'EUR')).items.map((i) => i.amount.amount.toString()); // => ['880000000', '330000000']
 * rescale(plan, money('1210000000', 'EUR'), { keep: 'fixed-items' }).items.map((i) => i.amount.amount.toString()); // => ['800000000', '410000000']
 * ```
 */
export function rescale(plan: Plan, total: Money, options: RescaleOptions = {}): Plan {
  const currency = plan.total.currency;
  if (total.currency !== currency)
    fail(
      'currency_mismatch',
      `the plan is in ${currency}, the new total in ${total.currency}`,
      ['total'],
      total.currency,
    );
  const newTotal = unitsOf(total);
  if (newTotal < 0n)
    fail('invalid_plan', `a total must not be negative, received ${total.amount.toString()}`, ['total'], total.amount);
  const keep: unknown = options.keep ?? 'shares';
  let amounts: bigint[];
  if (keep === 'shares') {
    const old = plan.items.map((item) => unitsOf(item.amount));
    if (!old.some((units) => units > 0n))
      fail('invalid_plan', 'a plan whose items are all zero has no shares to keep; use keep: "fixed-items"', [
        'options',
        'keep',
      ]);
    amounts = allocateUnits(newTotal, old);
  } else if (keep === 'fixed-items') {
    const remainder = plan.items.findIndex((item) => item.basis === 'remainder');
    if (remainder < 0)
      fail('invalid_plan', 'keeping fixed items needs a remainder item to take the difference', ['options', 'keep']);
    amounts = plan.items.map((item) => {
      if (item.basis !== 'share' || item.share === undefined) return unitsOf(item.amount);
      const { units, scale } = toScaledInteger(item.share);
      return divideRounded(newTotal * units, powerOfTen(scale), 'half-even');
    });
    const others = amounts.reduce((sum, units, i) => (i === remainder ? sum : sum + units), 0n);
    if (others > newTotal)
      fail(
        'invalid_plan',
        `the fixed items need ${moneyOf(others, currency).amount.toFixed()} ${currency}, more than the new total`,
        ['total'],
        total.amount,
      );
    amounts[remainder] = newTotal - others;
  } else {
    return fail(
      'out_of_range',
      `keep must be "shares" or "fixed-items", received ${show(keep)}`,
      ['options', 'keep'],
      keep,
    );
  }
  const items = plan.items.map((item, i): PlanItem => {
    const units = amounts[i] as bigint;
    return {
      ...item,
      amount: moneyOf(units, currency),
      ...(item.phasing?.kind === 'amounts' ? { phasing: rescaleAmounts(item.phasing, units, currency) } : {}),
    };
  });
  const result: Plan = {
    ...plan,
    total: moneyOf(newTotal, currency),
    items,
    phasing: plan.phasing.kind === 'amounts' ? rescaleAmounts(plan.phasing, newTotal, currency) : plan.phasing,
  };
  checkPhasingFits(result);
  return result;
}
