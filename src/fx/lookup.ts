// Reading a RateTable: the rate of any pair on a row, through the table's base when neither currency is it.
import { ONE, type Decimal } from '../decimal/core';
import { fromSafeScaledInteger } from '../decimal/scaledInteger';
import { fail } from '../errors/fail';
import { currencyOf, type CurrencyCode } from '../money/currencies';
import type { RateColumn, RateTable } from './types';

/** How to read a pair from a table: which columns, and whether to invert or cross. @internal */
export interface PairReader {
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  /** The rate on a row, or `undefined` where a needed column has no value. */
  readonly at: (row: number) => Decimal | undefined;
  /** How the rate is derived from the table, for notes; empty when it is a column as is. */
  readonly derivation: string;
  /** The column when the pair is `base/column` as stored, for the published number of decimals. */
  readonly direct?: RateColumn;
}

/** The codes of a currency pair, checked: two known, different currencies. @internal */
export function checkPair(base: CurrencyCode, quote: CurrencyCode): [CurrencyCode, CurrencyCode] {
  const from = currencyOf(base, ['base']).code;
  const to = currencyOf(quote, ['quote']).code;
  if (from === to)
    fail(
      'currency_mismatch',
      `an exchange rate needs two different currencies, received ${from}/${to}`,
      ['quote'],
      quote,
    );
  return [from, to];
}

/** A reader for `base/quote` from a table, or an error naming what the table lacks. @internal */
export function pairReader(table: RateTable, base: CurrencyCode, quote: CurrencyCode): PairReader {
  const [from, to] = checkPair(base, quote);
  const column = (code: CurrencyCode, path: string): RateColumn => {
    const found = Object.hasOwn(table.columns, code) ? table.columns[code] : undefined;
    if (found === undefined) {
      return fail(
        'no_rate',
        `the table has no ${table.base}/${code} rates; it has ${Object.keys(table.columns).join(', ')}`,
        [path],
        code,
      );
    }
    return found;
  };
  const value = (col: RateColumn, row: number): Decimal | undefined => {
    const units = col.units[row];
    return units === undefined ? undefined : fromSafeScaledInteger(units, col.decimals);
  };
  if (from === table.base) {
    const direct = column(to, 'quote');
    return { base: from, quote: to, at: (row) => value(direct, row), derivation: '', direct };
  }
  if (to === table.base) {
    const inverse = column(from, 'base');
    return {
      base: from,
      quote: to,
      at: (row) => {
        const rate = value(inverse, row);
        return rate === undefined ? undefined : ONE.div(rate);
      },
      derivation: `the inverse of ${table.base}/${from}`,
    };
  }
  const over = column(from, 'base');
  const under = column(to, 'quote');
  return {
    base: from,
    quote: to,
    at: (row) => {
      const a = value(over, row);
      const b = value(under, row);
      return a === undefined || b === undefined ? undefined : b.div(a);
    },
    derivation: `the cross rate ${table.base}/${to} ÷ ${table.base}/${from}`,
  };
}

/** The index of the last date ≤ `date`, or −1. Binary search: dates are ascending strings. @internal */
export function lastRowOnOrBefore(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as string) <= date) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The series name for a currency, when the table names its series. @internal */
export function seriesName(
  table: RateTable,
  kind: 'daily' | 'annual',
  base: CurrencyCode,
  quote: CurrencyCode,
): string | undefined {
  const template = table.series?.[kind];
  if (template === undefined) return undefined;
  const other = base === table.base ? quote : quote === table.base ? base : undefined;
  return other === undefined ? undefined : template.replace('{currency}', other);
}
