import type { Interval } from '../../src/index';

/** An interval as text, `[lo, hi]` with parentheses for open ends, for readable expectations. */
export function show(range: Interval): string {
  return `${range.loOpen ? '(' : '['}${range.lo.toString()}, ${range.hi.toString()}${range.hiOpen ? ')' : ']'}`;
}
