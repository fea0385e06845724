// What the dataset knows of one ally, for comparisons and starter scenarios: its name and currency, NATO's
// shares of GDP (every year of the latest full release, and every release as a history), NATO's amounts
// of June 2024 with the GDP and dollar rate they imply, and, where the project has cited figures, nominal
// GDP, real growth, population and the ECB's rate to the US dollar.
import { decimal } from '../decimal/decimal';
import type { Decimal } from '../decimal/core';
import { fail, show } from '../errors/fail';
import { money } from '../money/money';
import type { Money } from '../money/core';
import type { Source } from '../sources/Source';
import type { Figure } from '../data/figures';
import { lithuania, POPULATION_PROJECTION_METHOD } from '../data/lithuania/dataset';
import { ANNUAL_AVERAGES } from '../data/ecb/annualAverages.generated';
import type { FigureHistory } from '../data/history/types';
import { natoShareHistory } from '../data/nato/natoShareHistory';
import { DEFAULT_NATO_RELEASE, NATO_ALLIES, natoShare, releaseOf, type NatoShare } from '../data/nato/natoShares';
import { DEFAULT_NATO_AMOUNTS_RELEASE, natoAmounts, type NatoAmounts } from '../data/nato/natoAmounts';
import { natoGdpOf, natoUsdRateOf, type UsdRate } from './natoEconomy';
import { allyPopulation } from '../data/population/allyPopulation';
import { yearsOf } from '../series/years';

/**
 * One ally, as the dataset knows it; see {@link countryData}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { countryData, type CountryData } from 'budget-whatif/scenarios';
 * const poland: CountryData = countryData('PL');
 * poland.currency; // => 'PLN'
 * ```
 */
export interface CountryData {
  /** The ISO 3166 code. */
  readonly code: string;
  /** The name. */
  readonly name: string;
  /** The ISO 4217 code of the currency its budget is in. */
  readonly currency: string;
  /** NATO's share of GDP in each year of the latest full release (rows without a number say why). */
  readonly natoShares: readonly NatoShare[];
  /**
   * Every release's share of GDP by year, as a history to read with {@link budget-whatif!vintages},
   * {@link budget-whatif!asOf} and {@link budget-whatif!revisions}: NATO's estimates, then its outturns.
   */
  readonly natoHistory: FigureHistory;
  /**
   * NATO's amounts in each year of the latest release whose tables the dataset holds (`2024-06`): defence
   * expenditure in the national currency and in dollars, GDP in dollars, real figures, the equipment share.
   */
  readonly natoAmounts: readonly NatoAmounts[];
  /**
   * NATO's GDP of the latest year of those tables, in the currency: its dollars (Table 5) at NATO's rate
   * for the year (Table 2 over Table 1), rounded to a whole unit, status `derived` (`estimate` for the
   * United States, in dollars as they are). None where NATO's table is in another currency (Bulgaria's,
   * in leva) or has no figure (Iceland's defence). A scenario on it is on NATO's GDP basis.
   */
  readonly natoGdp?: {
    /** Its year. */
    readonly year: number;
    /** The amount, with its source and how it was derived. */
    readonly figure: Figure<Money>;
  };
  /** Nominal GDP of one year, in the currency, where the dataset has a cited figure. */
  readonly gdp?: {
    /** Its year. */
    readonly year: number;
    /** The amount, with its source. */
    readonly figure: Figure<Money>;
  };
  /** Real GDP growth by year, as fractions, where cited. */
  readonly realGrowth?: Readonly<Record<number, Figure<Decimal>>>;
  /** Population of one year, where cited. */
  readonly population?: {
    /** Its year. */
    readonly year: number;
    /** The count, with its source. */
    readonly figure: Figure<Decimal>;
  };
  /**
   * Population by year: for Lithuania, the national counts of past years (1 January) then a projection, each
   * value's status saying which (`actual`, `provisional`, `derived`); for every other ally, the World Bank's
   * mid-year population of 2014–2024 ({@link budget-whatif!allyPopulation}), with no projection. `method`
   * says how the years after the last value are made, or that they are not.
   */
  readonly populationPath: {
    /** The values by year, oldest first. */
    readonly values: Readonly<Record<number, Figure<Decimal>>>;
    /** How the years after the counts are made, and why; or why they are held at the last count. */
    readonly method: string;
  };
  /**
   * US dollars per unit of the currency in one year, with the pair it is written for (`EUR/USD` 1.1300;
   * `PLN/USD` 1.1300/4.2397, an exact cross rate), for a currency the ECB's table has; none for the dollar.
   */
  readonly usdRate?: UsdRate;
  /**
   * NATO's rate to the US dollar for the latest year of its tables in the dataset (2024, NATO's estimate
   * of June 2024): US dollars per unit, the exact fraction of Table 2 over Table 1 (`CAD/USD`
   * `30495.2345376395/41012.1083055026`), so that dollars at it are NATO's. None for the dollar, or where
   * NATO's table is in another currency.
   */
  readonly natoUsdRate?: UsdRate;
}

/** The currency each ally's budget is in (ISO 4217): the euro for the euro area's members. */
const CURRENCIES: Readonly<Record<string, string>> = {
  AL: 'ALL',
  BE: 'EUR',
  BG: 'EUR',
  CA: 'CAD',
  HR: 'EUR',
  CZ: 'CZK',
  DK: 'DKK',
  EE: 'EUR',
  FI: 'EUR',
  FR: 'EUR',
  DE: 'EUR',
  GR: 'EUR',
  HU: 'HUF',
  IS: 'ISK',
  IT: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  LU: 'EUR',
  ME: 'EUR',
  NL: 'EUR',
  MK: 'MKD',
  NO: 'NOK',
  PL: 'PLN',
  PT: 'EUR',
  RO: 'RON',
  SK: 'EUR',
  SI: 'EUR',
  ES: 'EUR',
  SE: 'SEK',
  TR: 'TRY',
  GB: 'GBP',
  US: 'USD',
};

const OECD_POLAND_2025: Source = {
  publisher: 'OECD',
  title: 'OECD Economic Surveys: Poland 2025, Basic statistics of Poland, 2024',
  url: 'https://www.oecd.org/en/publications/oecd-economic-surveys-poland-2025_483d3bb9-en/full-report/basic-statistics-of-poland-2024_4b1812d4.html',
  published: '2025',
  quoted: 'Population (million, 2023) 36.7 … In current prices (billion PLN, 2023) 3 400.9',
};

const GUS_POLAND_2024: Source = {
  publisher: 'Statistics Poland (GUS), via TASR / teraz.sk',
  title: 'Poľský HDP v roku 2024 prekonal očakávania, vzrástol o 3 %',
  url: 'https://www.teraz.sk/ekonomika/polsky-hdp-v-roku-2024-prekonal-ocak/911424-clanok.html',
  published: '2025-10-07',
  quoted: 'Poľský hrubý domáci produkt vzrástol v roku 2024 o 3 %, informoval v utorok Hlavný štatistický úrad (GUS).',
  note: 'The revised estimate of October 2025: “Polish gross domestic product grew by 3% in 2024, the Central Statistical Office (GUS) said on Tuesday.”',
};

/** The year of the ECB annual averages a dollar view is built from: the last complete one. */
const RATE_YEAR = '2025';

/**
 * A rate to the US dollar from the ECB's annual averages of the rate year: EUR/USD as it is, another
 * currency the ECB table has as a cross rate through the euro (US dollars per unit: EUR/USD ÷ EUR/XXX,
 * an exact fraction). None for a currency the table does not have.
 */
function usdRateOf(currency: string): CountryData['usdRate'] {
  const usd = ANNUAL_AVERAGES['USD']?.[RATE_YEAR];
  const own = ANNUAL_AVERAGES[currency]?.[RATE_YEAR];
  if (usd === undefined || (currency !== 'EUR' && own === undefined)) return undefined;
  const source: Source = {
    publisher: 'European Central Bank',
    title: `Euro foreign exchange reference rates, ${RATE_YEAR} annual averages`,
    url: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip',
    quoted: currency === 'EUR' ? `USD ${usd}` : `USD ${usd}; ${currency} ${own ?? ''}`,
    note: `Each the arithmetic mean of the year's daily reference rates (annualAverage, budget-whatif/ecb)${currency === 'EUR' ? '' : `; US dollars per ${currency} as the cross rate through the euro, ${usd}/${own ?? ''}, exactly`}.`,
  };
  const pair = currency === 'EUR' ? 'EUR/USD' : `${currency}/USD`;
  const value = currency === 'EUR' ? usd : `${usd}/${own ?? ''}`;
  return {
    year: Number(RATE_YEAR),
    pair,
    figure: { value, source, status: currency === 'EUR' ? 'actual' : 'derived' },
  };
}

/** The cited economic figures the dataset has for some allies, and every ally's population by year. */
function economyOf(
  code: string,
  name: string,
): Pick<CountryData, 'gdp' | 'realGrowth' | 'population' | 'populationPath'> {
  if (code === 'PL')
    return {
      gdp: { year: 2023, figure: { value: money('3400900000000', 'PLN'), source: OECD_POLAND_2025, status: 'actual' } },
      realGrowth: { 2024: { value: decimal('0.03'), source: GUS_POLAND_2024, status: 'provisional' } },
      population: { year: 2023, figure: { value: decimal('36700000'), source: OECD_POLAND_2025, status: 'actual' } },
      populationPath: worldBankPath(code, name),
    };
  if (code === 'LT') {
    const gdp = lithuania.gdp.versions['eurostat-2025'].values[2024];
    const population = lithuania.population.versions['state-data-agency'].values[2025];
    return {
      ...(gdp === undefined ? {} : { gdp: { year: 2024, figure: gdp } }),
      realGrowth: lithuania.realGrowth.versions['ec-autumn-2025'].values,
      ...(population === undefined ? {} : { population: { year: 2025, figure: population } }),
      populationPath: {
        values: {
          ...lithuania.population.versions['state-data-agency'].values,
          ...lithuania.population.versions.projected.values,
        },
        method: POPULATION_PROJECTION_METHOD,
      },
    };
  }
  return { populationPath: worldBankPath(code, name) };
}

/** An ally's population path where the dataset has no projection: the World Bank's years, the last held. */
function worldBankPath(code: string, name: string): CountryData['populationPath'] {
  const values = allyPopulation(code);
  const last = Object.keys(values).map(Number).at(-1) ?? 0;
  return {
    values,
    method: `The World Bank’s mid-year population to ${String(last)}; the dataset has no cited projection for ${name} (it has one for Lithuania only), so a later year is held at ${String(last)}’s and per-capita figures after it move with spending alone.`,
  };
}

/**
 * What the dataset knows of an ally: its name and currency, NATO's share of GDP in every year of the
 * latest release (each with its status and source; earlier releases with {@link budget-whatif!natoShareVintages}),
 * NATO's amounts of its June 2024 tables with NATO's GDP and dollar rate of 2024 in the ally's currency,
 * where the project has cited them, nominal GDP and real growth, the population by year (for Lithuania
 * counted then projected, for every other ally the World Bank's of 2014–2024), and the ECB's rate to the US dollar where its table has the currency: what a
 * starter scenario needs (see `scenarioFor`).
 *
 * @param code - the ally's ISO 3166 code (`PL`).
 * @returns the ally's data.
 * @throws {@link budget-whatif!BudgetWhatIfError} `unknown_id` for a code that is not an ally's.
 * @category Scenarios
 * @example
 * ```ts
 * import { countryData } from 'budget-whatif/scenarios';
 * const poland = countryData('PL');
 * poland.gdp?.figure.value.amount.toString(); // => '3400900000000'
 * poland.natoShares.find((row) => row.year === 2025)?.printed; // => '4.48'
 * poland.natoHistory.entries['2024']?.map((value) => value.date); // => ['2024-06-17', '2025-08-28']
 * countryData('LV').gdp; // => undefined
 * countryData('LT').populationPath.values[2035]?.value.toString(); // => '2707740'
 * countryData('LV').populationPath.values[2024]?.value.toString(); // => '1866124'
 * ```
 */
export function countryData(code: string): CountryData {
  const ally = NATO_ALLIES.find((candidate) => candidate.code === code && !candidate.aggregate);
  if (ally === undefined)
    return fail(
      'unknown_id',
      `${show(code)} is not an ally's ISO 3166 code: ${NATO_ALLIES.filter((candidate) => !candidate.aggregate)
        .map((candidate) => candidate.code)
        .join(', ')}`,
      ['code'],
      code,
    );
  const currency = CURRENCIES[code] as string;
  const rate = currency === 'USD' ? undefined : usdRateOf(currency);
  // The latest release has a row for every ally in every year it covers (tests/data/nato.test.ts).
  const natoShares = yearsOf(releaseOf(DEFAULT_NATO_RELEASE).years).map((year) => natoShare(code, year) as NatoShare);
  const amounts = yearsOf(releaseOf(DEFAULT_NATO_AMOUNTS_RELEASE).years).map(
    (year) => natoAmounts(code, year) as NatoAmounts,
  );
  const natoGdp = natoGdpOf(code, currency);
  const natoUsdRate = natoUsdRateOf(code, currency);
  return {
    code,
    name: ally.name,
    currency,
    natoShares,
    natoHistory: natoShareHistory(code),
    natoAmounts: amounts,
    ...(natoGdp === undefined ? {} : { natoGdp }),
    ...economyOf(code, ally.name),
    ...(rate === undefined ? {} : { usdRate: rate }),
    ...(natoUsdRate === undefined ? {} : { natoUsdRate }),
  };
}
