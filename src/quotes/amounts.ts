import { fail, type Path } from '../errors/fail';
import type { Money } from '../money/core';
import type { ParsedQuote } from './parseQuote';
import { isMoneyInterval, type MoneyInterval } from './types';

/**
 * An amount as a parsed quote, a money interval or exact Money: what {@link impliedRate} and
 * {@link checkShare} compare. A parsed quote must be of money (checked when used), so that
 * `impliedRate(parseQuote('€1.1 billion'), parseQuote('$1.2 billion'))` reads as it should.
 *
 * @category Quotes
 * @example
 * ```ts
 * import { money, parseQuote, type QuotedAmount } from 'budget-whatif';
 * const amounts: QuotedAmount[] = [parseQuote('€1.1 billion') as QuotedAmount, money('1100000000', 'EUR')];
 * ```
 */
export type QuotedAmount = ParsedQuote | MoneyInterval | Money;

/** A quoted amount as a money interval (exact Money as a single point), or an error for a non-money quote. @internal */
export function asMoneyInterval(amount: QuotedAmount, path: Path): MoneyInterval {
  if ('kind' in amount) {
    if (amount.kind !== 'money') {
      return fail(
        'invalid_quote',
        `expected an amount of money, received ${amount.kind === 'percent' ? 'a percentage' : 'a plain number'}: ${JSON.stringify(amount.text)}`,
        path,
        amount.text,
      );
    }
    return amount.interval;
  }
  if ('lo' in amount) {
    if (!isMoneyInterval(amount))
      return fail('invalid_type', 'expected an interval of money, received a plain interval', path);
    return amount;
  }
  return { lo: amount.amount, hi: amount.amount, loOpen: false, hiOpen: false, currency: amount.currency };
}
