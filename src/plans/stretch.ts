import { fail } from '../errors/fail';
import { checkYear } from '../series/years';
import { checkPhasingFits } from './definePlan';
import type { Plan, PlanItem } from './types';

/**
 * Spread the same total over a longer (or shorter) span, ending in `toYear` instead: a programme that
 * slips and is paid for over more years.
 *
 * Items that ran to the plan's last year now run to `toYear`; items that end earlier keep their years
 * (unless the new span cuts them short). Profiles re-spread over the new years; explicit weights or
 * yearly amounts cannot be stretched and are an error.
 *
 * @param plan - the plan.
 * @param toYear - the new last year, not before the first.
 * @returns the stretched plan, with the same total and items.
 * @throws {@link BudgetWhatIfError} `invalid_year` for a year before the plan's first or an item's;
 *   `invalid_phasing` (path `phasing` or `items[i].phasing`) for weights or explicit amounts.
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, money, schedule, stretch } from 'budget-whatif';
 * const plan = definePlan({ id: 'p', name: 'P', total: '1100000000', currency: 'EUR', years: { from: 2025, to: 2034 }, items: [{ id: 'all', remainder: true }] });
 * schedule(stretch(plan, 2035)).rows[0]?.total.amount.toString(); // => '100000000'
 * ```
 */
export function stretch(plan: Plan, toYear: number): Plan {
  const end = checkYear(toYear, ['toYear']);
  if (end < plan.years.from)
    fail(
      'invalid_year',
      `the plan starts in ${String(plan.years.from)}; it cannot end in ${String(end)}`,
      ['toYear'],
      toYear,
    );
  if (end === plan.years.to) return plan;
  const fixed = (kind: string): boolean => kind === 'weights' || kind === 'amounts';
  if (fixed(plan.phasing.kind)) {
    fail(
      'invalid_phasing',
      `a plan phased by explicit ${plan.phasing.kind} cannot be stretched: give it a profile (even, front-loaded, back-loaded, s-curve)`,
      ['phasing'],
      plan.phasing.kind,
    );
  }
  const items = plan.items.map((item, i): PlanItem => {
    if (item.years === undefined) return item;
    const reaches = item.years.to === plan.years.to || item.years.to > end;
    if (!reaches) return item;
    if (item.years.from > end)
      fail(
        'invalid_year',
        `item ${item.id} starts in ${String(item.years.from)}, after the new end ${String(end)}`,
        ['items', i, 'years'],
        end,
      );
    if (item.phasing !== undefined && fixed(item.phasing.kind)) {
      fail(
        'invalid_phasing',
        `item ${item.id} is phased by explicit ${item.phasing.kind} and cannot be stretched`,
        ['items', i, 'phasing'],
        item.phasing.kind,
      );
    }
    return { ...item, years: { from: item.years.from, to: end } };
  });
  const result: Plan = { ...plan, years: { from: plan.years.from, to: end }, items };
  checkPhasingFits(result);
  return result;
}
