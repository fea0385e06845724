import { fail, show, type Path } from '../errors/fail';

/**
 * An ISO 4217 currency code, such as `'EUR'`, `'USD'` or `'JPY'`.
 *
 * Typed as a string (codes come from files and user input); every function that takes one checks it
 * against {@link CURRENCIES} at run time. The known codes are offered by editors' autocompletion.
 *
 * @category Money
 * @example
 * ```ts
 * import type { CurrencyCode } from 'budget-whatif';
 * const reporting: CurrencyCode = 'EUR';
 * ```
 */
export type CurrencyCode = KnownCurrencyCode | (string & {}); // `string & {}` keeps editors' suggestions

/**
 * A currency: its ISO 4217 code, its number of minor units (decimal places) and its English name.
 *
 * @category Money
 * @example
 * ```ts
 * import { getCurrency, type Currency } from 'budget-whatif';
 * const jpy: Currency = getCurrency('JPY'); // => { code: 'JPY', minorUnits: 0, name: 'Yen' }
 * ```
 */
export interface Currency {
  /** The ISO 4217 alphabetic code. */
  readonly code: string;
  /** The number of decimal places of the minor unit (2 for cents, 0 for yen, 3 for fils). */
  readonly minorUnits: number;
  /** The currency's name as ISO 4217 lists it. */
  readonly name: string;
  /** Set for a currency that no longer circulates, with the date it was withdrawn (ISO 4217 list three). */
  readonly withdrawn?: string;
}

/**
 * The currencies budget-whatif knows, keyed by code: the euro, its neighbours in Europe, the currencies
 * of the ECB's reference rates, and the three-decimal dinars, with their minor units.
 *
 * Source: ISO 4217 "Current currency & funds code list" (list one) and "Historic denominations" (list
 * three), published by SIX Financial Information AG as ISO 4217 maintenance agency,
 * https://www.six-group.com/en/products-services/financial-information/data-standards.html. Minor units follow ISO, not cash practice: HUF and CZK have 2 though their smallest coins
 * are whole units.
 *
 * @category Money
 * @example
 * ```ts
 * import { CURRENCIES } from 'budget-whatif';
 * CURRENCIES.KWD?.minorUnits; // => 3
 * ```
 */
export const CURRENCIES: Readonly<Record<string, Currency>> = Object.freeze(
  Object.fromEntries(
    (
      [
        // code, minor units, name
        ['EUR', 2, 'Euro'],
        ['USD', 2, 'US Dollar'],
        ['GBP', 2, 'Pound Sterling'],
        ['PLN', 2, 'Zloty'],
        ['SEK', 2, 'Swedish Krona'],
        ['NOK', 2, 'Norwegian Krone'],
        ['DKK', 2, 'Danish Krone'],
        ['CHF', 2, 'Swiss Franc'],
        ['CZK', 2, 'Czech Koruna'],
        ['HUF', 2, 'Forint'],
        ['RON', 2, 'Romanian Leu'],
        ['BGN', 2, 'Bulgarian Lev'],
        ['ISK', 0, 'Iceland Krona'],
        ['TRY', 2, 'Turkish Lira'],
        ['ALL', 2, 'Lek'],
        ['MKD', 2, 'Denar'],
        ['UAH', 2, 'Hryvnia'],
        ['BYN', 2, 'Belarusian Ruble'],
        ['RUB', 2, 'Russian Ruble'],
        ['MDL', 2, 'Moldovan Leu'],
        ['GEL', 2, 'Lari'],
        ['RSD', 2, 'Serbian Dinar'],
        ['JPY', 0, 'Yen'],
        ['KRW', 0, 'Won'],
        ['CNY', 2, 'Yuan Renminbi'],
        ['HKD', 2, 'Hong Kong Dollar'],
        ['SGD', 2, 'Singapore Dollar'],
        ['INR', 2, 'Indian Rupee'],
        ['IDR', 2, 'Rupiah'],
        ['MYR', 2, 'Malaysian Ringgit'],
        ['PHP', 2, 'Philippine Peso'],
        ['THB', 2, 'Baht'],
        ['AUD', 2, 'Australian Dollar'],
        ['NZD', 2, 'New Zealand Dollar'],
        ['CAD', 2, 'Canadian Dollar'],
        ['MXN', 2, 'Mexican Peso'],
        ['BRL', 2, 'Brazilian Real'],
        ['CLP', 0, 'Chilean Peso'],
        ['ZAR', 2, 'Rand'],
        ['ILS', 2, 'New Israeli Sheqel'],
        ['KWD', 3, 'Kuwaiti Dinar'],
        ['BHD', 3, 'Bahraini Dinar'],
        ['OMR', 3, 'Rial Omani'],
        ['JOD', 3, 'Jordanian Dinar'],
        ['TND', 3, 'Tunisian Dinar'],
      ] as const
    )
      .map(([code, minorUnits, name]): [string, Currency] => [code, Object.freeze({ code, minorUnits, name })])
      .concat([
        // The litas, replaced by the euro on 1 January 2015 (ISO 4217 list three); kept because
        // Lithuania's figures before 2015 and the ECB's rates up to 2014 are in litas.
        ['LTL', Object.freeze({ code: 'LTL', minorUnits: 2, name: 'Lithuanian Litas', withdrawn: '2015-01-01' })],
      ]),
  ),
);

/**
 * The codes in {@link CURRENCIES}, offered by editors' autocompletion wherever a {@link CurrencyCode} goes.
 *
 * @category Money
 * @example
 * ```ts
 * import type { KnownCurrencyCode } from 'budget-whatif';
 * const codes: KnownCurrencyCode[] = ['EUR', 'USD', 'PLN'];
 * ```
 */
export type KnownCurrencyCode =
  | 'EUR'
  | 'USD'
  | 'GBP'
  | 'PLN'
  | 'SEK'
  | 'NOK'
  | 'DKK'
  | 'CHF'
  | 'CZK'
  | 'HUF'
  | 'RON'
  | 'BGN'
  | 'ISK'
  | 'TRY'
  | 'ALL'
  | 'MKD'
  | 'UAH'
  | 'BYN'
  | 'RUB'
  | 'MDL'
  | 'GEL'
  | 'RSD'
  | 'JPY'
  | 'KRW'
  | 'CNY'
  | 'HKD'
  | 'SGD'
  | 'INR'
  | 'IDR'
  | 'MYR'
  | 'PHP'
  | 'THB'
  | 'AUD'
  | 'NZD'
  | 'CAD'
  | 'MXN'
  | 'BRL'
  | 'CLP'
  | 'ZAR'
  | 'ILS'
  | 'KWD'
  | 'BHD'
  | 'OMR'
  | 'JOD'
  | 'TND'
  | 'LTL';

/**
 * Look up a currency by its ISO 4217 code.
 *
 * @param code - an ISO 4217 alphabetic code in capitals, such as `'EUR'`.
 * @returns the currency with its minor units.
 * @throws {@link BudgetWhatIfError} `unknown_currency` for a code not in {@link CURRENCIES} (including
 *   lower-case codes, which ISO does not define).
 * @category Money
 * @example
 * ```ts
 * import { getCurrency } from 'budget-whatif';
 * getCurrency('EUR').minorUnits; // => 2
 * getCurrency('KWD').minorUnits; // => 3
 * getCurrency('EURO'); // throws: unknown_currency
 * ```
 */
export function getCurrency(code: CurrencyCode): Currency {
  return currencyOf(code);
}

/**
 * Tell whether a string is a currency code budget-whatif knows.
 *
 * @param code - any value.
 * @returns `true` for a code in {@link CURRENCIES}.
 * @category Money
 * @example
 * ```ts
 * import { isCurrencyCode } from 'budget-whatif';
 * isCurrencyCode('PLN'); // => true
 * isCurrencyCode('pln'); // => false
 * ```
 */
export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && Object.hasOwn(CURRENCIES, code);
}

/** {@link getCurrency} with a path for the error message. @internal */
export function currencyOf(code: unknown, path: Path = ['currency']): Currency {
  const currency = typeof code === 'string' && Object.hasOwn(CURRENCIES, code) ? CURRENCIES[code] : undefined;
  if (currency === undefined) {
    // An unknown code whose upper case is known: "pln" for "PLN".
    const hint =
      typeof code === 'string' && Object.hasOwn(CURRENCIES, code.toUpperCase())
        ? ` (did you mean "${code.toUpperCase()}"?)`
        : '';
    return fail(
      'unknown_currency',
      `unknown currency code ${show(code)}${hint}; expected an ISO 4217 code such as "EUR" or "USD"`,
      path,
      code,
    );
  }
  return currency;
}
