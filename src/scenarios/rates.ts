// Exchange rates as a scenario writes them: a pair quoted either way round ("EUR/USD" or "USD/EUR"; in a
// PLN scenario "PLN/USD" or "USD/PLN", as newspapers and NATO quote it), and a value that is a decimal or
// the exact reciprocal of one ("1/3.95"), which no decimal can write.
import { D, type Decimal } from '../decimal/core';
import { toDecimal } from '../decimal/decimal';
import { fail, show, type Path } from '../errors/fail';

/** A rate as written: the number, and whether the file wrote its reciprocal (`"1/3.95"`). @internal */
export interface WrittenRate {
  readonly value: Decimal;
  readonly reciprocal: boolean;
}

const RECIPROCAL = /^\s*1\s*\/\s*(.*?)\s*$/;

/** Read a rate: a positive decimal, or `1/` and one; `out_of_range` for zero or less, with the path. @internal */
export function readRate(raw: unknown, path: Path = []): WrittenRate {
  const match = typeof raw === 'string' ? RECIPROCAL.exec(raw) : null;
  const value = toDecimal(match === null ? raw : match[1], path);
  if (!value.gt(0))
    fail(
      'out_of_range',
      match === null
        ? `an exchange rate must be above 0, received ${typeof raw === 'string' ? raw : show(raw)}`
        : `the reciprocal of an exchange rate needs a number above 0 after "1/", received ${show(raw)}`,
      path,
      raw,
    );
  return { value, reciprocal: match !== null };
}

/** A rate's value as a number: the reciprocal worked out (to 40 digits) where the file wrote one. @internal */
export function rateValue(rate: WrittenRate): Decimal {
  return rate.reciprocal ? new D(1).div(rate.value) : rate.value;
}

/** A rate written canonically: `"1/3.95"` stays a reciprocal, anything else is its decimal. @internal */
export function canonicalRate(raw: unknown): string {
  const rate = readRate(raw);
  return rate.reciprocal ? `1/${rate.value.toString()}` : rate.value.toString();
}

/**
 * The view a pair gives in a scenario of `currency`: the other currency, and whether the pair quotes the
 * scenario's currency (`USD/PLN` in a PLN scenario: złoty per dollar, so an amount is divided by it).
 * @internal
 */
export function pairView(pair: string, currency: string): { readonly view: string; readonly inverse: boolean } {
  const [base = '', quote = ''] = pair.split('/');
  if (base === currency && quote !== currency) return { view: quote, inverse: false };
  if (quote === currency && base !== currency) return { view: base, inverse: true };
  return fail(
    'currency_mismatch',
    `a rate for views names the scenario's currency on one side: ${currency}/… or …/${currency}, received ${pair}`,
    [pair],
    pair,
  );
}

/**
 * How an amount in the scenario's currency becomes one in the view: multiplied by a number, or divided
 * by one (a pair quoted the other way round, or a reciprocal written, but not both), exactly. @internal
 */
export function conversionOf(
  rate: WrittenRate,
  inverse: boolean,
): { readonly times: Decimal } | { readonly over: Decimal } {
  return rate.reciprocal === inverse ? { times: rate.value } : { over: rate.value };
}
