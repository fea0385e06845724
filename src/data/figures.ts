import type { Source } from '../sources/Source';

/**
 * What kind of figure a dataset value is: printed as an outturn (`actual`), a first or provisional
 * estimate, an estimate for a year not yet closed, a forecast, a budget or plan, or `derived` by
 * arithmetic from other sourced figures (the `note` says how).
 *
 * @category Data
 * @example
 * ```ts
 * import type { FigureStatus } from 'budget-whatif';
 * const status: FigureStatus = 'derived';
 * ```
 */
export type FigureStatus = 'actual' | 'provisional' | 'estimate' | 'forecast' | 'plan' | 'derived';

/**
 * One value of a dataset with its source: nothing budget-whatif ships is a bare number.
 *
 * @typeParam TValue - the value: Money, a Decimal (a share or rate, as a fraction), a count…
 * @category Data
 * @example
 * ```ts
 * import { lithuania, type Figure, type Money } from 'budget-whatif';
 * const gdp2024: Figure<Money> | undefined = lithuania.gdp.versions['eurostat-2025'].values[2024];
 * gdp2024?.source.publisher; // => 'Eurostat'
 * ```
 */
export interface Figure<TValue> {
  /** The value, exact. */
  readonly value: TValue;
  /** Where it comes from. */
  readonly source: Source;
  /** What kind of figure it is. */
  readonly status?: FigureStatus;
  /** How it was obtained when that is not obvious, or what to know when using it. */
  readonly note?: string;
}

/**
 * Several versions of the same figures (vintages of national accounts, forecasts by different bodies),
 * with the one used by default and why.
 *
 * @typeParam TVersion - one version.
 * @category Data
 * @example
 * ```ts
 * import { lithuania } from 'budget-whatif';
 * lithuania.realGrowth.default; // => 'ec-autumn-2025'
 * ```
 */
export interface Alternatives<TVersion, TKey extends string = string> {
  /** The key of the version used by default. */
  readonly default: TKey;
  /** Why that one. */
  readonly reason: string;
  /** Every version, by key. */
  readonly versions: Readonly<Record<TKey, TVersion>>;
}
