import type { Decimal } from '../decimal/core';
import type { TargetCategory, TargetRule } from '../economy/targets';
import type { TargetGapRow } from '../economy/targetGap';
import type { Money } from '../money/core';
import type { Schedule } from '../plans/schedule';
import type { YearRange, YearSeries } from '../series/types';
import type { Assumption, Source } from '../sources/Source';
import type { PlausibilityWarning } from './plausibility';
import type { ReplacedAssumption, ReplacedSource } from './replaced';
import type { ShadowedChange } from './shadowed';
import type { Change } from './types';

/**
 * Spending of one category in a {@link ScenarioResult}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, type SpendingResult } from 'budget-whatif/scenarios';
 * const defence: SpendingResult = evaluate(getScenario('lithuania-baseline')).defence;
 * defence.byYear[2026]?.amount.toString(); // => '4790000000'
 * ```
 */
export interface SpendingResult {
  /** Spending by year, rounded to the minor unit. */
  readonly byYear: YearSeries<Money>;
  /**
   * Spending by year: the same object as {@link SpendingResult.byYear}, by its old name.
   *
   * @deprecated Read `byYear` (one name for every per-year map; docs/glossary.md). Not written to JSON.
   */
  readonly amounts: YearSeries<Money>;
  /** The share of GDP by year: the stated share, or the amount divided by GDP. */
  readonly shareOfGdp: YearSeries<Decimal>;
  /** How each year's spending was set: a share of GDP or an amount. */
  readonly basis: YearSeries<'share' | 'amount'>;
  /** Spending per inhabitant, rounded to the minor unit, for the years with a population. */
  readonly perCapita: YearSeries<Money>;
  /** The sum of the yearly amounts: over every year of the scenario, unless `missingYears` lists some. */
  readonly total: Money;
  /**
   * The scenario's years without a figure: `total` leaves them out (a partial total, which reports label
   * and the metric `<section>.total` refuses). Empty when the spending covers every year.
   */
  readonly missingYears: readonly number[];
  /**
   * For amounts written in another currency (`defence.currency`): the years given as amounts, as written
   * there, and their total (`byYear` holds them converted, year by year, at the scenario's rates).
   */
  readonly ownCurrency?: {
    /** The currency they are written in. */
    readonly currency: string;
    /** The amounts as written, for the years given as amounts. */
    readonly byYear: YearSeries<Money>;
    /** Their sum there. */
    readonly total: Money;
  };
}

/**
 * A plan written in constant prices, as written: its price year, total and schedule in that year's prices,
 * and the price index (the scenario's GDP deflator) that brought it to current prices.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ConstantPrices } from 'budget-whatif/scenarios';
 * const asWritten = (prices: ConstantPrices): string => `${prices.total.amount.toFixed()} in ${String(prices.year)} prices`;
 * ```
 */
export interface ConstantPrices {
  /** The year whose prices the plan is written in. */
  readonly year: number;
  /** The plan's total in those prices, as written. */
  readonly total: Money;
  /** Its schedule in those prices, as written. */
  readonly schedule: Schedule;
  /** P(year) ÷ P(price year) for the plan's years, from the scenario's GDP deflator. */
  readonly priceIndex: YearSeries<Decimal>;
}

/**
 * A plan in a {@link ScenarioResult}: its schedule by year and item, in current prices. Its weight in
 * defence spending and GDP is the metric `plans.<id>.shareOfDefence.<year>` (and `.shareOfGdp.<year>`).
 * A plan written in constant prices of a year is indexed to current prices with the scenario's GDP
 * deflator (each year × P(year) ÷ P(price year), rounded to the cent) before any comparison; what it was is
 * in `constantPrices`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, type PlanResult } from 'budget-whatif/scenarios';
 * const [border]: readonly PlanResult[] = evaluate(getScenario('lithuania-baseline')).plans;
 * border?.total.amount.toString(); // => '1100000000'
 * ```
 */
export interface PlanResult {
  /** The plan's id. */
  readonly id: string;
  /** The plan's name. */
  readonly name: string;
  /** The plan's total, in current prices. */
  readonly total: Money;
  /** The year × item table in current prices, in whole minor units, adding up both ways, with cumulative totals. */
  readonly schedule: Schedule;
  /** The prices `total` and `schedule` are in: always `current`; a plan written otherwise has `constantPrices`. */
  readonly prices: 'current';
  /** For a plan written in constant prices: the plan as written and the index applied. */
  readonly constantPrices?: ConstantPrices;
  /**
   * For a plan written in another currency: its total and schedule as written there (`total` and
   * `schedule` are converted, year by year, at the scenario's rates). Both add up.
   */
  readonly ownCurrency?: {
    /** The currency it is written in. */
    readonly currency: string;
    /** Its total there. */
    readonly total: Money;
    /** Its year × item table there. */
    readonly schedule: Schedule;
  };
}

/**
 * A scenario's amounts in another currency, at the scenario's rates.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, type CurrencyView } from 'budget-whatif/scenarios';
 * const usd: CurrencyView | undefined = evaluate(getScenario('lithuania-baseline')).views['USD'];
 * usd?.currency; // => 'USD'
 * ```
 */
export interface CurrencyView {
  /** The currency. */
  readonly currency: string;
  /** Units of it per unit of the scenario's currency, by year. */
  readonly rates: YearSeries<Decimal>;
  /** GDP by year, converted and rounded to its minor unit. */
  readonly gdp: YearSeries<Money>;
  /** Defence spending by year, converted and rounded, and its total (the sum of the rounded years). */
  readonly defence: ConvertedSeries;
  /** Defence-related spending, when the scenario has it. */
  readonly related?: ConvertedSeries;
  /** Each plan's yearly totals, converted and rounded, and its total, by plan id. */
  readonly plans: Readonly<Record<string, ConvertedSeries>>;
}

/**
 * Amounts by year converted into a view's currency, each rounded to its minor unit, and their total.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, type ConvertedSeries } from 'budget-whatif/scenarios';
 * const usd: ConvertedSeries | undefined = evaluate(getScenario('lithuania-baseline')).views['USD']?.defence;
 * usd?.byYear[2026]?.currency; // => 'USD'
 * ```
 */
export interface ConvertedSeries {
  /** By year, converted and rounded to the minor unit. */
  readonly byYear: YearSeries<Money>;
  /** The sum of the rounded years. */
  readonly total: Money;
  /**
   * The same object as {@link ConvertedSeries.byYear}, by its old name.
   *
   * @deprecated Read `byYear` (docs/glossary.md). Not written to JSON.
   */
  readonly amounts: YearSeries<Money>;
}

/**
 * The gap to one target in a {@link ScenarioResult}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, type TargetResult } from 'budget-whatif/scenarios';
 * const [wales]: readonly TargetResult[] = evaluate(getScenario('lithuania-baseline')).targets;
 * wales?.id; // => 'nato-wales-2pct'
 * ```
 */
export interface TargetResult {
  /** The target's id. */
  readonly id: string;
  /** The target's name. */
  readonly name: string;
  /** What spending it is about; the spending compared with it. */
  readonly category: TargetCategory;
  /** What it asks: a floor, a ceiling, a band, or a limit on what counts. */
  readonly rule: TargetRule;
  /**
   * What it comes to over the scenario: `met` (every due year judged is met, and there is at least one),
   * `missed` (a due year is missed), `undetermined` (a due year has no spending figure, none is missed),
   * `not-yet-due` (no year of the scenario is due), or `counting-limit` (nothing is asked).
   */
  readonly status: 'met' | 'missed' | 'undetermined' | 'not-yet-due' | 'counting-limit';
  /** One row per scenario year the target applies to and the spending covers. */
  readonly rows: readonly TargetGapRow[];
  /** Years the target applies to that the scenario gives no spending for: nothing could be judged there. */
  readonly undetermined: readonly number[];
  /** Whether it is met where due: `status` is `met`. */
  readonly metWhereDue: boolean;
  /** What the target says, as its source words it, when the target carries it. */
  readonly wording?: string;
  /** How the target is read here (a deadline taken as "due from 2024", say), when it says. */
  readonly note?: string;
}

/**
 * What {@link evaluate} returns: every figure of a scenario, per year and in total, with the sources
 * used and warnings. A plain object: `JSON.stringify` writes every amount as a decimal string, and the
 * same scenario always gives the same JSON, byte for byte.
 *
 * Amounts are rounded to the minor unit with the scenario's rounding mode, once: GDP first; spending at a
 * share of GDP is the share × the rounded GDP, rounded; totals are sums of the rounded years, so every
 * table adds up.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, type ScenarioResult } from 'budget-whatif/scenarios';
 * const result: ScenarioResult = evaluate(getScenario('lithuania-baseline'));
 * result.defence.total.currency; // => 'EUR'
 * ```
 */
export interface ScenarioResult {
  /** The scenario's name. */
  readonly name: string;
  /** The reporting currency. */
  readonly currency: string;
  /** The years reported. */
  readonly years: YearRange;
  /** Nominal GDP by year, rounded to the minor unit. */
  readonly gdp: YearSeries<Money>;
  /** Population by year, where the scenario gives it. */
  readonly population: YearSeries<Decimal>;
  /** Defence spending. */
  readonly defence: SpendingResult;
  /** Defence-related spending, when the scenario has it. */
  readonly related?: SpendingResult;
  /** The plans. */
  readonly plans: readonly PlanResult[];
  /** Views in other currencies, by currency code. */
  readonly views: Readonly<Record<string, CurrencyView>>;
  /** The gap to every target. */
  readonly targets: readonly TargetResult[];
  /** Totals over the scenario's years. */
  readonly totals: {
    /** GDP over the years. */
    readonly gdp: Money;
    /** Defence spending over the years. */
    readonly defence: Money;
    /** Defence-related spending over the years, when the scenario has it. */
    readonly related?: Money;
  };
  /** Every source behind the scenario's figures, without repeats (those of replaced figures are in `replacedSources`). */
  readonly sources: readonly Source[];
  /**
   * Every assumption the scenario states and still makes, whole or in part: those the changes replaced
   * whole are in `replaced`; those they replaced in part are here and in `partlyReplaced`.
   */
  readonly assumptions: readonly Assumption[];
  /**
   * The assumptions no longer made: the changes set every figure each is about (the rule for
   * `replacedSources`). Each with the changes that did.
   */
  readonly replaced: readonly ReplacedAssumption[];
  /**
   * The assumptions still made except where the changes set a figure (a year's share where "5.5% from
   * 2027 to 2035" held), each with those changes; each is also in `assumptions`.
   */
  readonly partlyReplaced: readonly ReplacedAssumption[];
  /**
   * The sources whose every figure (their `about` paths; every entry of a record such as
   * `defence.shareOfGdp`) a change replaced: no longer behind a figure shown.
   */
  readonly replacedSources: readonly ReplacedSource[];
  /** What was changed from the scenario as written (its `changes`), in order. */
  readonly changes: readonly Change[];
  /**
   * The changes some years do not read, with the value that stayed in each: a default beside a year's own
   * value, a share of GDP in a year whose spending is an amount (also in `warnings`).
   */
  readonly shadowed: readonly ShadowedChange[];
  /**
   * What an analyst should know: values outside their plausible range (first), changes that do not reach
   * every year, years without spending, plans beyond the scenario's years.
   */
  readonly warnings: readonly string[];
  /** The values outside their plausible ranges, each with its path, value and range (also in `warnings`). */
  readonly plausibility: readonly PlausibilityWarning[];
  /** The scenario's published figures beside the modelled ones, with the difference and why they differ. */
  readonly published: readonly PublishedComparison[];
  /**
   * The vintage the scenario's GDP figures are from (`economy.gdp.vintage`); absent when it names none, or
   * when a change replaced the GDP figures it names.
   */
  readonly gdpVintage?: string;
}

/**
 * A modelled figure beside the published one: the metric, both values, the difference (modelled −
 * published; in percentage points for a share, written as a fraction: 0.001 is 0.1 points) and, beyond
 * `PUBLISHED_TOLERANCE`, a note on why they differ.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * const [, in2026] = evaluate(getScenario('lithuania-baseline')).published;
 * in2026?.published.toString(); // => '0.0538'
 * in2026?.note?.startsWith('The published 5.38% puts the same spending over a GDP of EUR 89.0 billion'); // => true
 * ```
 */
export interface PublishedComparison {
  /** The metric compared (`defence.share.2026`). */
  readonly metric: string;
  /** `share`, or the currency of an amount. */
  readonly unit: string;
  /** The scenario's value. */
  readonly modelled: Decimal;
  /** The value as published. */
  readonly published: Decimal;
  /** Modelled − published. */
  readonly difference: Decimal;
  /** Where the published value comes from. */
  readonly source: Source;
  /** Why they differ, when they differ beyond the tolerance: the figure's own note, or the GDP basis worked out. */
  readonly note?: string;
  /** For a share of GDP: the GDP each side divides by; see {@link GdpBasis}. */
  readonly gdp?: GdpBasis;
}

/**
 * The GDP behind a modelled and a published share of GDP of the same year: the scenario's GDP for the
 * year and what it is (its vintage), and the GDP the published share implies for the scenario's spending
 * (spending ÷ published share) and what the publisher used, as the scenario names it.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, type GdpBasis } from 'budget-whatif/scenarios';
 * const basis: GdpBasis | undefined = evaluate(getScenario('lithuania-baseline')).published[1]?.gdp;
 * basis?.modelledBasis; // => "Eurostat, 2025 vintage, projected by the scenario's rates"
 * basis?.implied.toFixed(0); // => '89033457249'
 * ```
 */
export interface GdpBasis {
  /** The scenario's GDP in the year, exactly. */
  readonly modelled: Decimal;
  /** What it is: the named vintage, projected by the scenario's rates; or that no vintage is named, or a change replaced it. */
  readonly modelledBasis: string;
  /** The GDP the published share implies for the scenario's spending in the year: spending ÷ published share. */
  readonly implied: Decimal;
  /** The GDP the publisher divided by, as the scenario names it (`published[].gdp`), or that it is not named. */
  readonly publishedBasis: string;
}
