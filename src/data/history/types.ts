import type { Decimal } from '../../decimal/core';
import type { Money } from '../../money/core';
import type { Figure } from '../figures';
import type { Source } from '../../sources/Source';

/**
 * Where in its life a published figure was: `announced` (a minister or leader said it), `proposed` (a
 * draft budget), `approved` (the budget law as passed), `amended` (changed during the year, by a law or by
 * the government under powers the law gives), `executed` (the outturn of the budget), `estimate` (a
 * statistical estimate for a year not yet closed, such as NATO's for the current year) and `outturn`
 * (the statistical figure for a closed year). In {@link STAGES}, in that order.
 *
 * @category Data
 * @example
 * ```ts
 * import type { Stage } from 'budget-whatif';
 * const stage: Stage = 'amended';
 * ```
 */
export type Stage = 'announced' | 'proposed' | 'approved' | 'amended' | 'executed' | 'estimate' | 'outturn';

/**
 * Every {@link Stage}, in the order of a budget's life.
 *
 * @category Data
 * @example
 * ```ts
 * import { STAGES } from 'budget-whatif';
 * STAGES.indexOf('approved') < STAGES.indexOf('amended'); // => true
 * ```
 */
export const STAGES: readonly Stage[] = Object.freeze([
  'announced',
  'proposed',
  'approved',
  'amended',
  'executed',
  'estimate',
  'outturn',
] as const);

/**
 * What a published value states: an amount, a share of GDP, or both (a budget printed with its share).
 * At least one is present.
 *
 * @category Data
 * @example
 * ```ts
 * import { decimal, money, type Measure } from 'budget-whatif';
 * const budget2026: Measure = { amount: money('4790000000', 'EUR'), shareOfGdp: decimal('0.0538') };
 * ```
 */
export interface Measure {
  /** The amount, exact. */
  readonly amount?: Money;
  /** The share of GDP, as a fraction (5.38% is 0.0538). */
  readonly shareOfGdp?: Decimal;
}

/**
 * One published value of a figure: what it says ({@link Measure}), at which {@link Stage}, when it was
 * published, what it counts (`basis`), and its source. A value derived by arithmetic says so (`status:
 * 'derived'` and a `note`).
 *
 * @category Data
 * @example
 * ```ts
 * import { lithuania, type PublishedValue } from 'budget-whatif';
 * const first: PublishedValue | undefined = lithuania.history.defenceSpending.entries['2025']?.[0];
 * first?.stage; // => 'proposed'
 * ```
 */
export interface PublishedValue extends Figure<Measure> {
  /** Where in the budget's life the value was. */
  readonly stage: Stage;
  /**
   * When it was published: `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the source gives no day. A value
   * dated by month or year counts as known from the last day of that month or year.
   */
  readonly date: string;
  /**
   * What the value counts, in words ("NATO's definition", "state budget: defence appropriations"). Two
   * values with different bases are different quantities: a revision between them is not like for like.
   */
  readonly basis: string;
  /**
   * The sources of what its `note` says, where they are not the value's own (NATO's share for Luxembourg
   * being of its GNI, NATO's year for the UK being a fiscal year): reports list them with the others.
   */
  readonly noteSources?: readonly Source[];
}

/**
 * Every published value of a figure, by year (or by another key, such as `total` for a plan's envelope),
 * oldest first within each. Read with {@link vintages}, {@link latest}, {@link asOf} and {@link revisions}.
 *
 * @category Data
 * @example
 * ```ts
 * import { lithuania, type FigureHistory } from 'budget-whatif';
 * const history: FigureHistory = lithuania.history.defenceSpending;
 * history.name; // => 'Lithuania: defence spending'
 * ```
 */
export interface FigureHistory {
  /** What the figure is. */
  readonly name: string;
  /** The published values, by year (`'2025'`) or key (`'total'`), oldest first. */
  readonly entries: Readonly<Record<string, readonly PublishedValue[]>>;
}

/**
 * Which published values to read: only some stages, or only one basis. Without either, all of them.
 *
 * @category Data
 * @example
 * ```ts
 * import type { VintageFilter } from 'budget-whatif';
 * const budgets: VintageFilter = { stage: ['proposed', 'approved', 'amended'] };
 * ```
 */
export interface VintageFilter {
  /** A stage, or a list of stages. */
  readonly stage?: Stage | readonly Stage[];
  /** A basis, exactly as the values write it. */
  readonly basis?: string;
}
