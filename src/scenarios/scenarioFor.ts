// A starter scenario for any ally with the figures the dataset holds for it: GDP in its own currency, real
// growth, population, a US dollar view, NATO's shares for the years NATO has published, and the share to
// explore after them. Every figure cited, every stand-in stated as an assumption with its reason.
import { countryData, type CountryData } from './countryData';
import type { UsdRate } from './natoEconomy';
import type { Decimal } from '../decimal/core';
import type { Figure } from '../data/figures';
import type { Assumption, Source } from '../sources/Source';
import { natoDenominator, type NatoDenominator } from '../data/nato/natoDenominator';
import { natoFiscalYear } from '../data/nato/natoFiscalYear';
import { persons } from './persons';
import type { YearRange } from '../series/types';
import { isYear } from '../series/years';
import { fail, show } from '../errors/fail';
import { parseScenario } from './parseScenario';
import type { Scenario } from './types';

/**
 * The options of {@link scenarioFor}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioForOptions } from 'budget-whatif/scenarios';
 * const options: ScenarioForOptions = { share: '5%', years: { from: 2024, to: 2035 } };
 * ```
 */
export interface ScenarioForOptions {
  /** Defence spending as a share of GDP after the years NATO has published (`'5%'` or `'0.05'`). */
  readonly share: string;
  /** The scenario's years. Default: the year after the dataset's GDP to 2035. */
  readonly years?: YearRange;
  /**
   * Which rate gives the US dollar view: `'ecb'` (the ECB's latest annual average, {@link CountryData.usdRate}),
   * `'nato'` (NATO's rate of its latest year in the dataset, {@link CountryData.natoUsdRate}, so that
   * dollars are NATO's), or a rate of your own, `{ rate: '1/138.9' }` (US dollars per unit, a decimal or a
   * fraction; held in every year, and said to be given). Default: the ECB's where its table has the
   * currency, else NATO's. None for the dollar itself.
   */
  readonly usdRate?:
    | 'ecb'
    | 'nato'
    | {
        /** US dollars per unit of the ally's currency, a decimal or a fraction (`'1/138.9'`). */
        readonly rate: string;
      };
  /**
   * Nominal GDP of one year in the ally's currency, to replace the dataset's (a national statistic where
   * the dataset has one, else NATO's).
   */
  readonly gdp?: {
    /** Its year. */
    readonly year: number;
    /** The amount, a decimal string in the ally's currency. */
    readonly amount: string;
  };
}

/**
 * A starter scenario for an ally, in its currency with a US dollar view, from {@link countryData}: nominal
 * GDP of the latest year the dataset has (a national statistic where it has one, else NATO's own GDP of
 * its latest tables, so that the scenario is on NATO's basis), grown by the cited real growth (its last
 * rate held after it, 2% where none is cited) and a 2.5% deflator (an assumption), dollars at the ECB's
 * latest annual rate or NATO's (`usdRate`), the population by year, counted then projected
 * (`countryData`'s `populationPath`; how it is projected is an assumption the scenario states), defence at NATO's published shares in the years
 * NATO has one and at `share` after them, and NATO's four targets. Every figure carries its source, every
 * stand-in an assumption with its reason; edit it, or write it out (`budget-whatif init --country PL`).
 *
 * @param code - the ally's ISO 3166 code.
 * @param options - the share, the years, a GDP; see {@link ScenarioForOptions}.
 * @returns a parsed, frozen scenario for {@link evaluate}.
 * @throws {@link budget-whatif!BudgetWhatIfError} `unknown_id` for a code that is not an ally's; `missing_field`
 *   when the dataset has no GDP or no US dollar rate (of the kind asked for) for the ally and none is given;
 *   `unknown_id` for a `usdRate` that is not `'ecb'`, `'nato'` or `{ rate }` (`invalid_type` for a `rate`
 *   that is not a string); `invalid_type` for a `gdp` that is not
 *   `{ year, amount }`; the scenario's own errors for a share or years it refuses (at
 *   `defence.shareOfGdp.default`, `years`).
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, scenarioFor } from 'budget-whatif/scenarios';
 * const poland = evaluate(scenarioFor('PL', { share: '5%' }));
 * poland.currency; // => 'PLN'
 * Object.keys(poland.views); // => ['USD']
 * poland.defence.shareOfGdp[2025]?.toString(); // => '0.0448'
 * scenarioFor('CA', { share: '3.5%' }).fx?.['CAD/USD']?.default; // => '30495.2345376395/41012.1083055026'
 * ```
 */
export function scenarioFor(code: string, options: ScenarioForOptions): Scenario {
  const data = countryData(code);
  const given: unknown = options;
  if (typeof given !== 'object' || given === null || typeof options.share !== 'string')
    fail(
      'missing_field',
      `scenarioFor needs a share of GDP, such as { share: '5%' }; received ${show(given)}`,
      ['share'],
      given,
    );
  const gdp = gdpOf(data, options.gdp);
  const years = options.years ?? { from: gdp.year + 1, to: 2035 };
  const asked = givenRateOf(options.usdRate);
  const givenRate = data.currency === 'USD' ? undefined : asked; // the dollar needs no rate
  const rate = asked === undefined ? rateOf(data, options.usdRate) : undefined;
  const fxPair = `${data.currency}/USD`;
  const published = data.natoShares.filter(
    (row) => row.share !== undefined && row.year >= years.from && row.year <= years.to,
  );
  const growth = Object.entries(data.realGrowth ?? {}).filter(([year]) => Number(year) > gdp.year);
  const lastGrowth = growth.at(-1);
  const people = populationOf(data, years);
  // Luxembourg's NATO figures from 2023 divide by less than GDP: said where the scenario takes them.
  const gdpDenominator = gdp.nato === undefined ? undefined : natoDenominator(data.code, gdp.year);
  // NATO's years each by its own path: a what-if on the default share (or on another year) leaves them,
  // their assumption and their sources standing; one on a year, or on the whole share, replaces them.
  const sharePaths = published.map((row) => `defence.shareOfGdp.${String(row.year)}`).join(', ');
  const fiscal = fiscalYears(data, { gdp, sharePaths, rate, first: years.from });
  const sharesDenominator = published
    .map((row) => natoDenominator(data.code, row.year))
    .find((entry) => entry !== undefined);
  return parseScenario({
    name: `${data.name} at ${options.share} of GDP`,
    description: `A starter scenario for ${data.name} from the dataset: GDP of ${String(gdp.year)} in ${data.currency}${options.gdp === undefined ? '' : ' (given)'}, defence at NATO’s published shares where NATO has one, then ${options.share} of GDP; NATO’s targets.`,
    currency: data.currency,
    years,
    economy: {
      gdp: {
        base: { year: gdp.year, amount: gdp.amount },
        realGrowth: {
          default: lastGrowth?.[1].value.toString() ?? '0.02',
          ...Object.fromEntries(growth.map(([year, figure]) => [year, figure.value.toString()])),
        },
        deflator: { default: '0.025' },
        ...(gdp.source === undefined ? {} : { vintage: vintageOf(gdp.source) }),
      },
      population: people.values,
    },
    ...(rate === undefined ? {} : { fx: { [rate.pair]: { default: rate.figure.value } } }),
    ...(givenRate === undefined ? {} : { fx: { [fxPair]: { default: givenRate } } }),
    defence: {
      shareOfGdp: {
        default: options.share,
        ...Object.fromEntries(published.map((row) => [String(row.year), row.share?.toString() ?? ''])),
      },
    },
    targets: ['nato-wales-2pct', 'nato-hague-core-3.5pct', 'nato-hague-related-1.5pct', 'nato-hague-total-5pct'],
    rounding: { mode: 'half-even' },
    sources: sourcesByPublication([
      ...(gdp.source === undefined ? [] : [{ ...gdp.source, about: 'economy.gdp.base' }]),
      ...(gdpDenominator?.sources ?? []).map((source) => ({ ...source, about: 'economy.gdp.base' })),
      ...(gdp.nato === undefined ? (sharesDenominator?.sources ?? []) : []).map((source) => ({
        ...source,
        about: sharePaths,
      })),
      ...growth.map(([, figure]) => ({ ...figure.source, about: 'economy.gdp.realGrowth' })),
      ...people.sources.map((source) => ({ ...source, about: 'economy.population' })),
      ...(rate === undefined ? [] : [{ ...rate.figure.source, about: `fx.${rate.pair}` }]),
      ...published.flatMap((row) =>
        row.source === undefined ? [] : [{ ...row.source, about: `defence.shareOfGdp.${String(row.year)}` }],
      ),
      ...fiscal.sources,
    ]),
    assumptions: [
      {
        about: 'economy.gdp.realGrowth.default',
        statement:
          lastGrowth === undefined
            ? 'Real growth is 2% a year.'
            : `Real growth after ${lastGrowth[0]} is ${lastGrowth[1].value.times(100).toString()}% a year.`,
        reason:
          lastGrowth === undefined
            ? `The dataset has no growth figure for ${data.name}; 2% is a stand-in, not a forecast.${beside(data, 'realGrowth')}`
            : `The dataset's last growth figure for ${data.name} is held; no later forecast is in the dataset.`,
      },
      {
        about: 'economy.gdp.deflator',
        statement: 'The GDP deflator is 2.5% a year.',
        reason: `The dataset has no GDP deflator for ${data.name}; 2.5% is a stand-in, not a forecast: set economy.gdp.deflator to replace it.${beside(data, 'deflator')}`,
      },
      {
        about: 'defence.shareOfGdp.default',
        statement: `Defence spending is ${options.share} of GDP in every year without a NATO figure.`,
        reason: 'The share to explore: the what-if this scenario starts from.',
      },
      ...(published.length === 0
        ? []
        : [
            {
              about: sharePaths,
              statement: `Defence spending in ${published.map((row) => String(row.year)).join(', ')} is NATO’s published share of GDP (release ${published[0]?.release ?? ''}; ${published.some((row) => row.status === 'estimate') ? 'estimates marked as such by NATO' : 'outturns'}).`,
              reason: `Years NATO has a figure for are not the what-if: its figure stands, applied to this scenario’s GDP (NATO’s own GDP basis differs).${sharesDenominator === undefined || gdp.nato !== undefined ? '' : ` NATO’s shares for ${data.name} from ${String(sharesDenominator.from)} are of a figure smaller than GDP (its ${sharesDenominator.denominator}): applied to a GDP, they give more spending than NATO counts.`}`,
            },
          ]),
      ...fiscal.assumptions,
      people.assumption,
      ...(rate === undefined ? [] : [rateAssumption(data, rate)]),
      ...(gdp.nato === undefined ? [] : [natoGdpAssumption(gdp.nato, gdp.year, data, gdpDenominator)]),
      ...(options.gdp === undefined ? [] : [givenGdpAssumption(data, gdp)]),
      ...(givenRate === undefined ? [] : [givenRateAssumption(data, fxPair, givenRate)]),
    ],
  });
}

/**
 * NATO's own rate of the latest year beside a stand-in, for comparison (Türkiye's deflator was 49% in
 * 2024, not 2.5%): a sentence to end the stand-in's reason, or nothing where NATO's tables have none.
 */
function beside(data: CountryData, rate: 'realGrowth' | 'deflator'): string {
  const nato = data.natoGrowth;
  if (nato === undefined) return '';
  const what = rate === 'realGrowth' ? 'real growth' : 'a GDP deflator';
  return ` For comparison, NATO’s tables of ${nato[rate].source.published ?? ''} imply ${what} of ${nato[rate].value.times(100).toFixed(2)}% in ${String(nato.year)} (its estimate; countryData('${data.code}').natoGrowth).`;
}

/**
 * For an ally whose NATO years are fiscal years (Canada's, the UK's: April to March), what the scenario's
 * years then are, and the sources that say so: about NATO's GDP it grows from, which sets every year (a
 * what-if on a year's share leaves it standing), else the NATO shares it keeps; nothing when it takes
 * nothing of NATO's with a year.
 */
function fiscalYears(
  data: CountryData,
  scenario: {
    readonly gdp: { readonly nato?: Source };
    /** The paths of NATO's shares it keeps, joined (`defence.shareOfGdp.2025`), or ''. */
    readonly sharePaths: string;
    readonly rate: UsdRate | undefined;
    readonly first: number;
  },
): { readonly assumptions: Assumption[]; readonly sources: (Source & { readonly about: string })[] } {
  const { gdp, sharePaths, rate, first } = scenario;
  // A first year that is not one is left to the scenario's own check, which names `years.from`.
  const fiscal = isYear(first) ? natoFiscalYear(data.code, first) : undefined;
  const about = gdp.nato === undefined ? sharePaths : 'economy.gdp.base';
  if (fiscal === undefined || about === '') return { assumptions: [], sources: [] };
  const taken = [
    ...(gdp.nato === undefined ? [] : ['NATO’s GDP it grows from']),
    ...(sharePaths === '' ? [] : ['NATO’s shares it keeps']),
  ];
  const ecb = rate !== undefined && rate !== data.natoUsdRate;
  return {
    assumptions: [
      {
        about,
        statement: `Each year of this scenario is a fiscal year, as NATO’s years are for this ally: ${String(fiscal.year)} is ${fiscal.months}.`,
        reason: `${taken.join(' and ')} ${sharePaths === '' ? 'is' : 'are'} of NATO’s years. ${fiscal.note} The population (mid-year)${ecb ? ' and the ECB’s rate (a year’s average)' : ''} ${ecb ? 'are' : 'is'} of calendar years: a quarter apart.`,
      },
    ],
    sources: fiscal.sources.map((source) => ({ ...source, about })),
  };
}

/** What a GDP passed in the options assumes: the caller's figure, with no source, in place of any the dataset has. */
function givenGdpAssumption(
  data: CountryData,
  gdp: { readonly year: number; readonly amount: string },
): { about: string; statement: string; reason: string } {
  const replaced = data.gdp ?? data.natoGdp;
  return {
    about: 'economy.gdp.base',
    statement: `GDP in ${String(gdp.year)} is ${gdp.amount} ${data.currency}, as given when the scenario was made.`,
    reason: `A figure passed in (scenarioFor's gdp; init --gdp), which cites no source: ${replaced === undefined ? `the dataset has no GDP for ${data.name}` : `it replaces the dataset’s, ${replaced.figure.value.amount.toString()} ${data.currency} in ${String(replaced.year)}`}.`,
  };
}

/**
 * The GDP the scenario grows from: the one given, else the dataset's national statistic, else NATO's (and
 * then `nato` is its source), else an error saying what to pass.
 */
function gdpOf(
  data: CountryData,
  given: ScenarioForOptions['gdp'],
): { readonly year: number; readonly amount: string; readonly source?: Source; readonly nato?: Source } {
  if (given !== undefined) return givenGdp(given);
  if (data.gdp !== undefined)
    return { year: data.gdp.year, amount: data.gdp.figure.value.amount.toString(), source: data.gdp.figure.source };
  if (data.natoGdp !== undefined)
    return {
      year: data.natoGdp.year,
      amount: data.natoGdp.figure.value.amount.toString(),
      source: data.natoGdp.figure.source,
      nato: data.natoGdp.figure.source,
    };
  return fail(
    'missing_field',
    `the dataset has no GDP for ${data.name} (${data.code}): pass one, scenarioFor('${data.code}', { share, gdp: { year, amount } })`,
    ['gdp'],
    data.code,
  );
}

/** A GDP passed in the options, checked to be `{ year, amount }` (the amount's own checks are the schema's). */
function givenGdp(given: unknown): { readonly year: number; readonly amount: string } {
  const { year, amount } = (typeof given === 'object' && given !== null ? given : {}) as Record<string, unknown>;
  if (!Number.isInteger(year) || typeof amount !== 'string')
    fail(
      'invalid_type',
      `gdp is { year, amount }, a whole year and a decimal string, such as { year: 2024, amount: '40000000000' }; received ${show(given)}`,
      ['gdp'],
      given,
    );
  return { year: year as number, amount };
}

/**
 * A rate given as `{ rate }`: its text (the scenario's own checks refuse one that is not a rate above
 * zero, at its fx path); `undefined` for `'ecb'`, `'nato'` or none.
 */
function givenRateOf(asked: unknown): string | undefined {
  if (typeof asked !== 'object' || asked === null) return undefined;
  const { rate } = asked as Record<string, unknown>;
  if (typeof rate === 'string') return rate;
  return fail(
    'invalid_type',
    `usdRate is 'ecb', 'nato' or { rate }, a string such as { rate: '1/138.9' }; received ${show(asked)}`,
    ['usdRate'],
    asked,
  );
}

/** What a rate passed in assumes: the caller's, with no source, in place of any the dataset has. */
function givenRateAssumption(
  data: CountryData,
  pair: string,
  value: string,
): { about: string; statement: string; reason: string } {
  const replaced = data.usdRate ?? data.natoUsdRate;
  return {
    about: `fx.${pair}`,
    statement: `${pair} is ${value} in every year, as given when the scenario was made.`,
    reason: `A rate passed in (scenarioFor's usdRate; init --usd-rate), which cites no source: ${replaced === undefined ? `the dataset has no rate for ${data.currency}` : `the dataset’s is ${replaced.figure.value} (${String(replaced.year)})`}.`,
  };
}

/**
 * The US dollar rate the scenario holds: the one asked for, else the ECB's, else NATO's; none for the
 * dollar; an error naming what is missing when the dataset has no rate of that kind.
 */
function rateOf(data: CountryData, asked: unknown): UsdRate | undefined {
  if (asked !== undefined && asked !== 'ecb' && asked !== 'nato')
    fail('unknown_id', `usdRate is 'ecb', 'nato' or { rate }, received ${show(asked)}`, ['usdRate'], asked);
  if (data.currency === 'USD') return undefined;
  const rate =
    asked === 'nato' ? data.natoUsdRate : asked === 'ecb' ? data.usdRate : (data.usdRate ?? data.natoUsdRate);
  if (rate !== undefined) return rate;
  const kind = asked === 'nato' ? 'NATO’s' : asked === 'ecb' ? 'the ECB’s' : 'neither the ECB’s nor NATO’s';
  return fail(
    'missing_field',
    `the dataset has no US dollar rate for ${data.name}'s ${data.currency} (${kind}): pass one, usdRate: { rate } (init --usd-rate 0.0072)`,
    ['fx'],
    data.code,
  );
}

/** What the held rate assumes, and the other rate the dataset has, so that the reader can compare. */
function rateAssumption(data: CountryData, rate: UsdRate): { about: string; statement: string; reason: string } {
  const nato = rate === data.natoUsdRate;
  const other = nato ? data.usdRate : data.natoUsdRate;
  const otherWords =
    other === undefined
      ? nato
        ? 'The ECB’s table has no rate for this currency.'
        : 'NATO converts at its own rates; its tables in the dataset have none for this currency.'
      : nato
        ? `The ECB’s ${String(other.year)} average is ${other.figure.value} (usdRate: 'ecb').`
        : `NATO converts at its own rates: ${other.figure.value} for ${String(other.year)} (usdRate: 'nato').`;
  return {
    about: `fx.${rate.pair}`,
    statement: `${rate.pair} is ${rate.figure.value} in every year (${nato ? 'NATO’s rate for ' : ''}${String(rate.year)}).`,
    reason: `Future rates are unknown; ${nato ? 'NATO’s rate of its latest year in the dataset is held, so that dollars are on NATO’s basis' : 'the dataset’s latest annual rate is held'}. ${otherWords}`,
  };
}

/** What a GDP from NATO's tables assumes: NATO's figure, on NATO's basis, for want of a national one. */
function natoGdpAssumption(
  source: Source,
  year: number,
  data: CountryData,
  denominator: NatoDenominator | undefined,
): { about: string; statement: string; reason: string } {
  const how =
    data.currency === 'USD' ? 'Table 5' : 'Table 5’s dollars at NATO’s rate for the year, Table 2 over Table 1';
  const basis =
    'The dataset has no national statistic of GDP for this ally; NATO’s keeps the scenario on NATO’s own GDP basis. Set economy.gdp.base to use a national statistic.';
  if (denominator === undefined)
    return {
      about: 'economy.gdp.base',
      statement: `GDP in ${String(year)} is NATO’s, from its tables of ${source.published ?? ''} (${how}).`,
      reason: basis,
    };
  return {
    about: 'economy.gdp.base',
    statement: `GDP in ${String(year)} is NATO’s figure for ${data.name}, from its tables of ${source.published ?? ''} (${how}), which is not its GDP but NATO’s smaller denominator for it from ${String(denominator.from)} (its ${denominator.denominator}): every “share of GDP” in this scenario is of that figure, as NATO’s are.`,
    reason: `${basis} ${denominator.note}`,
  };
}

/**
 * The scenario's population from the ally's path: every year of the scenario its value, or, for a year
 * the path lacks, the latest earlier one held (the earliest, before the path starts); the default is the
 * path's last value, for years a caller adds. The sources of the values used, and what it assumes.
 */
function populationOf(
  data: CountryData,
  years: YearRange,
): {
  readonly values: Record<string, string>;
  readonly sources: readonly Source[];
  readonly assumption: { readonly about: string; readonly statement: string; readonly reason: string };
} {
  const path = data.populationPath;
  // Whole-number keys: Object.keys gives them in ascending order.
  const known = Object.keys(path.values).map(Number);
  const valueAt = (year: number): { readonly year: number; readonly figure: Figure<Decimal> } => {
    const from = known.filter((candidate) => candidate <= year).at(-1) ?? Math.min(...known);
    return { year: from, figure: path.values[from] as Figure<Decimal> };
  };
  const values: Record<string, string> = { default: valueAt(known.at(-1) as number).figure.value.toString() };
  const counted: number[] = [];
  const projected: number[] = [];
  const held = new Map<number, number[]>();
  const sources: Source[] = []; // repeats included: sourcesByPublication keeps one of each
  for (let year = years.from; year <= years.to; year++) {
    const { year: from, figure } = valueAt(year);
    values[String(year)] = figure.value.toString();
    sources.push(figure.source);
    if (from !== year) held.set(from, [...(held.get(from) ?? []), year]);
    else (figure.status === 'derived' ? projected : counted).push(year);
  }
  const parts = [
    ...(counted.length === 0 ? [] : [`counted in ${spans(counted)}`]),
    ...(projected.length === 0 ? [] : [`projected in ${spans(projected)}`]),
    ...[...held].map(([from, holding]) => `${spans(holding)} at ${String(from)}’s`),
  ];
  // A projected year rests on the count it starts from as well as the projection: cite both.
  if (projected.length > 0) sources.push(...path.basis);
  const last = valueAt(years.to).figure.value;
  return {
    values,
    sources,
    assumption: {
      about: 'economy.population',
      statement: `The population is the dataset’s by year: ${parts.join('; ')}; ${persons(last)} in ${String(years.to)}.`,
      reason: path.method,
    },
  };
}

/** Ascending whole years as runs: 2025, 2027, 2028, 2029 → "2025, 2027–2029". */
function spans(years: readonly number[]): string {
  const runs: { first: number; last: number }[] = [];
  for (const year of years) {
    const run = runs.at(-1);
    if (run?.last === year - 1) run.last = year;
    else runs.push({ first: year, last: year });
  }
  return runs
    .map(({ first, last }) => (first === last ? String(first) : `${String(first)}–${String(last)}`))
    .join(', ');
}

/** A dataset GDP's vintage, named by its publisher and the year it published it. */
function vintageOf(source: Source): string {
  return source.published === undefined ? source.publisher : `${source.publisher}, published ${source.published}`;
}

/**
 * One source per publication, the paths each backs joined (compileSources' uniqueSources drops only
 * exact repeats; here the same publication backs several paths).
 */
function sourcesByPublication(sources: readonly (Source & { readonly about: string })[]): Source[] {
  const unique: (Source & { about: string })[] = [];
  for (const source of sources) {
    const same = unique.find(
      (candidate) => candidate.title === source.title && candidate.publisher === source.publisher,
    );
    if (same === undefined) unique.push({ ...source });
    else if (!same.about.split(', ').includes(source.about)) same.about = `${same.about}, ${source.about}`;
  }
  return unique;
}
