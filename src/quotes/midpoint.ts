import type { Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { describe } from './bounds';
import type { Interval } from './types';

/**
 * The middle of a bounded interval, `(lo + hi) / 2`.
 *
 * @param range - a bounded interval.
 * @returns the midpoint.
 * @throws {@link BudgetWhatIfError} `invalid_interval` for an unbounded interval, which has no middle.
 * @category Quotes
 * @example
 * ```ts
 * import { interval, midpoint } from 'budget-whatif';
 * midpoint(interval('0.05', '0.06')).toString(); // => '0.055'
 * ```
 */
export function midpoint(range: Interval): Decimal {
  if (!range.lo.isFinite() || !range.hi.isFinite()) {
    return fail(
      'invalid_interval',
      `an unbounded interval has no midpoint: ${describe(range.lo, range.hi, range.loOpen, range.hiOpen)}`,
      [],
    );
  }
  return range.lo.plus(range.hi).div(2);
}
