import { describe, expectTypeOf, it } from 'vitest';
import {
  add,
  allocate,
  compare,
  decimal,
  money,
  sum,
  toJSON,
  type BudgetWhatIfIssue,
  type Decimal,
  type DecimalInput,
  type Money,
  type MoneyJSON,
  type RoundingMode,
} from '../../src/index';

describe('Money types', () => {
  it('carries the currency code as a literal type', () => {
    expectTypeOf(money('1', 'EUR')).toEqualTypeOf<Money<'EUR'>>();
    expectTypeOf(money('1', 'EUR').amount).toEqualTypeOf<Decimal>();
  });

  it('makes mixing currencies known at compile time a type error', () => {
    const eur = money('1', 'EUR');
    const usd = money('1', 'USD');
    // @ts-expect-error EUR and USD cannot be added
    add(eur, usd);
    // @ts-expect-error EUR and USD cannot be compared
    compare(eur, usd);
    expectTypeOf(add(eur, eur)).toEqualTypeOf<Money<'EUR'>>();
  });

  it('accepts a currency only known at run time', () => {
    const code = ['PLN', 'EUR'][0] ?? 'EUR'; // a string known only at run time
    const amount = money('1', code);
    expectTypeOf(amount).toEqualTypeOf<Money<string>>();
    expectTypeOf(add(amount, money('2', 'PLN'))).toEqualTypeOf<Money<string>>();
  });

  it('keeps Money readonly', () => {
    const eur = money('1', 'EUR');
    // @ts-expect-error amount is readonly
    eur.amount = decimal('2');
  });

  it('types the inputs and outputs of allocate, sum and toJSON', () => {
    expectTypeOf(allocate(money('1', 'EUR'), [1, 2])).toEqualTypeOf<Money<'EUR'>[]>();
    expectTypeOf(sum([money('1', 'EUR')])).toEqualTypeOf<Money<'EUR'>>();
    expectTypeOf(toJSON(money('1', 'EUR'))).toEqualTypeOf<MoneyJSON>();
    expectTypeOf<MoneyJSON['amount']>().toEqualTypeOf<string>();
  });

  it('accepts exact inputs only', () => {
    expectTypeOf<DecimalInput>().toEqualTypeOf<string | bigint | number | Decimal>();
    // @ts-expect-error a boolean is not a number
    money(true, 'EUR');
  });

  it('lists the rounding modes as a string union', () => {
    expectTypeOf<RoundingMode>().toEqualTypeOf<
      'half-even' | 'half-up' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor'
    >();
  });

  it('describes issues structurally', () => {
    expectTypeOf<BudgetWhatIfIssue['path']>().toEqualTypeOf<readonly (string | number)[]>();
  });
});
