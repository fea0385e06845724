import { toDecimal } from '../decimal/decimal';
import { fail, show } from '../errors/fail';
import { currencyOf } from './currencies';
import { makeMoney, type Money } from './core';

/**
 * Read an amount back from the JSON that {@link toJSON} writes, checking it.
 *
 * @param json - a parsed JSON value: `{ amount: "1100000000.00", currency: "EUR" }`. The amount may also
 *   be a safe integer; any other number is rejected, since it has been through a float.
 * @returns the amount.
 * @throws {@link BudgetWhatIfError} `invalid_type` when `json` is not an object with `amount` and
 *   `currency`; `invalid_number`/`unsafe_number` (path `amount`); `unknown_currency` (path `currency`).
 * @category Money
 * @example
 * ```ts
 * import { fromJSON } from 'budget-whatif';
 * fromJSON({ amount: '1100000000.00', currency: 'EUR' }).amount.toString(); // => '1100000000'
 * fromJSON(JSON.parse('{"amount":"905000000","currency":"USD"}')).currency; // => 'USD'
 * ```
 */
export function fromJSON(json: unknown): Money {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('invalid_type', 'expected an object { amount, currency }', [], json);
  }
  const record = json as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'amount' && key !== 'currency')
      fail(
        'invalid_type',
        `unexpected key ${show(key)} in Money JSON; expected only amount and currency`,
        [key],
        record[key],
      );
  }
  if (record['amount'] === undefined) fail('invalid_type', 'missing amount', ['amount']);
  const currency = currencyOf(record['currency'], ['currency']);
  return makeMoney(toDecimal(record['amount'], ['amount']), currency.code);
}
