// The currency rules of interval arithmetic, shared by the four operations.
import { fail } from '../errors/fail';
import type { CurrencyCode } from '../money/currencies';
import { isMoneyInterval, type Interval, type MoneyInterval } from './types';

/** For `+` and `−`: both plain, or both in the same currency. @internal */
export function sameKind(a: Interval, b: Interval): CurrencyCode | undefined {
  const ca = isMoneyInterval(a) ? a.currency : undefined;
  const cb = isMoneyInterval(b) ? b.currency : undefined;
  if (ca !== cb) {
    fail(
      'currency_mismatch',
      `cannot combine ${ca ?? 'a plain number'} and ${cb ?? 'a plain number'}; both intervals must be in the same currency, or both plain`,
      ['b'],
    );
  }
  return ca;
}

/** Attach a currency to an interval when there is one. @internal */
export function withCurrency(result: Interval, currency: CurrencyCode | undefined): Interval | MoneyInterval {
  return currency === undefined ? result : { ...result, currency };
}
