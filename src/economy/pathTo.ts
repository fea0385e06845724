import type { Decimal } from '../decimal/core';
import { toFraction, type FractionInput } from '../decimal/fraction';
import { fail } from '../errors/fail';
import type { YearSeries } from '../series/types';
import { checkYear } from '../series/years';
import { type Target, valueOf } from './targets';

/**
 * Where a {@link pathTo} starts: a year and the share of GDP then.
 *
 * @category Economy
 * @example
 * ```ts
 * import type { PathStart } from 'budget-whatif';
 * const from2025: PathStart = { year: 2025, share: '2.5%' };
 * ```
 */
export interface PathStart {
  /** The year the path starts. */
  readonly year: number;
  /** The share of GDP in that year: a fraction or a percentage. */
  readonly share: FractionInput;
}

/**
 * The yearly shares of GDP of a straight path from a start to a target: what "a credible, incremental
 * path" (The Hague 2025: "Allies agree to submit annual plans showing a credible, incremental path to reach
 * this goal") could look like. Towards a floor, the path never asks for more than the floor: from a start
 * already above it, every year asks for the floor itself (nothing more to climb). Towards a ceiling (a
 * target with no floor), it never asks for less than the ceiling.
 *
 * @param target - a share-of-GDP target with a deadline (`by`); its floor is the goal (its ceiling when it
 *   has no floor).
 * @param start - the starting year and share (a fraction), before the deadline.
 * @returns the shares from the start year to the deadline, exact (rounded at the 40th digit where a
 *   step does not terminate).
 * @throws {@link BudgetWhatIfError} `invalid_type` for an amount target; `invalid_year` for a target
 *   without a deadline or a start not before it; `out_of_range` for a share outside 0–1.
 * @category Economy
 * @example
 * ```ts
 * import { defineTarget, pathTo } from 'budget-whatif';
 * const core = defineTarget({ id: 'core', name: '3.5% by 2035', atLeast: '0.035', from: 2025, by: 2035 });
 * const path = pathTo(core, { year: 2025, share: '0.025' });
 * [path[2025]?.toString(), path[2030]?.toString(), path[2035]?.toString()]; // => ['0.025', '0.03', '0.035']
 * // From 5.5%, already above 3.5%: the floor every year, not a path downhill.
 * pathTo(core, { year: 2025, share: '5.5%' })[2030]?.toString(); // => '0.035'
 * ```
 */
export function pathTo(target: Target, start: PathStart): YearSeries<Decimal> {
  if (target.measure !== 'share-of-gdp')
    return fail('invalid_type', 'pathTo works on share-of-GDP targets', ['target', 'measure']);
  const by = target.by;
  if (by === undefined) return fail('invalid_year', `target ${target.id} has no deadline (by)`, ['target', 'by']);
  const from = checkYear(start.year, ['start', 'year']);
  if (from >= by)
    return fail(
      'invalid_year',
      `the start (${String(from)}) must come before the deadline (${String(by)})`,
      ['start', 'year'],
      from,
    );
  const share = toFraction(start.share, ['start', 'share']);
  if (share.lt(0) || share.gt(1))
    fail(
      'out_of_range',
      `a share is a fraction from 0 to 1, received ${share.toString()}`,
      ['start', 'share'],
      start.share,
    );
  const floor = target.atLeast;
  const goal = valueOf((floor ?? target.atMost) as Decimal);
  const result: Record<number, Decimal> = {};
  for (let year = from; year <= by; year++) {
    const along = share.plus(
      goal
        .minus(share)
        .times(year - from)
        .div(by - from),
    );
    // Towards a floor the path never asks for more than the floor (from above it, the floor itself);
    // towards a ceiling, never for less than the ceiling.
    result[year] = floor === undefined ? (along.gt(goal) ? along : goal) : along.lt(goal) ? along : goal;
  }
  return result;
}
