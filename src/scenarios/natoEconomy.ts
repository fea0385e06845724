// What NATO's own tables give an ally's starter scenario where the dataset has no national figure: GDP in
// the national currency (NATO's GDP in dollars, Table 5, at NATO's rate for the year, Table 2 over
// Table 1) and NATO's rate to the US dollar, both of the latest year of the latest release whose tables
// the dataset holds. A scenario on them is on NATO's own GDP basis: NATO's share of that GDP is NATO's
// amount.
import { D } from '../decimal/core';
import type { Money } from '../money/core';
import { makeMoney } from '../money/core';
import type { Figure } from '../data/figures';
import { DEFAULT_NATO_AMOUNTS_RELEASE, natoAmounts, type NatoAmounts } from '../data/nato/natoAmounts';
import { NATO_RELEASES } from '../data/nato/natoShares';

/**
 * A rate to the US dollar for an ally's currency, as `countryData` gives it and a scenario's `fx`
 * writes it: the ECB's (`usdRate`) or NATO's (`natoUsdRate`).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { countryData, type UsdRate } from 'budget-whatif/scenarios';
 * const rate: UsdRate | undefined = countryData('PL').usdRate;
 * rate?.pair; // => 'PLN/USD'
 * ```
 */
export interface UsdRate {
  /** The year it is the rate of (an annual average, or NATO's rate for the year). */
  readonly year: number;
  /** The pair it is written for, as a scenario's `fx` writes it (`PLN/USD`). */
  readonly pair: string;
  /** The rate as a scenario writes it (a decimal or an exact fraction), with its source. */
  readonly figure: Figure<string>;
}

/** The latest year of the amounts release, where NATO's table has the ally's figures in `currency`. */
function latestInCurrency(code: string, currency: string): NatoAmounts | undefined {
  const { to } = (
    NATO_RELEASES.find((release) => release.id === DEFAULT_NATO_AMOUNTS_RELEASE) as (typeof NATO_RELEASES)[number]
  ).years;
  const row = natoAmounts(code, to);
  return row?.expenditure?.currency === currency && row.expenditureUsd !== undefined ? row : undefined;
}

const stageOf = (row: NatoAmounts): string => (row.status === 'estimate' ? 'NATO’s estimate' : 'NATO’s outturn');

/**
 * NATO's GDP of the ally in its currency for the latest year of the amounts release: Table 5's dollars at
 * NATO's rate for the year (Table 2 ÷ Table 1), rounded half-even to a whole unit; the dollars as they are
 * for the United States. None where NATO's table is in another currency (Bulgaria, in leva until 2026).
 * @internal
 */
export function natoGdpOf(
  code: string,
  currency: string,
): { readonly year: number; readonly figure: Figure<Money> } | undefined {
  const row = latestInCurrency(code, currency);
  if (row?.gdpUsd === undefined || row.source === undefined) return undefined;
  const { printed } = row;
  if (currency === 'USD')
    return {
      year: row.year,
      figure: {
        value: row.gdpUsd,
        source: row.source,
        status: 'estimate',
        note: `${stageOf(row)} of GDP in ${String(row.year)}, Table 5: ${printed['gdp-usd'] ?? ''} million US dollars.`,
      },
    };
  const amount = new D(printed['gdp-usd'] ?? '')
    .times(printed.expenditure ?? '')
    .div(printed['expenditure-usd'] ?? '')
    .times(1_000_000)
    .toDecimalPlaces(0, D.ROUND_HALF_EVEN);
  return {
    year: row.year,
    figure: {
      value: makeMoney(amount, currency),
      source: row.source,
      status: 'derived',
      note: `${stageOf(row)} of GDP in ${String(row.year)} in ${currency}: Table 5's ${printed['gdp-usd'] ?? ''} million US dollars at NATO's rate for the year, Table 1's ${printed.expenditure ?? ''} million ${currency} of defence expenditure to Table 2's ${printed['expenditure-usd'] ?? ''} million dollars; rounded to a whole unit.`,
    },
  };
}

/**
 * NATO's rate to the US dollar for the latest year of the amounts release: US dollars per unit of the
 * currency, written as the exact fraction of its Table 2 over its Table 1 (`2300.07216913714/2132.904`),
 * so that a scenario's dollars reproduce NATO's. None for the dollar, or where NATO's table is in another
 * currency. @internal
 */
export function natoUsdRateOf(code: string, currency: string): UsdRate | undefined {
  const row = currency === 'USD' ? undefined : latestInCurrency(code, currency);
  if (row?.source === undefined) return undefined;
  const { printed } = row;
  return {
    year: row.year,
    pair: `${currency}/USD`,
    figure: {
      value: `${printed['expenditure-usd'] ?? ''}/${printed.expenditure ?? ''}`,
      source: row.source,
      status: 'derived',
      note: `US dollars per ${currency} in ${stageOf(row)} for ${String(row.year)}: Table 2's ${printed['expenditure-usd'] ?? ''} million dollars of defence expenditure over Table 1's ${printed.expenditure ?? ''} million ${currency}, exactly.`,
    },
  };
}
