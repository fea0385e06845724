import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { currencyOf, type CurrencyCode } from '../money/currencies';
import { makeInterval, NEGATIVE_INFINITY, POSITIVE_INFINITY } from './bounds';
import type { Interval, MoneyInterval } from './types';

/**
 * The {@link interval} and {@link moneyInterval} function options.
 *
 * @category Quotes
 * @example
 * ```ts
 * import type { IntervalOptions } from 'budget-whatif';
 * const overEightHundredMillion: IntervalOptions = { loOpen: true };
 * ```
 */
export interface IntervalOptions {
  /** Exclude the lower bound itself. Default: `false` (closed). */
  readonly loOpen?: boolean;
  /** Exclude the upper bound itself. Default: `false` (closed). */
  readonly hiOpen?: boolean;
}

/**
 * Create an interval of exact numbers, closed unless told otherwise.
 *
 * @param lo - the lower bound, or `null` for none (−∞).
 * @param hi - the upper bound, or `null` for none (+∞).
 * @param options - which ends are open; see {@link IntervalOptions}.
 * @returns the interval.
 * @throws {@link BudgetWhatIfError} `invalid_interval` when `lo > hi`, or `lo = hi` with an open end;
 *   `invalid_number`/`unsafe_number` for a bound (path `lo` or `hi`).
 * @category Quotes
 * @example
 * ```ts
 * import { interval } from 'budget-whatif';
 * interval('1.05', '1.15'); // "1.1" as printed: [1.05, 1.15]
 * interval('800000000', null, { loOpen: true }); // "over 800 million": (800000000, Infinity)
 * interval('2', '1'); // throws: invalid_interval
 * ```
 */
export function interval(lo: DecimalInput | null, hi: DecimalInput | null, options: IntervalOptions = {}): Interval {
  return makeInterval(
    lo === null ? NEGATIVE_INFINITY : toDecimal(lo, ['lo']),
    hi === null ? POSITIVE_INFINITY : toDecimal(hi, ['hi']),
    options.loOpen ?? false,
    options.hiOpen ?? false,
  );
}

/**
 * Create an interval of amounts in one currency.
 *
 * @param lo - the lower bound in major units, or `null` for none.
 * @param hi - the upper bound in major units, or `null` for none.
 * @param currency - the ISO 4217 code.
 * @param options - which ends are open; see {@link IntervalOptions}.
 * @returns the money interval.
 * @throws {@link BudgetWhatIfError} as {@link interval}, and `unknown_currency`.
 * @category Quotes
 * @example
 * ```ts
 * import { moneyInterval } from 'budget-whatif';
 * const mines = moneyInterval('799500000', '800500000', 'EUR'); // "800 million euros" as printed
 * mines.hi.minus(mines.lo).toString(); // => '1000000'
 * ```
 */
export function moneyInterval(
  lo: DecimalInput | null,
  hi: DecimalInput | null,
  currency: CurrencyCode,
  options: IntervalOptions = {},
): MoneyInterval {
  const code = currencyOf(currency).code;
  return { ...interval(lo, hi, options), currency: code };
}
