// What NATO's own tables give an ally's starter scenario where the dataset has no national figure: GDP in
// the national currency (NATO's GDP in dollars, Table 5, at NATO's rate for the year, Table 2 over
// Table 1) and NATO's rate to the US dollar, both of the latest year of the latest release whose tables
// the dataset holds. A scenario on them is on NATO's own GDP basis: NATO's share of that GDP is NATO's
// amount.
import { D, type Decimal } from '../decimal/core';
import type { Money } from '../money/core';
import { makeMoney } from '../money/core';
import type { Figure } from '../data/figures';
import type { Source } from '../sources/Source';
import { DEFAULT_NATO_AMOUNTS_RELEASE, natoAmounts, type NatoAmounts } from '../data/nato/natoAmounts';
import { releaseOf } from '../data/nato/natoShares';
import { natoDenominator } from '../data/nato/natoDenominator';
import { fiscalYearWords, natoFiscalYear } from '../data/nato/natoFiscalYear';

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

/** NATO's figures of one ally and year that its GDP and rate are made of, as its tables print them. */
interface Printed {
  readonly year: number;
  readonly status: string;
  readonly source: Source;
  /** Table 1, millions of the currency. */
  readonly expenditure: string;
  /** Table 2, millions of dollars. */
  readonly dollars: string;
  /** Table 5, millions of dollars. */
  readonly gdp: string;
}

/** The latest year of the amounts release, where NATO's table has the ally's figures in `currency`. */
function latestInCurrency(code: string, currency: string): Printed | undefined {
  const row = natoAmounts(code, releaseOf(DEFAULT_NATO_AMOUNTS_RELEASE).years.to) as NatoAmounts;
  const { expenditure, 'expenditure-usd': dollars, 'gdp-usd': gdp } = row.printed;
  if (row.expenditure?.currency !== currency || dollars === undefined || gdp === undefined) return undefined;
  return {
    year: row.year,
    status: row.status,
    source: row.source as Source,
    expenditure: expenditure as string,
    dollars,
    gdp,
  };
}

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
  const nato = latestInCurrency(code, currency);
  if (nato === undefined) return undefined;
  const { year, status, source, expenditure, dollars, gdp } = nato;
  if (currency === 'USD')
    return {
      year,
      figure: {
        value: makeMoney(new D(gdp).times(1_000_000), currency),
        source,
        status: 'estimate',
        note: `NATO’s ${status} of GDP in ${String(year)}, Table 5: ${gdp} million US dollars.`,
      },
    };
  const amount = new D(gdp).times(expenditure).div(dollars).times(1_000_000).toDecimalPlaces(0, D.ROUND_HALF_EVEN);
  const other = natoDenominator(code, year);
  const fiscal = natoFiscalYear(code, year);
  return {
    year,
    figure: {
      value: makeMoney(amount, currency),
      source,
      status: 'derived',
      note: `NATO’s ${status} of GDP in ${String(year)} in ${currency}: Table 5's ${gdp} million US dollars at NATO's rate for the year, Table 1's ${expenditure} million ${currency} of defence expenditure to Table 2's ${dollars} million dollars; rounded to a whole unit.${other === undefined ? '' : ` Not GDP: ${other.note}`}${fiscal === undefined ? '' : ` ${fiscalYearWords(fiscal)} (natoFiscalYear).`}`,
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
  const nato = currency === 'USD' ? undefined : latestInCurrency(code, currency);
  if (nato === undefined) return undefined;
  const { year, status, source, expenditure, dollars } = nato;
  const fiscal = natoFiscalYear(code, year);
  return {
    year,
    pair: `${currency}/USD`,
    figure: {
      value: `${dollars}/${expenditure}`,
      source,
      status: 'derived',
      note: `US dollars per ${currency} in NATO’s ${status} for ${String(year)}: Table 2's ${dollars} million dollars of defence expenditure over Table 1's ${expenditure} million ${currency}, exactly.${fiscal === undefined ? '' : ` ${fiscalYearWords(fiscal)} (natoFiscalYear).`}`,
    },
  };
}

/**
 * NATO's real GDP growth and GDP deflator for an ally in a year, as its tables imply them, as
 * `countryData` gives them (`natoGrowth`).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { countryData, type NatoGrowth } from 'budget-whatif/scenarios';
 * const turkey: NatoGrowth | undefined = countryData('TR').natoGrowth;
 * turkey?.deflator.value.toFixed(4); // => '0.4941'
 * ```
 */
export interface NatoGrowth {
  /** The year they are the rates of (NATO's latest in the dataset). */
  readonly year: number;
  /** Real GDP growth over the year before: Table 5's GDP at 2015 prices, year over year. */
  readonly realGrowth: Figure<Decimal>;
  /** The GDP deflator's change: GDP at current prices over GDP at 2015 prices, in the national currency. */
  readonly deflator: Figure<Decimal>;
}

/**
 * NATO's real growth and GDP deflator of the latest year of the amounts release over the year before, from
 * its Table 5 (GDP in dollars at current prices and at 2015 prices and exchange rates) and its rate for
 * each year (Table 2 over Table 1): real growth is the ratio of the real figures; the deflator, the ratio
 * of current to real in the national currency (the 2015 rate cancels out). Exact, status `derived`; none
 * where NATO's table lacks a figure (Iceland's defence, so no rate). @internal
 */
export function natoGrowthOf(code: string): NatoGrowth | undefined {
  const year = releaseOf(DEFAULT_NATO_AMOUNTS_RELEASE).years.to;
  const [now, before] = [indexOf(code, year), indexOf(code, year - 1)];
  if (now === undefined || before === undefined) return undefined;
  const { source } = now;
  const realGrowth = now.real.div(before.real).minus(1);
  const deflator = now.nominal.div(now.real).div(before.nominal.div(before.real)).minus(1);
  const from = `Table 5 for ${String(year - 1)} and ${String(year)}`;
  return {
    year,
    realGrowth: {
      value: realGrowth,
      source,
      status: 'derived',
      note: `NATO’s real GDP growth in ${String(year)}: GDP at 2015 prices and exchange rates, ${from} (${before.printed.real} and ${now.printed.real} million dollars).`,
    },
    deflator: {
      value: deflator,
      source,
      status: 'derived',
      note: `NATO’s GDP deflator in ${String(year)}: GDP at current prices in the national currency (Table 5's dollars at NATO's rate for the year, Table 2 over Table 1) over GDP at 2015 prices, ${from}.`,
    },
  };
}

/** An ally's GDP of a year in NATO's tables: current prices in the national currency, and real; with its source. */
function indexOf(
  code: string,
  year: number,
): { nominal: Decimal; real: Decimal; printed: { real: string }; source: Source } | undefined {
  const row = natoAmounts(code, year);
  const { expenditure, 'expenditure-usd': dollars, 'gdp-usd': gdp, 'real-gdp-usd': real } = row?.printed ?? {};
  if ([expenditure, dollars, gdp, real].some((value) => value === undefined || new D(value).isZero())) return undefined;
  return {
    nominal: new D(gdp as string).times(expenditure as string).div(dollars as string),
    real: new D(real as string),
    printed: { real: real as string },
    // A row with figures has its table's source.
    source: row?.source as Source,
  };
}
