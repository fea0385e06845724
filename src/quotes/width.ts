import type { Decimal } from '../decimal/core';
import type { Interval } from './types';

/**
 * The width of an interval, `hi − lo`: how much a rounded figure leaves open. `Infinity` when unbounded.
 *
 * @param range - the interval.
 * @returns the exact width.
 * @category Quotes
 * @example
 * ```ts
 * import { parseQuote, width } from 'budget-whatif';
 * width(parseQuote('€1.1 billion').interval).toString(); // => '100000000'
 * width(parseQuote('$905 million').interval).toString(); // => '1000000'
 * ```
 */
export function width(range: Interval): Decimal {
  return range.hi.minus(range.lo);
}
