import { checkRoundingMode, type RoundingMode } from '../decimal/rounding';
import { currencyOf } from './currencies';
import type { Money } from './core';

/**
 * The {@link format} function options.
 *
 * @category Money
 * @example
 * ```ts
 * import type { FormatOptions } from 'budget-whatif';
 * const options: FormatOptions = { locale: 'lt-LT', notation: 'compact' };
 * ```
 */
export interface FormatOptions {
  /** A BCP 47 locale, such as `'en'`, `'en-GB'` or `'lt-LT'`. Default: `'en'`. */
  readonly locale?: string;
  /** `'standard'` (€1,100,000,000.00) or `'compact'` (€1.1B). Default: `'standard'`. */
  readonly notation?: 'standard' | 'compact';
  /** How to show the currency: `'symbol'` (€, US$ or $ by locale), `'narrowSymbol'` ($), `'code'` (EUR) or `'name'` (euros). Default: `'symbol'`. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** Fewest decimals to show. Default: the currency's minor units in standard notation; Intl's choice in compact. */
  readonly minimumFractionDigits?: number;
  /** Most decimals to show. Default: the currency's minor units in standard notation; Intl's choice in compact. */
  readonly maximumFractionDigits?: number;
  /** How to round what is shown. Default: `'half-even'`, like the rest of the library. */
  readonly mode?: RoundingMode;
  /** When to show the sign: Intl's `signDisplay`. Default: `'auto'` (negative amounts only). */
  readonly signDisplay?: 'auto' | 'always' | 'exceptZero' | 'never' | 'negative';
}

// Intl's names for our rounding modes.
const INTL_ROUNDING: Readonly<Record<RoundingMode, Intl.NumberFormatOptions['roundingMode']>> = {
  'half-even': 'halfEven',
  'half-up': 'halfExpand',
  'half-down': 'halfTrunc',
  up: 'expand',
  down: 'trunc',
  ceil: 'ceil',
  floor: 'floor',
};

// Building an Intl.NumberFormat costs tens of microseconds; tables format thousands of cells with a few
// option sets, so formatters are kept by their options. The cache is invisible to callers.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Format an amount for people, with `Intl.NumberFormat` and the exact decimal digits.
 *
 * The amount is handed to Intl as a decimal string, never as a float, so €12,345,678,901,234,567.89
 * prints every digit. Standard notation shows the currency's minor units; compact notation uses Intl's
 * abbreviations and rounding (two significant digits below 100 units of the suffix: 1.1B, 905M, 1.2B).
 *
 * @param value - the amount.
 * @param options - locale, notation and display; see {@link FormatOptions}.
 * @returns the formatted string.
 * @throws {@link BudgetWhatIfError} `invalid_rounding_mode`; `RangeError` from Intl for an invalid locale
 *   or digit option.
 * @category Money
 * @example
 * ```ts
 * import { format, money } from 'budget-whatif';
 * format(money('1100000000', 'EUR')); // => '€1,100,000,000.00'
 * format(money('1100000000', 'EUR'), { notation: 'compact', locale: 'en' }); // => '€1.1B'
 * format(money('1100000000', 'EUR'), { notation: 'compact', locale: 'lt-LT' }); // => '1,1 mlrd. €'
 * format(money('905000000', 'USD'), { currencyDisplay: 'code' }); // => 'USD 905,000,000.00' (a no-break space after USD)
 * ```
 */
export function format(value: Money, options: FormatOptions = {}): string {
  const minorUnits = currencyOf(value.currency).minorUnits;
  const notation = options.notation ?? 'standard';
  const standard = notation === 'standard';
  const intlOptions: Intl.NumberFormatOptions = {
    style: 'currency',
    currency: value.currency,
    notation,
    currencyDisplay: options.currencyDisplay ?? 'symbol',
    roundingMode: INTL_ROUNDING[checkRoundingMode(options.mode, ['mode'])],
    signDisplay: options.signDisplay ?? 'auto',
  };
  const minimum = options.minimumFractionDigits ?? (standard ? minorUnits : undefined);
  const maximum = options.maximumFractionDigits ?? (standard ? Math.max(minorUnits, minimum ?? 0) : undefined);
  // Stryker disable next-line ConditionalExpression: Intl reads an option set to undefined as absent
  if (minimum !== undefined) intlOptions.minimumFractionDigits = minimum;
  // Stryker disable next-line ConditionalExpression: Intl reads an option set to undefined as absent
  if (maximum !== undefined) intlOptions.maximumFractionDigits = maximum;
  const locale = options.locale ?? 'en';
  const key = `${locale}|${JSON.stringify(intlOptions)}`;
  let formatter = formatters.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; a new formatter formats the same
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, intlOptions);
    formatters.set(key, formatter);
  }
  // Intl reads a decimal string exactly (Intl.NumberFormat v3), so no digit goes through a float.
  return formatter.format(value.amount.toFixed() as Intl.StringNumericLiteral);
}
