import { fail } from '../errors/fail';
import type { CurrencyCode } from './currencies';
import { assertSameCurrency, type Money } from './core';

/** The smallest (`-1`) or largest (`1`) of a non-empty list of one currency; the first of equals wins. @internal */
export function extreme<TCurrency extends CurrencyCode>(
  values: readonly Money<TCurrency>[],
  direction: -1 | 1,
): Money<TCurrency> {
  let best = values[0];
  if (best === undefined) return fail('empty_input', 'expected at least one amount', ['values']);
  for (let i = 1; i < values.length; i++) {
    const value = values[i] as Money<TCurrency>;
    assertSameCurrency(best, value, ['values', i]);
    if (value.amount.comparedTo(best.amount) === direction) best = value;
  }
  return best;
}
