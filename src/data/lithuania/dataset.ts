import { D, type Decimal } from '../../decimal/core';
import { decimal } from '../../decimal/decimal';
import type { Money } from '../../money/core';
import { money } from '../../money/money';
import { multiply } from '../../money/multiply';
import type { Plan } from '../../plans/types';
import type { YearRange, YearSeries } from '../../series/types';
import type { Source } from '../../sources/Source';
import type { Alternatives, Figure, FigureStatus } from '../figures';
import type { FigureHistory } from '../history/types';
import { borderPlan } from './borderPlan';
import { BORDER_PLAN_HISTORY, DEFENCE_SPENDING_HISTORY, gdpHistory } from './history';
import * as S from './sources';

/**
 * A set of values by year from one source or vintage.
 *
 * @typeParam TValue - the value of each year.
 * @category Data
 * @example
 * ```ts
 * import { lithuania, type Vintage, type Money } from 'budget-whatif';
 * const eurostat: Vintage<Money> = lithuania.gdp.versions['eurostat-2025'];
 * ```
 */
export interface Vintage<TValue> {
  /** A name for people. */
  readonly name: string;
  /** The values by year, each with its source. */
  readonly values: YearSeries<Figure<TValue>>;
}

/**
 * A defence budget as a ministry or parliament printed it: the amount and, where printed, its share of GDP.
 *
 * @category Data
 * @example
 * ```ts
 * import { lithuania, type DefenceBudget } from 'budget-whatif';
 * const budget2026: DefenceBudget | undefined = lithuania.defenceBudgets.versions.national.values[2026]?.value;
 * budget2026?.amount.amount.toString(); // => '4790000000'
 * ```
 */
export interface DefenceBudget {
  /** The amount, in euros. */
  readonly amount: Money;
  /** The share of GDP as printed with it, as a fraction. */
  readonly shareOfGdp?: Decimal;
}

const fig = <TValue>(value: TValue, source: Source, status?: FigureStatus, note?: string): Figure<TValue> => ({
  value,
  source,
  ...(status === undefined ? {} : { status }),
  ...(note === undefined ? {} : { note }),
});
const eur = (amount: string): Money => money(amount, 'EUR');
const pct = (percent: string): Decimal => decimal(percent).div(100);
/** Percent figures by year, all from one source. */
const percents = (
  source: Source,
  values: Readonly<Record<number, string>>,
  status?: FigureStatus,
): YearSeries<Figure<Decimal>> =>
  Object.fromEntries(Object.entries(values).map(([year, value]) => [year, fig(pct(value), source, status)]));

const nato = (values: readonly string[], estimate2025: string): YearSeries<Figure<Decimal>> => ({
  ...Object.fromEntries(
    values.map((value, i) => [
      2014 + i,
      fig(pct(value), S.NATO_DEFENCE_EXPENDITURE_2025, i === 10 ? 'estimate' : 'actual'),
    ]),
  ),
  2025: fig(pct(estimate2025), S.NATO_2025_ESTIMATES, 'estimate'),
});

const budget = (
  amount: string,
  share: string | undefined,
  source: Source,
  status: FigureStatus,
  note?: string,
): Figure<DefenceBudget> =>
  fig({ amount: eur(amount), ...(share === undefined ? {} : { shareOfGdp: pct(share) }) }, source, status, note);

const derivedNato = (share: string, gdp: string, vintage: string): Figure<Money> =>
  fig(
    multiply(eur(gdp), pct(share)),
    S.NATO_DEFENCE_EXPENDITURE_2025,
    'derived',
    `NATO's ${share}% of GDP × nominal GDP of €${gdp} (${vintage}). NATO prints its shares to two decimals, so this holds to ±0.005% of GDP.`,
  );

const source = (
  publisher: string,
  title: string,
  url: string | undefined,
  published: string | undefined,
  quoted: string,
): Source => ({
  publisher,
  title,
  ...(url === undefined ? {} : { url }),
  ...(published === undefined ? {} : { published }),
  quoted,
});

/**
 * How the population of the years ahead is made, and why, as the built-in scenarios and `countryData`
 * state it. @internal
 */
export const POPULATION_PROJECTION_METHOD =
  'Eurostat’s EUROPOP2023 projection (2.81 million in 2022 to 2.0 million in 2070) gives the yearly rate, (2.0 / 2.81)^(1/48) − 1; it is applied to the latest count rather than taken as a level, because it starts from 2022 and does not know the immigration of 2022–2025.';

/** The years the population is projected for: the built-in scenarios' years after the last count. */
const PROJECTED_YEARS: YearRange = { from: 2027, to: 2035 };

/**
 * The population of 2027–2035: the 1 January 2026 count (2,886,000) carried forward at the average yearly
 * rate of Eurostat's EUROPOP2023 projection, 2.81 million (2022) to 2.0 million (2070), that is
 * (2.0 / 2.81)^(1/48) − 1 ≈ −0.706% a year; rounded to whole persons (half-even). The projection's rate, not
 * its level: EUROPOP2023 starts from 2022 and does not know the immigration of 2022–2025.
 */
function projectedPopulation(): YearSeries<Figure<Decimal>> {
  const yearly = decimal('2000000').div(decimal('2810000')).pow(decimal(1).div(48));
  const values: Record<number, Figure<Decimal>> = {};
  for (let year = PROJECTED_YEARS.from; year <= PROJECTED_YEARS.to; year++)
    values[year] = fig(
      decimal('2886000')
        .times(yearly.pow(year - 2026))
        .toDecimalPlaces(0, D.ROUND_HALF_EVEN),
      S.EUROSTAT_EUROPOP2023,
      'derived',
      `2,886,000 (1 January 2026) × ((2.0 / 2.81)^(1/48))^${String(year - 2026)}, rounded to a whole person: EUROPOP2023's average rate of change, about −0.706% a year, applied to the latest count.`,
    );
  return values;
}

/**
 * The shape of {@link lithuania}: versions of each series by key, every value a {@link Figure}.
 *
 * @category Data
 * @example
 * ```ts
 * import { lithuania, type LithuaniaDataset } from 'budget-whatif';
 * const data: LithuaniaDataset = lithuania;
 * data.gdp.default; // => 'eurostat-2025'
 * ```
 */
export interface LithuaniaDataset {
  /** The country's name. */
  readonly country: string;
  /** The currency of its amounts. */
  readonly currency: 'EUR';
  /** Nominal GDP, by vintage. */
  readonly gdp: Alternatives<
    Vintage<Money>,
    | 'eurostat-2025'
    | 'oecd-2025'
    | 'statistics-lithuania-2023'
    | 'statistics-lithuania-2019'
    | 'statistics-lithuania-2018'
    | 'focuseconomics-2026'
    | 'budget-implied'
  >;
  /** Real GDP growth: outturns and forecasts, as fractions. */
  readonly realGrowth: Alternatives<
    Vintage<Decimal>,
    'actual' | 'ec-autumn-2025' | 'ec-spring-2025' | 'imf-weo-2025-10' | 'bank-of-lithuania-2025-12'
  >;
  /** HICP inflation: outturns and forecasts, as fractions. */
  readonly inflation: Alternatives<
    Vintage<Decimal>,
    'actual' | 'ec-autumn-2025' | 'ec-spring-2025' | 'imf-weo-2025-10'
  >;
  /** NATO's defence expenditure as a share of GDP (August 2025 release), by country. */
  readonly natoShareOfGdp: Readonly<Record<'LT' | 'EE' | 'LV' | 'PL', Vintage<Decimal>>>;
  /** Lithuania's defence spending on NATO's definition, derived in euros. */
  readonly natoSpending: Vintage<Money>;
  /** Earlier NATO estimates for Lithuania. */
  readonly natoEarlierEstimates: Vintage<Decimal>;
  /** National defence budgets. */
  readonly defenceBudgets: Alternatives<
    Vintage<DefenceBudget>,
    'national' | 'state-budget-2025' | 'with-borrowing-2025'
  >;
  /** Population: national counts, the UN's and Eurostat's estimates and projections, and the path derived from them. */
  readonly population: Alternatives<
    Vintage<Decimal>,
    'state-data-agency' | 'un-wpp' | 'eurostat-europop2023' | 'projected'
  >;
  /** The State Defence Council's 5–6% of GDP for 2026–2030. */
  readonly stateDefenceCouncil: {
    /** The low end of the band. */
    readonly low: Figure<Decimal>;
    /** The high end of the band. */
    readonly high: Figure<Decimal>;
    /** The average over the period. */
    readonly average: Figure<Decimal>;
    /** The years it covers. */
    readonly years: YearRange;
  };
  /** The 2025 border plan. */
  readonly borderPlan: Plan;
  /**
   * Figures as they were published over time, each value with its stage, date, basis and source; read
   * them with {@link vintages}, {@link latest}, {@link asOf} and {@link revisions}.
   */
  readonly history: {
    /**
     * Defence spending by year, 2018–2026: the budget announced, proposed, approved and amended, the
     * ministers' estimates, NATO's estimates and outturns (bases in {@link LITHUANIA_BASES}).
     */
    readonly defenceSpending: FigureHistory;
    /** The border counter-mobility plan's envelope as restated (August 2024, May 2025), keyed `total`. */
    readonly borderPlan: FigureHistory;
    /** Nominal GDP by year, every vintage of {@link LithuaniaDataset.gdp}, dated by its source. */
    readonly gdp: FigureHistory;
  };
}

const GDP: LithuaniaDataset['gdp'] = {
  default: 'eurostat-2025',
  reason:
    'Eurostat’s 2024 figure is the most recent official, harmonised level; it is the base the scenarios grow from. Vintages differ by up to 1–2% after revisions (a benchmark revision in 2024): do not mix them in one series without saying so.',
  versions: {
    'eurostat-2025': {
      name: 'Eurostat, 2025 vintage',
      values: { 2024: fig(eur('77940000000'), S.EUROSTAT_TEC00001, 'actual') },
    },
    'oecd-2025': {
      name: 'OECD Economic Survey 2025',
      values: { 2024: fig(eur('77900000000'), S.OECD_SURVEY_2025, 'actual') },
    },
    'statistics-lithuania-2023': {
      name: 'Statistics Lithuania, Lithuania in figures 2023',
      values: {
        2018: fig(eur('45515000000'), S.LITHUANIA_IN_FIGURES_2023, 'actual'),
        2019: fig(eur('48959000000'), S.LITHUANIA_IN_FIGURES_2023, 'actual'),
        2020: fig(eur('49873000000'), S.LITHUANIA_IN_FIGURES_2023, 'actual'),
        2021: fig(eur('56478000000'), S.LITHUANIA_IN_FIGURES_2023, 'actual'),
        2022: fig(eur('67399000000'), S.LITHUANIA_IN_FIGURES_2023, 'provisional'),
      },
    },
    'statistics-lithuania-2019': {
      name: 'Statistics Lithuania, Statistical Yearbook 2019',
      values: {
        2017: fig(eur('42269400000'), S.STATISTICAL_YEARBOOK_2019, 'actual'),
        2018: fig(eur('45264400000'), S.STATISTICAL_YEARBOOK_2019, 'provisional'),
      },
    },
    'statistics-lithuania-2018': {
      name: 'Statistics Lithuania, Q1 2018 release',
      values: {
        2014: fig(eur('36568300000'), S.BALTIC_COURSE_2018, 'actual'),
        2015: fig(eur('37426600000'), S.BALTIC_COURSE_2018, 'actual'),
        2016: fig(eur('38680900000'), S.BALTIC_COURSE_2018, 'actual'),
        2017: fig(eur('41858000000'), S.BALTIC_COURSE_2018, 'provisional'),
      },
    },
    'focuseconomics-2026': {
      name: 'FocusEconomics, 2026 page',
      values: {
        2023: fig(eur('74300000000'), S.FOCUSECONOMICS_2026, 'actual'),
        2024: fig(eur('79000000000'), S.FOCUSECONOMICS_2026, 'actual'),
        2025: fig(eur('84000000000'), S.FOCUSECONOMICS_2026, 'estimate'),
      },
    },
    'budget-implied': {
      name: 'GDP implied by the defence budgets and their printed shares',
      values: {
        2025: fig(
          eur('81355932203.39'),
          S.MOD_BALTIC_SENTINEL_2025,
          'derived',
          'EUR 2.4 billion ÷ 2.95%, rounded to the cent (≈ €81.4 billion).',
        ),
        2026: fig(
          eur('89033457249.07'),
          S.MOD_SEIMAS_2026,
          'derived',
          'EUR 4.79 billion ÷ 5.38%, rounded to the cent (≈ €89.0 billion): the Finance Ministry’s GDP projection behind the 2026 budget.',
        ),
      },
    },
  },
};

/**
 * Lithuania's economy and defence spending, every value with its source: nominal GDP (several vintages),
 * real growth and inflation (actuals and forecasts by the European Commission, the IMF and the Bank of
 * Lithuania), NATO's shares of GDP for Lithuania and its neighbours, national defence budgets 2015–2026,
 * population, the State Defence Council's 5–6% decision and the 2025 border plan.
 *
 * Where sources disagree, the dataset keeps each version and names the default, with the reason
 * (`default`, `reason`). Figures that the project's research could not confirm (HICP 2018, the final
 * HICP 2023, the wording of the Wales 20% equipment guideline) are not included. Values derived by
 * arithmetic (the GDP implied by a budget and its share) say so (`status: 'derived'`, `note`).
 *
 * @category Data
 * @example
 * ```ts
 * import { lithuania } from 'budget-whatif';
 * lithuania.gdp.versions['eurostat-2025'].values[2024]?.value.amount.toString(); // => '77940000000'
 * lithuania.natoShareOfGdp.LT.values[2024]?.value.toString(); // => '0.0309'
 * ```
 */
export const lithuania: LithuaniaDataset = {
  country: 'Lithuania',
  currency: 'EUR',

  gdp: GDP,

  realGrowth: {
    default: 'ec-autumn-2025',
    reason:
      'The European Commission’s Autumn 2025 forecast is the latest official forecast on the harmonised EU basis that the scenarios use; the others are kept to try.',
    versions: {
      actual: {
        name: 'Outturns',
        values: {
          ...percents(S.LITHUANIA_IN_FIGURES_2023, { 2022: '2.4' }, 'actual'),
          ...percents(S.EC_AUTUMN_2024, { 2023: '0.3' }, 'actual'),
          ...percents(S.EC_SPRING_2025, { 2024: '2.8' }, 'estimate'),
        },
      },
      'ec-autumn-2025': {
        name: 'European Commission, Autumn 2025 (17 Nov 2025)',
        values: percents(S.EC_AUTUMN_2025, { 2025: '2.4', 2026: '3' }, 'forecast'),
      },
      'ec-spring-2025': {
        name: 'European Commission, Spring 2025 (19 May 2025)',
        values: percents(S.EC_SPRING_2025, { 2025: '2.8', 2026: '3.1' }, 'forecast'),
      },
      'imf-weo-2025-10': {
        name: 'IMF World Economic Outlook, October 2025',
        values: percents(S.IMF_WEO_2025_10, { 2025: '2.7', 2026: '2.9' }, 'forecast'),
      },
      'bank-of-lithuania-2025-12': {
        name: 'Bank of Lithuania, 22 December 2025',
        values: percents(S.BANK_OF_LITHUANIA_2025_12, { 2025: '2.5', 2026: '3.2', 2027: '2.3' }, 'forecast'),
      },
    },
  },

  inflation: {
    default: 'ec-autumn-2025',
    reason:
      'HICP inflation, annual average. No GDP-deflator forecast for 2025–2030 was found, so the scenarios use HICP forecasts as a stand-in for the deflator (an assumption they state).',
    versions: {
      actual: {
        name: 'HICP outturns (2018 and the final 2023 figure could not be confirmed and are left out)',
        values: {
          2015: fig(
            pct('-0.7'),
            source(
              'Ministry of Finance of Lithuania',
              'Economic development scenario, March 2016, Table 2',
              'https://finmin.lrv.lt/en/actual-financial-data/economic-development-scenario/archive-of-projections-and-perspectives-on-projections-of-lithuanian-economic-indicators/projections-of-lithuanian-economic-indicators-march-2016/',
              '2016-03',
              '-0,7',
            ),
            'actual',
          ),
          2016: fig(
            pct('0.7'),
            source(
              'Ministry of Finance of Lithuania',
              'Economic development scenario, March 2017, Table 2',
              'https://finmin.lrv.lt/en/actual-financial-data/economic-development-scenario/archive-of-projections-and-perspectives-on-projections-of-lithuanian-economic-indicators/scenario-march-2017/',
              '2017-03',
              '0,7',
            ),
            'actual',
          ),
          2017: fig(
            pct('3.7'),
            source(
              'Statistics Lithuania, via The Baltic Course',
              'Average annual HICP inflation 2017',
              'http://www.baltic-course.com/eng/analytics/?doc=136668',
              '2018-01-11',
              'average annual inflation rate, as measured by the … HICP, was 3.7% in December 2017',
            ),
            'actual',
          ),
          2019: fig(
            pct('2.2'),
            source('wiiw', 'Lithuania: consumer prices, % p.a.', 'https://wiiw.ac.at/o-ce-20.html', undefined, '2.2'),
            'actual',
          ),
          2020: fig(
            pct('1.1'),
            source('wiiw', 'Lithuania: consumer prices, % p.a.', 'https://wiiw.ac.at/o-ce-20.html', undefined, '1.1'),
            'actual',
          ),
          2021: fig(
            pct('4.6'),
            source(
              'dpa-AFX, via finanznachrichten',
              'Lithuania inflation 2021',
              undefined,
              '2022-01-11',
              'average annual HICP inflation for January to December 2021 was 4.6 percent',
            ),
            'actual',
          ),
          2022: fig(
            pct('18.9'),
            source(
              'European Commission',
              'Spring 2023 Economic Forecast: Lithuania',
              'https://economy-finance.ec.europa.eu/economic-surveillance-eu-economies/lithuania/economic-forecast-lithuania_en',
              '2023-05',
              '18,9',
            ),
            'actual',
          ),
          2023: fig(
            pct('8.8'),
            source(
              'Ministry of Finance, via Delfi',
              'Lithuania sees economy growing by 1.7% in 2024',
              'https://www.delfi.lt/en/business/lithuania-sees-economy-growing-by-17-in-2024-95493581',
              '2023-12-29',
              '8.8',
            ),
            'estimate',
            'The Finance Ministry’s estimate of December 2023; the final figure was not confirmed.',
          ),
          2024: fig(pct('0.9'), S.EC_SPRING_2025, 'actual'),
        },
      },
      'ec-autumn-2025': {
        name: 'European Commission, Autumn 2025',
        values: percents(S.EC_AUTUMN_2025, { 2025: '3.4', 2026: '2.8' }, 'forecast'),
      },
      'ec-spring-2025': {
        name: 'European Commission, Spring 2025',
        values: percents(S.EC_SPRING_2025, { 2025: '2.6', 2026: '1.2' }, 'forecast'),
      },
      'imf-weo-2025-10': {
        name: 'IMF World Economic Outlook, October 2025',
        values: percents(S.IMF_WEO_2025_10, { 2025: '3.6', 2026: '3.1' }, 'forecast'),
      },
    },
  },

  /** NATO's estimates of defence expenditure as a share of GDP, August 2025 release (2025: estimates). */
  natoShareOfGdp: {
    LT: {
      name: 'Lithuania',
      values: nato(['0.88', '1.13', '1.48', '1.71', '1.95', '1.98', '2.05', '1.95', '2.44', '2.71', '3.09'], '4.00'),
    },
    EE: {
      name: 'Estonia',
      values: nato(['1.90', '1.99', '2.03', '1.97', '1.97', '2.00', '2.26', '2.02', '2.14', '3.00', '3.37'], '3.38'),
    },
    LV: {
      name: 'Latvia',
      values: nato(['0.97', '1.07', '1.49', '1.65', '2.13', '2.09', '2.23', '2.16', '2.25', '2.97', '3.36'], '3.73'),
    },
    PL: {
      name: 'Poland',
      values: nato(['1.86', '2.21', '1.99', '1.88', '2.00', '1.96', '2.21', '2.19', '2.21', '3.27', '3.79'], '4.48'),
    },
  },

  /**
   * Lithuania's defence spending on NATO's definition in euros, derived: NATO's share of GDP × nominal
   * GDP. NATO's own table in euros (Table 1) was not retrieved.
   */
  natoSpending: {
    name: 'Defence expenditure on NATO’s definition, derived from its share of GDP',
    values: {
      2018: derivedNato('1.95', '45515000000', 'Statistics Lithuania 2023 edition'),
      2019: derivedNato('1.98', '48959000000', 'Statistics Lithuania 2023 edition'),
      2020: derivedNato('2.05', '49873000000', 'Statistics Lithuania 2023 edition'),
      2021: derivedNato('1.95', '56478000000', 'Statistics Lithuania 2023 edition'),
      2022: derivedNato('2.44', '67399000000', 'Statistics Lithuania 2023 edition (provisional)'),
      2024: derivedNato('3.09', '77940000000', 'Eurostat 2025 vintage'),
    },
  },

  /** Earlier NATO estimates for Lithuania, revised since: kept to show how much estimates move. */
  natoEarlierEstimates: {
    name: 'Earlier NATO releases (estimates for the year of release)',
    values: {
      2022: fig(pct('2.36'), S.SHEPHARD_NATO_2022, 'estimate'),
      2023: fig(
        pct('2.54'),
        source(
          'Graphic News (NATO July 2023 release)',
          'NATO defence spending 2023',
          'http://46.235.172.94/Archive/arch-45000-45499/GN45478T_words_EN.txt',
          '2023-07',
          '2.54',
        ),
        'estimate',
      ),
      2024: fig(pct('2.85'), S.VIA_BALTICA_2024, 'estimate'),
    },
  },

  defenceBudgets: {
    default: 'national',
    reason:
      'National appropriations as the Ministry of National Defence and the Seimas print them. They differ from NATO’s definition (2024: 3.03% national, 3.09% NATO). For 2025 the base budget (€2.4 billion, 2.95%) is the default, because it is the one printed with a share of GDP; the state-budget figure and the €800 million of extra borrowing are kept as alternatives.',
    versions: {
      national: {
        name: 'National defence budgets (Ministry of National Defence)',
        values: {
          2015: budget(
            '424500000',
            '1.11',
            source(
              'AFP, via Army Recognition',
              'Lithuania to increase military spending by a third in 2015',
              'https://www.armyrecognition.com/october_2014_global_defense_security_news_uk/lithuania_to_increase_military_spending_by_a_third_in_2015.html',
              '2014-10-03',
              '424.5 million euros ($536 million) … 1.11%',
            ),
            'plan',
          ),
          2016: budget(
            '575200000',
            '1.5',
            source(
              'Ministry of National Defence, via L24',
              'The biggest part of the national defence budget 2017 will be used to enhance combat … capabilities',
              'https://l24.lt/en/society/item/153531-the-biggest-part-of-the-national-defence-budget-2017-will-be-used-to-enhance-combat-and-combat-support-capabilities-and-combat-training-support-of-the-lithuanian-armed-forces',
              '2016',
              'EUR 575.2 million … 1.5% of GDP',
            ),
            'plan',
          ),
          2017: budget(
            '725000000',
            '1.79',
            source(
              'Lithuania Tribune',
              'Lithuania’s defence spending next year to reach 1.79% of GDP',
              'https://lithuaniatribune.com/lithuanias-defence-spending-next-year-to-reach-1-79-of-gdp/',
              '2016',
              '€725 million … 1.79% in the 2017 budget draft',
            ),
            'plan',
            'The draft budget; 1.77% is also printed.',
          ),
          2018: budget(
            '873000000',
            '2.01',
            source(
              'Ministry of National Defence',
              'Budget',
              'http://radviluzygis.kam.lt/en/budget_1065.html',
              // An undated page: 2018 is the year of the figure, not of the page.
              undefined,
              '873 million Euros … 2.01% of GDP',
            ),
            'plan',
          ),
          2019: budget(
            '948000000',
            '1.99',
            source(
              'Ministry of National Defence',
              'Budget',
              'http://radviluzygis.kam.lt/en/budget_1065.html',
              // An undated page: 2019 is the year of the figure, not of the page.
              undefined,
              'EUR 948 million … 1.99% of GDP',
            ),
            'plan',
          ),
          2022: budget(
            '1647000000',
            '2.52',
            S.DELFI_BUDGET_2023,
            'plan',
            'Printed as the appropriation the ministry "will receive" in 2022, including about 446 million euros added during the year (the article’s figures, paraphrased): a plan, not an outturn.',
          ),
          2023: budget(
            '1770000000',
            '2.52',
            S.DELFI_BUDGET_2023,
            'plan',
            'Printed as "more than 1.77 billion euros", the base budget; 2.63% including the mobility package and road.',
          ),
          2024: budget('2300000000', '3.03', S.MOD_ON_X_2024, 'plan'),
          2025: budget('2400000000', '2.95', S.MOD_BALTIC_SENTINEL_2025, 'plan'),
          2026: budget('4790000000', '5.38', S.MOD_SEIMAS_2026, 'plan'),
        },
      },
      'state-budget-2025': {
        name: '2025 state budget figure (Delfi, 19 December 2024)',
        values: {
          2025: budget(
            '2617000000',
            undefined,
            S.DELFI_BUDGET_2025,
            'plan',
            'Printed as "nearly EUR 2.617 billion"; with EUR 800 million of extra borrowing the President spoke of "4% of our GDP".',
          ),
        },
      },
      'with-borrowing-2025': {
        name: '2025 base budget with the additional EUR 800 million',
        values: {
          2025: budget(
            '3200000000',
            '3.9',
            S.MOD_BALTIC_SENTINEL_2025,
            'derived',
            'Our sum, not a printed amount: the base EUR 2.4 billion plus the "additional EUR 800 million"; the "3.9% of GDP" is the ministry’s own, printed with the addition.',
          ),
        },
      },
    },
  },

  population: {
    default: 'state-data-agency',
    reason:
      'National statistics (State Data Agency) are the official count; the UN and CIA estimates differ by 1–3% and are for other reference dates. For years ahead, `projected` applies the rate of Eurostat’s EUROPOP2023 projection to the latest count.',
    versions: {
      'state-data-agency': {
        name: 'Population at the start of the year (national statistics)',
        values: {
          2020: fig(decimal('2794100'), S.STATISTICS_LITHUANIA_POPULATION_2020, 'actual', 'Beginning of 2020.'),
          2024: fig(
            decimal('2888000'),
            S.GOVERNMENT_PORTAL_POPULATION,
            'actual',
            'Beginning of 2024, printed as "2.888 million".',
          ),
          2025: fig(decimal('2890219'), S.STATE_DATA_AGENCY_POPULATION_2025, 'actual', '1 January 2025.'),
          2026: fig(
            decimal('2886000'),
            S.STATE_DATA_AGENCY_POPULATION_2026,
            'provisional',
            '1 January 2026, printed as "2,886 mln." (to the thousand).',
          ),
        },
      },
      'un-wpp': {
        name: 'UN World Population Prospects, mid-year',
        values: {
          2024: fig(
            decimal('2859110'),
            source(
              'worldpopulationreview.com (UN WPP)',
              'Lithuania population',
              undefined,
              undefined,
              '2,859,110 (1 July 2024)',
            ),
            'estimate',
          ),
        },
      },
      'eurostat-europop2023': {
        name: 'Eurostat, EUROPOP2023 projection (as reported, rounded)',
        values: {
          2022: fig(
            decimal('2810000'),
            S.EUROSTAT_EUROPOP2023,
            'actual',
            'The base: "2.81 million people, based on the latest census data".',
          ),
          2070: fig(decimal('2000000'), S.EUROSTAT_EUROPOP2023, 'forecast'),
          2085: fig(decimal('1850000'), S.EUROSTAT_EUROPOP2023, 'forecast'),
          2100: fig(decimal('1780000'), S.EUROSTAT_EUROPOP2023, 'forecast'),
        },
      },
      projected: {
        name: 'Projected from the 1 January 2026 count at EUROPOP2023’s average rate',
        values: projectedPopulation(),
      },
    },
  },

  /** The State Defence Council's decision of 17 January 2025: 5–6% of GDP a year, 2026–2030, 5.5% on average. */
  stateDefenceCouncil: {
    low: fig(pct('5'), S.DELFI_STATE_DEFENCE_COUNCIL, 'plan'),
    high: fig(pct('6'), S.DELFI_STATE_DEFENCE_COUNCIL, 'plan'),
    average: fig(pct('5.5'), S.OGRES_ZINAS_COUNCIL, 'plan'),
    years: { from: 2026, to: 2030 },
  },

  borderPlan,

  history: {
    defenceSpending: DEFENCE_SPENDING_HISTORY,
    borderPlan: BORDER_PLAN_HISTORY,
    gdp: gdpHistory(GDP),
  },
};
