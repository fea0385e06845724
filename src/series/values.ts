// Series hold Money or Decimals; the series functions that add values up handle both.
import { ZERO, type Decimal } from '../decimal/core';
import { exactPlus } from '../decimal/exact';
import { fail, type Path } from '../errors/fail';
import { assertSameCurrency, isMoney, makeMoney, type Money } from '../money/core';

/** The amount of Money or the Decimal itself. @internal */
export function amountOf(value: Money | Decimal): Decimal {
  return isMoney(value) ? value.amount : value;
}

/** Add two values of the same kind (and currency). @internal */
export function addValues<TValue extends Money | Decimal>(a: TValue, b: TValue, path: Path): TValue {
  if (isMoney(a)) {
    if (!isMoney(b)) return fail('currency_mismatch', 'cannot add a plain number to money', path);
    assertSameCurrency(a, b, path);
    return makeMoney(exactPlus(a.amount, b.amount, path), a.currency) as TValue;
  }
  if (isMoney(b)) return fail('currency_mismatch', 'cannot add money to a plain number', path);
  return exactPlus(a, b, path) as TValue;
}

/** Multiply a value by a factor, keeping its kind. @internal */
export function scaleValue<TValue extends Money | Decimal>(value: TValue, factor: Decimal): TValue {
  return (isMoney(value) ? makeMoney(value.amount.times(factor), value.currency) : value.times(factor)) as TValue;
}

/** Multiply a value by `numerator / denominator`, dividing last so that exact quotients stay exact. @internal */
export function rescaleValue<TValue extends Money | Decimal>(
  value: TValue,
  numerator: Decimal,
  denominator: Decimal,
): TValue {
  return (
    isMoney(value)
      ? makeMoney(value.amount.times(numerator).div(denominator), value.currency)
      : value.times(numerator).div(denominator)
  ) as TValue;
}

/** Zero of the same kind as a value. @internal */
export function zeroLike<TValue extends Money | Decimal>(value: TValue): TValue {
  return (isMoney(value) ? makeMoney(ZERO, value.currency) : ZERO) as TValue;
}
