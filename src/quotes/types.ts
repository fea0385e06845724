import type { Decimal } from '../decimal/core';
import type { CurrencyCode } from '../money/currencies';

/**
 * A range of exact numbers: all the values a rounded or hedged figure can stand for.
 *
 * Bounds are exact Decimals; an unbounded end is `-Infinity` or `Infinity` (written `"-Infinity"` and
 * `"Infinity"` in JSON). Ends are closed unless `loOpen`/`hiOpen` say otherwise: "over €800 million" is
 * `(800000000, Infinity)`. Create one with {@link interval}.
 *
 * @category Quotes
 * @example
 * ```ts
 * import { interval, type Interval } from 'budget-whatif';
 * const printed: Interval = interval('1050000000', '1150000000'); // "1.1 billion" as printed
 * printed.lo.toString(); // => '1050000000'
 * ```
 */
export interface Interval {
  /** The lower bound, or `-Infinity`. */
  readonly lo: Decimal;
  /** The upper bound, or `Infinity`. */
  readonly hi: Decimal;
  /** Whether the lower bound itself is excluded. Always `true` for `-Infinity`. */
  readonly loOpen: boolean;
  /** Whether the upper bound itself is excluded. Always `true` for `Infinity`. */
  readonly hiOpen: boolean;
}

/**
 * An interval of amounts of one currency: "about €800 million" as [€799.5m, €800.5m].
 *
 * @category Quotes
 * @example
 * ```ts
 * import { moneyInterval, type MoneyInterval } from 'budget-whatif';
 * const mines: MoneyInterval = moneyInterval('799500000', '800500000', 'EUR');
 * mines.currency; // => 'EUR'
 * ```
 */
export interface MoneyInterval extends Interval {
  /** The ISO 4217 code of both bounds. */
  readonly currency: CurrencyCode;
}

/**
 * An interval of exchange rates: how many units of `quote` one unit of `base` may be worth.
 *
 * @category Quotes
 * @example
 * ```ts
 * import { impliedRate, parseQuote, type RateInterval } from 'budget-whatif';
 * const rate: RateInterval = impliedRate(parseQuote('800 million euros'), parseQuote('$905 million'));
 * [rate.base, rate.quote]; // => ['EUR', 'USD']
 * ```
 */
export interface RateInterval extends Interval {
  /** The currency one unit of which is priced (EUR in EUR/USD). */
  readonly base: CurrencyCode;
  /** The currency the price is in (USD in EUR/USD). */
  readonly quote: CurrencyCode;
}

/** Tell whether an interval carries a currency. @internal */
export function isMoneyInterval(value: Interval): value is MoneyInterval {
  return typeof (value as Partial<MoneyInterval>).currency === 'string';
}
