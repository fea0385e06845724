import { D } from '../decimal/core';
import { checkScale } from '../decimal/rounding';
import type { Interval } from './types';

/**
 * The {@link formatInterval} function options.
 *
 * @category Quotes
 * @example
 * ```ts
 * import type { FormatIntervalOptions } from 'budget-whatif';
 * const asPercent: FormatIntervalOptions = { places: 2, percent: true };
 * ```
 */
export interface FormatIntervalOptions {
  /** Decimal places to show. Default: all digits. Bounds are rounded outward, so the shown interval still contains the true one. */
  readonly places?: number;
  /** Show fractions as percentages (0.0538 as 5.38%). Default: `false`. */
  readonly percent?: boolean;
}

/**
 * Write an interval for people: `[1.12991, 1.13259]`, `(800000000, ∞)`, `[69.52%, 76.24%]`.
 *
 * Brackets mark closed ends and parentheses open ones. With `places`, the lower bound is rounded down and
 * the upper bound up, so the text never claims a narrower interval than the true one.
 *
 * @param range - the interval.
 * @param options - decimal places and percent display; see {@link FormatIntervalOptions}.
 * @returns the interval as text.
 * @throws {@link BudgetWhatIfError} `invalid_scale` for bad `places`.
 * @category Quotes
 * @example
 * ```ts
 * import { formatInterval, impliedRate, interval, parseQuote } from 'budget-whatif';
 * formatInterval(impliedRate(parseQuote('800 million euros'), parseQuote('$905 million')), { places: 5 }); // => '[1.12991, 1.13259]'
 * formatInterval(parseQuote('over €800 million').interval); // => '(800000000, ∞)'
 * formatInterval(interval('0.6952173', '0.7623809'), { places: 2, percent: true }); // => '[69.52%, 76.24%]'
 * ```
 */
export function formatInterval(range: Interval, options: FormatIntervalOptions = {}): string {
  const places = options.places === undefined ? undefined : checkScale(options.places, ['places']);
  const bound = (value: typeof range.lo, rounding: 2 | 3): string => {
    if (!value.isFinite()) return value.isNegative() ? '−∞' : '∞';
    const shown = options.percent === true ? value.times(100) : value;
    const rounded = places === undefined ? shown.toFixed() : shown.toFixed(places, rounding);
    return options.percent === true ? `${rounded}%` : rounded;
  };
  return `${range.loOpen ? '(' : '['}${bound(range.lo, D.ROUND_FLOOR)}, ${bound(range.hi, D.ROUND_CEIL)}${range.hiOpen ? ')' : ']'}`;
}
