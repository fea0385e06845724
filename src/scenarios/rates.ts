// Exchange rates as a scenario writes them: a pair quoted either way round ("EUR/USD" or "USD/EUR"; in a
// PLN scenario "PLN/USD" or "USD/PLN", as newspapers and NATO quote it), and a value that is a decimal or
// an exact fraction of two ("1/3.95", a cross rate "4.2/1.13"), which no decimal can write.
import { ONE, type Decimal } from '../decimal/core';
import { toDecimal } from '../decimal/decimal';
import { checkLimits } from '../decimal/limits';
import { fail, show, type Path } from '../errors/fail';

/** A rate as written: `times ÷ over` (`over` is 1 for a decimal), and whether it was written as a fraction. @internal */
export interface WrittenRate {
  readonly times: Decimal;
  readonly over: Decimal;
  readonly fraction: boolean;
}

const FRACTION = /^\s*(.*?)\s*\/\s*(.*?)\s*$/;

/** Read a rate: a positive decimal, or a fraction of two; `out_of_range` for zero or less, with the path. @internal */
export function readRate(raw: unknown, path: Path = []): WrittenRate {
  const match = typeof raw === 'string' ? FRACTION.exec(raw) : null;
  if (match === null) {
    const value = toDecimal(raw, path);
    if (!value.gt(0))
      fail(
        'out_of_range',
        `an exchange rate must be above 0, received ${typeof raw === 'string' ? raw : show(raw)}`,
        path,
        raw,
      );
    return { times: value, over: ONE, fraction: false };
  }
  const [times, over] = [toDecimal(match[1], path), toDecimal(match[2], path)];
  if (!times.gt(0) || !over.gt(0))
    fail(
      'out_of_range',
      `an exchange rate written as a fraction needs numbers above 0 on both sides of "/", received ${show(raw)}`,
      path,
      raw,
    );
  // Its value held to the limits every number is, so that the rate it gives is one too.
  checkLimits(times.div(over), path, raw);
  return { times, over, fraction: true };
}

/** A rate's value as a number: a fraction worked out (to 40 digits). @internal */
export function rateValue(rate: WrittenRate): Decimal {
  return rate.times.div(rate.over);
}

/** A rate written canonically: a fraction stays a fraction of canonical decimals, a decimal is its canonical form. @internal */
export function canonicalRate(raw: unknown): string {
  const rate = readRate(raw);
  return rate.fraction ? `${rate.times.toString()}/${rate.over.toString()}` : rate.times.toString();
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
 * How an amount in the scenario's currency becomes one in the view: × `times` ÷ `over`, exactly (a pair
 * quoted the other way round swaps them). @internal
 */
export function conversionOf(rate: WrittenRate, inverse: boolean): { readonly times: Decimal; readonly over: Decimal } {
  return inverse ? { times: rate.over, over: rate.times } : { times: rate.times, over: rate.over };
}
