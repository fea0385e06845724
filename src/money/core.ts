import type { Decimal } from '../decimal/core';
import { fail, type Path } from '../errors/fail';
import type { CurrencyCode } from './currencies';

/**
 * An exact amount of money in one currency.
 *
 * `amount` is an exact {@link Decimal}, never a float, and is not rounded: `money('0.005', 'EUR')` holds
 * half a cent until a rule rounds it ({@link round}, {@link allocate}, {@link toMinorUnits}). Create Money
 * with {@link money} (which checks the amount and the currency) or {@link fromJSON}; every operation
 * returns a new object; none mutates its inputs. The type parameter carries the currency code when it is known at compile
 * time, so that `add(eur, usd)` does not compile.
 *
 * @typeParam TCurrency - the currency code, `'EUR'` for `money('1', 'EUR')`.
 * @category Money
 * @example
 * ```ts
 * import { money, type Money } from 'budget-whatif';
 * const plan: Money<'EUR'> = money('1100000000', 'EUR');
 * plan.amount.toString(); // => '1100000000'
 * plan.currency; // => 'EUR'
 * ```
 */
export interface Money<TCurrency extends CurrencyCode = CurrencyCode> {
  /** The exact amount, in major units (euros, not cents). */
  readonly amount: Decimal;
  /** The ISO 4217 code of the currency. */
  readonly currency: TCurrency;
}

/** Build Money from values already checked. @internal */
export function makeMoney<TCurrency extends CurrencyCode>(amount: Decimal, currency: TCurrency): Money<TCurrency> {
  return { amount, currency };
}

/**
 * Whether a value is Money: an object with a currency code. A Decimal, a year series or a plain number
 * is not. @internal
 */
export function isMoney(value: unknown): value is Money {
  return typeof (value as { readonly currency?: unknown } | null | undefined)?.currency === 'string';
}

/** Throw `currency_mismatch` unless both amounts are in the same currency. @internal */
export function assertSameCurrency(a: Money, b: Money, path: Path): void {
  if (a.currency !== b.currency) {
    fail(
      'currency_mismatch',
      `cannot combine ${a.currency} and ${b.currency}; convert one of them first (see convert())`,
      path,
      b.currency,
    );
  }
}
