import type { RoundingMode } from '../decimal/rounding';
import type { SpendingCategory, TargetCategory } from '../economy/targets';
import type { PriceBasis } from '../plans/types';
import type { YearRange } from '../series/types';
import type { Assumption, Source } from '../sources/Source';

/**
 * Values by year in a scenario file, with an optional `default` for the years not listed: keys are
 * `"default"` or years (`"2030"`), values decimal strings. Shares and rates are fractions (`"0.055"`);
 * files may also write `"5.5%"`, which {@link parseScenario} turns into `"0.055"`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { YearlyValues } from 'budget-whatif/scenarios';
 * const realGrowth: YearlyValues = { default: '0.03', '2025': '0.024' };
 * ```
 */
export type YearlyValues = Readonly<Record<string, string>>;

/**
 * Where a scenario's nominal GDP comes from: a base year grown by real growth and a deflator (or by
 * nominal growth), known years followed by such a projection, or an explicit series. Exactly one of
 * `base`, `known` and `series`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { GdpSpec } from 'budget-whatif/scenarios';
 * const gdp: GdpSpec = { base: { year: 2024, amount: '77940000000' }, realGrowth: { default: '0.03' }, deflator: { default: '0.025' } };
 * ```
 */
export interface GdpSpec {
  /** A base year and its nominal GDP, grown by the rates. */
  readonly base?: {
    /** The base year. */
    readonly year: number;
    /** Its nominal GDP, a decimal string in the scenario's currency. */
    readonly amount: string;
  };
  /** Known nominal GDP by year, projected from the last known year by the rates. */
  readonly known?: Readonly<Record<string, string>>;
  /** Nominal GDP by year, taken as is; no rates. */
  readonly series?: Readonly<Record<string, string>>;
  /** Real growth by year (with `deflator`). */
  readonly realGrowth?: YearlyValues;
  /** GDP deflator growth by year (with `realGrowth`). */
  readonly deflator?: YearlyValues;
  /** Nominal growth by year (instead of `realGrowth` and `deflator`). */
  readonly nominalGrowth?: YearlyValues;
  /**
   * The vintage the GDP figures (`base`, `known` or `series`) come from, by name ("Eurostat, 2025
   * vintage"): a report that sets a modelled share of GDP beside a published one says which GDP each
   * divides by. A change to the figures themselves replaces it.
   */
  readonly vintage?: string;
}

/**
 * Spending of one category in a scenario: a share of GDP by year, explicit amounts by year, or both
 * (an amount wins over the share in its year).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { SpendingSpec } from 'budget-whatif/scenarios';
 * const defence: SpendingSpec = { shareOfGdp: { default: '0.055' }, amounts: { '2025': '2400000000', '2026': '4790000000' } };
 * ```
 */
export interface SpendingSpec {
  /** Shares of GDP by year, as fractions. */
  readonly shareOfGdp?: YearlyValues;
  /** Amounts by year, in the scenario's currency or in `currency`. */
  readonly amounts?: Readonly<Record<string, string>>;
  /**
   * The currency the amounts are written in (ISO 4217), when not the scenario's: each year is converted at
   * the scenario's rate for it and rounded once, and the result keeps them as written
   * (`ownCurrency` of the result's spending).
   */
  readonly currency?: string;
}

/**
 * A phasing profile in a scenario file; see {@link budget-whatif!PhasingInput} for the kinds.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { PhasingSpec } from 'budget-whatif/scenarios';
 * const phasing: PhasingSpec = { kind: 'front-loaded', ratio: '3' };
 * ```
 */
export interface PhasingSpec {
  /** The kind of profile. */
  readonly kind: 'even' | 'weights' | 'front-loaded' | 'back-loaded' | 's-curve' | 'amounts';
  /** For `weights`: one per year. */
  readonly weights?: readonly string[];
  /** For `front-loaded` and `back-loaded`: the first (last) year over the last (first). */
  readonly ratio?: string;
  /** For `s-curve`: the whole-number exponent, 1 to 20. */
  readonly steepness?: string;
  /** For `amounts`: the amount of each year. */
  readonly amounts?: Readonly<Record<string, string>>;
}

/**
 * One item of a plan in a scenario file: exactly one of `amount`, `share` and `remainder`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { PlanItemSpec } from 'budget-whatif/scenarios';
 * const mines: PlanItemSpec = { id: 'anti-tank-mines', amount: '800000000' };
 * ```
 */
export interface PlanItemSpec {
  /** The item's id: letters, digits, `-` and `_`. */
  readonly id: string;
  /** A name for people. */
  readonly name?: string;
  /** A fixed amount. */
  readonly amount?: string;
  /** A share of the plan's total, as a fraction. */
  readonly share?: string;
  /** `true` for the item that takes the rest. */
  readonly remainder?: boolean;
  /** The item's own phasing. */
  readonly phasing?: PhasingSpec;
  /** The item's own years, within the plan's. */
  readonly years?: YearRange;
}

/**
 * A multi-year plan in a scenario file; see {@link budget-whatif!definePlan} for the rules.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { PlanSpec } from 'budget-whatif/scenarios';
 * const plan: PlanSpec = {
 *   id: 'border-countermobility', total: '1100000000', years: { from: 2025, to: 2034 },
 *   items: [{ id: 'anti-tank-mines', amount: '800000000' }, { id: 'other-measures', remainder: true }],
 * };
 * ```
 */
export interface PlanSpec {
  /** The plan's id. */
  readonly id: string;
  /** A name for people. Default: the id. */
  readonly name?: string;
  /** The envelope, in the plan's currency. */
  readonly total: string;
  /**
   * The currency the plan (its total and items) is written in. Default: the scenario's. Another currency
   * is converted year by year at the scenario's rate for it (an `fx` pair naming it).
   */
  readonly currency?: string;
  /** The years the plan runs. */
  readonly years: YearRange;
  /** The plan's phasing. Default: `even`. */
  readonly phasing?: PhasingSpec;
  /** The items. */
  readonly items: readonly PlanItemSpec[];
  /** Nominal (default) or constant prices of a year. */
  readonly priceBasis?: PriceBasis;
  /** Where the plan's figures come from. */
  readonly sources?: readonly Source[];
  /** What was assumed. */
  readonly assumptions?: readonly Assumption[];
}

/**
 * An amount where a scenario field takes a share or an amount: `{ amount: "1500000000" }` is €1.5 bn
 * (in the scenario's currency), where `"0.02"` would be 2% of GDP.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { AmountSpec } from 'budget-whatif/scenarios';
 * const floor: AmountSpec = { amount: '1500000000' };
 * const inDollars: AmountSpec = { amount: '6000000000', currency: 'USD' };
 * ```
 */
export interface AmountSpec {
  /** A decimal string, in the scenario's currency or in `currency`. */
  readonly amount: string;
  /**
   * The currency of the amount, when not the scenario's (ISO 4217): converted in each year at the
   * scenario's rate for it and rounded once.
   */
  readonly currency?: string;
}

/**
 * A custom target in a scenario file: bounds as shares of GDP (fractions) or as `{ amount }`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { TargetSpec } from 'budget-whatif/scenarios';
 * const fourPercent: TargetSpec = { id: 'four-percent', name: '4% by 2030', atLeast: '0.04', by: 2030, start: { year: 2025, value: '0.03' } };
 * ```
 */
export interface TargetSpec {
  /** The target's id. */
  readonly id: string;
  /** A name for people. */
  readonly name: string;
  /** What spending it is about. Default: `defence`. */
  readonly category?: TargetCategory;
  /**
   * How each category counts, for `defence-and-related`: in full, or `upTo` a share (fraction) or an
   * amount, as The Hague's 5% counts related spending up to 1.5% of GDP. Default: all in full.
   */
  readonly counts?: readonly {
    /** `defence` or `defence-related`. */
    readonly category: SpendingCategory;
    /** At most this much of it counts. */
    readonly upTo?: string | AmountSpec;
  }[];
  /** Makes the target a counting limit: at most this much of its category counts; no bounds with it. */
  readonly countsUpTo?: string | AmountSpec;
  /** The floor: a share (fraction) or an amount. */
  readonly atLeast?: string | AmountSpec;
  /** The ceiling: a share (fraction) or an amount. */
  readonly atMost?: string | AmountSpec;
  /** The first year it applies to. */
  readonly from?: number;
  /** The last year it applies to. */
  readonly until?: number;
  /** The deadline. */
  readonly by?: number;
  /** The start of a straight path to the deadline. */
  readonly start?: {
    /** The year the path starts. */
    readonly year: number;
    /** The level in that year: a share (fraction) or an amount. */
    readonly value: string | AmountSpec;
  };
  /** The target's words. */
  readonly wording?: string;
  /** A note. */
  readonly note?: string;
  /** Its sources. */
  readonly sources?: readonly Source[];
}

/**
 * One change a what-if made to a scenario: the path (list elements named by id), the value before and
 * after as a scenario file writes them (absent where there was none, or where the change removed it),
 * and what made it: `withOverrides` by default, `--set`, `sweep`, `goal-seek`, `tornado`, an inputs file.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { Change } from 'budget-whatif/scenarios';
 * const weakerEuro: Change = { path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: '--set' };
 * ```
 */
export interface Change {
  /** Where: an override path, with list elements selected by id (`plans[border-countermobility].total`). */
  readonly path: string;
  /** The value there before, as a scenario file writes it; absent when there was none. */
  readonly before?: unknown;
  /** The value there after; absent when the change removed it. */
  readonly after?: unknown;
  /** What made the change: `withOverrides`, `--set`, `sweep`, `goal-seek`, `tornado`, an inputs file. */
  readonly from: string;
}

/**
 * A figure as a publisher printed it, to show beside the scenario's own: a metric name, the value (a
 * share as a fraction or percentage, an amount in the scenario's currency), its source.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { PublishedSpec } from 'budget-whatif/scenarios';
 * const stated: PublishedSpec = {
 *   metric: 'defence.share.2026',
 *   value: '5.38%',
 *   source: { publisher: 'Ministry of National Defence', title: 'The Seimas approves record defence budget', quoted: 'EUR 4.79 billion or 5.38 % of GDP' },
 * };
 * ```
 */
export interface PublishedSpec {
  /** The metric it is a published value of (`defence.share.2026`, `gdp.2025`). */
  readonly metric: string;
  /** The value as published: a share as a fraction (`0.0538`) or percentage (`5.38%`), or an amount. */
  readonly value: string;
  /** Where it was published. */
  readonly source: Source;
  /**
   * For a share of GDP: the GDP the publisher divided by, by name ("the Finance Ministry’s GDP projection
   * behind the 2026 budget"), shown beside the scenario's own.
   */
  readonly gdp?: string;
  /** Why it may differ from the modelled value, when the usual cause (the GDP basis) is not it. */
  readonly note?: string;
}

/**
 * A scenario: the assumptions of one what-if, as a plain JSON document. This is the canonical form that
 * {@link parseScenario} returns (numbers as decimal strings, shares and rates as fractions, years as
 * numbers); docs/scenario-format.md documents every field.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, type Scenario } from 'budget-whatif/scenarios';
 * const baseline: Scenario = getScenario('lithuania-baseline');
 * baseline.currency; // => 'EUR'
 * ```
 */
export interface Scenario {
  /** The JSON Schema the file follows, for editors (`docs/scenario.schema.json`); ignored. */
  readonly $schema?: string;
  /** A name for people. */
  readonly name: string;
  /** What the scenario is about. */
  readonly description?: string;
  /** The reporting currency: every amount in the file is in it. */
  readonly currency: string;
  /** The years to report, both ends included. */
  readonly years: YearRange;
  /** GDP and population. */
  readonly economy: {
    /** Nominal GDP. */
    readonly gdp: GdpSpec;
    /** Population by year, with an optional `default` for the other years. */
    readonly population?: YearlyValues;
  };
  /** Exchange rates for views in other currencies, by pair (`"EUR/USD"`), by year with a `default`. */
  readonly fx?: Readonly<Record<string, YearlyValues>>;
  /** Defence spending, and defence-related spending (The Hague 2025's 1.5% category). */
  readonly defence: SpendingSpec & {
    /** Defence-related spending: infrastructure, resilience, industry. */
    readonly related?: SpendingSpec;
  };
  /** Multi-year plans. */
  readonly plans?: readonly PlanSpec[];
  /** Targets: built-in ids (`"nato-wales-2pct"`) or custom targets. */
  readonly targets?: readonly (string | TargetSpec)[];
  /** How reported amounts are rounded to the minor unit. Default: `half-even`. */
  readonly rounding?: {
    /** The rounding mode. Default: `half-even`. */
    readonly mode?: RoundingMode;
  };
  /** Where the scenario's figures come from. */
  readonly sources?: readonly Source[];
  /** What was assumed, and why. */
  readonly assumptions?: readonly Assumption[];
  /** Figures as published, shown beside the modelled ones with the difference (see {@link PublishedSpec}). */
  readonly published?: readonly PublishedSpec[];
  /**
   * What was changed from what, in order: written by {@link withOverrides} (and so by `--set`, sweeps,
   * goal seeks and tornado charts), kept when the scenario is written out, listed by every report.
   */
  readonly changes?: readonly Change[];
}
