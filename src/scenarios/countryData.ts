// What the dataset knows of one ally, for comparisons and starter scenarios: its name and currency, NATO's
// shares of GDP (every year of the latest full release, and every release as a history), NATO's amounts
// of June 2024 with the GDP and dollar rate they imply, and, where the project has cited figures, nominal
// GDP, real growth, population and the ECB's rate to the US dollar.
import { decimal } from '../decimal/decimal';
import { fail, show } from '../errors/fail';
import { money } from '../money/money';
import type { Money } from '../money/core';
import type { Source } from '../sources/Source';
import type { Figure } from '../data/figures';
import { lithuania, POPULATION_PROJECTION_METHOD } from '../data/lithuania/dataset';
import { ANNUAL_AVERAGES } from '../data/ecb/annualAverages.generated';
import type { FigureHistory } from '../data/history/types';
import { natoShareHistory } from '../data/nato/natoShareHistory';
import {
  ALLY_CODES,
  DEFAULT_NATO_RELEASE,
  isAlly,
  NATO_ALLIES,
  natoShare,
  releaseOf,
  type NatoShare,
} from '../data/nato/natoShares';
import { DEFAULT_NATO_AMOUNTS_RELEASE, natoAmounts, type NatoAmounts } from '../data/nato/natoAmounts';
import { natoGdpOf, natoGrowthOf, natoUsdRateOf, type NatoGrowth, type UsdRate } from './natoEconomy';
import { allyPopulation, allyPopulationProjection } from '../data/population/allyPopulation';
import { D, type Decimal } from '../decimal/core';
import { persons } from './persons';
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
   * Population by year, counted then projected, each value's status saying which (`actual`, `provisional`,
   * `derived`): for Lithuania, its national counts of 1 January, then EUROPOP2023's rate applied to the latest;
   * for every other ally, the World Bank's mid-year counts of 2014–2024 ({@link budget-whatif!allyPopulation}),
   * then to 2050 the 2024 count carried at the average yearly change of the UN's projection from 1 January
   * 2025 to 1 January 2036 ({@link budget-whatif!allyPopulationProjection}). `method` says how, and why.
   */
  readonly populationPath: {
    /** The values by year, oldest first. */
    readonly values: Readonly<Record<number, Figure<Decimal>>>;
    /** How the years after the counts are made, and why. */
    readonly method: string;
    /** What a projected year rests on: the count it starts from and the projection whose change it takes. */
    readonly basis: readonly Source[];
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
  /**
   * NATO's real GDP growth and GDP deflator for the latest year of its tables in the dataset (2024, NATO's
   * estimates of June 2024) over the year before, as its Table 5 implies them (GDP at current and 2015
   * prices), exact, status `derived`: for comparison with a scenario's assumptions. None where NATO's table
   * lacks a figure (Iceland).
   */
  readonly natoGrowth?: NatoGrowth;
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
function economyOf(code: string): Pick<CountryData, 'gdp' | 'realGrowth' | 'population' | 'populationPath'> {
  if (code === 'PL')
    return {
      gdp: { year: 2023, figure: { value: money('3400900000000', 'PLN'), source: OECD_POLAND_2025, status: 'actual' } },
      realGrowth: { 2024: { value: decimal('0.03'), source: GUS_POLAND_2024, status: 'provisional' } },
      population: { year: 2023, figure: { value: decimal('36700000'), source: OECD_POLAND_2025, status: 'actual' } },
      populationPath: worldBankPath(code),
    };
  if (code === 'LT') {
    const gdp = lithuania.gdp.versions['eurostat-2025'].values[2024];
    const counts = lithuania.population.versions['state-data-agency'].values;
    const projected = lithuania.population.versions.projected.values;
    const population = counts[2025];
    // The projection starts from the latest count and takes EUROPOP2023's rate (POPULATION_PROJECTION_METHOD).
    const basis = [Object.values(counts).at(-1), Object.values(projected).at(0)].map(
      (figure) => (figure as Figure<Decimal>).source,
    );
    return {
      ...(gdp === undefined ? {} : { gdp: { year: 2024, figure: gdp } }),
      realGrowth: lithuania.realGrowth.versions['ec-autumn-2025'].values,
      ...(population === undefined ? {} : { population: { year: 2025, figure: population } }),
      populationPath: {
        values: { ...counts, ...projected },
        method: POPULATION_PROJECTION_METHOD,
        basis,
      },
    };
  }
  return { populationPath: worldBankPath(code) };
}

/**
 * An ally's population path but Lithuania's: the World Bank's mid-year counts to 2024, then each year to
 * 2050 the 2024 count carried at the average yearly change of the UN's projection from 1 January 2025 to
 * 1 January 2036 (the span of a scenario to 2035), rounded half-even to whole persons: the UN's change, not
 * its level, which can differ from the count by several per cent, and its average, not each year's, since
 * its first year falls steeply for several allies (Lithuania −1.5%, Estonia −1.4% in 2025).
 */
function worldBankPath(code: string): CountryData['populationPath'] {
  const counted = allyPopulation(code);
  const projection = allyPopulationProjection(code);
  const base = counted[2024] as Figure<Decimal>;
  const [start, end] = [projection[2025], projection[2036]] as [Figure<Decimal>, Figure<Decimal>];
  const yearly = end.value.div(start.value).pow(new D(1).div(11));
  const values: Record<number, Figure<Decimal>> = { ...counted };
  for (let year = 2025; year <= 2050; year++)
    values[year] = {
      value: base.value.times(yearly.pow(year - 2024)).toDecimalPlaces(0, D.ROUND_HALF_EVEN),
      source: end.source,
      status: 'derived',
      note: `${persons(base.value)} (the World Bank’s, mid-2024) × ((${persons(end.value)} / ${persons(start.value)})^(1/11))^${String(year - 2024)}, rounded to a whole person: the UN’s average yearly change from 1 January 2025 to 1 January 2036 applied to the latest count.`,
    };
  const rate = yearly.minus(1).times(100);
  const gap = start.value.div(base.value).minus(1).times(100);
  return {
    values,
    method: `The World Bank’s mid-year population to 2024, then that count carried at the average yearly change of the UN’s projection (World Population Prospects 2024, medium variant) from 1 January 2025 to 1 January 2036, ${signed(rate)}% a year: the UN’s change, not its level (its 1 January 2025 is ${gap.abs().toFixed(1)}% ${gap.isNegative() ? 'below' : 'above'} the 2024 count), and its average, since its first years change steeply for several allies.`,
    basis: [base.source, end.source],
  };
}

/** A percentage to two decimals with its sign: +0.45, −0.54. */
function signed(percent: Decimal): string {
  return `${percent.isNegative() ? '−' : '+'}${percent.abs().toFixed(2)}`;
}

/**
 * What the dataset knows of an ally: its name and currency, NATO's share of GDP in every year of the
 * latest release (each with its status and source; earlier releases with {@link budget-whatif!natoShareVintages}),
 * NATO's amounts of its June 2024 tables with NATO's GDP and dollar rate of 2024 in the ally's currency,
 * where the project has cited them, nominal GDP and real growth, the population by year, counted then
 * projected (Lithuania's national counts and EUROPOP2023's rate; another ally's the World Bank's counts to
 * 2024 and the UN's rate), and the ECB's rate to the US dollar where its table has the currency: what a
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
  const ally = isAlly(code) ? NATO_ALLIES.find((candidate) => candidate.code === code) : undefined;
  if (ally === undefined)
    return fail('unknown_id', `${show(code)} is not an ally's ISO 3166 code: ${ALLY_CODES.join(', ')}`, ['code'], code);
  const currency = CURRENCIES[code] as string;
  const rate = currency === 'USD' ? undefined : usdRateOf(currency);
  // The latest release has a row for every ally in every year it covers (tests/data/nato.test.ts).
  const natoShares = yearsOf(releaseOf(DEFAULT_NATO_RELEASE).years).map((year) => natoShare(code, year) as NatoShare);
  const amounts = yearsOf(releaseOf(DEFAULT_NATO_AMOUNTS_RELEASE).years).map(
    (year) => natoAmounts(code, year) as NatoAmounts,
  );
  const natoGdp = natoGdpOf(code, currency);
  const natoUsdRate = natoUsdRateOf(code, currency);
  const natoGrowth = natoGrowthOf(code);
  return {
    code,
    name: ally.name,
    currency,
    natoShares,
    natoHistory: natoShareHistory(code),
    natoAmounts: amounts,
    ...(natoGdp === undefined ? {} : { natoGdp }),
    ...economyOf(code),
    ...(rate === undefined ? {} : { usdRate: rate }),
    ...(natoUsdRate === undefined ? {} : { natoUsdRate }),
    ...(natoGrowth === undefined ? {} : { natoGrowth }),
  };
}
