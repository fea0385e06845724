import type { Decimal } from '../decimal/core';
import type { DecimalInput } from '../decimal/decimal';
import type { Money } from '../money/core';
import type { CurrencyCode } from '../money/currencies';
import type { YearRange } from '../series/types';
import type { Assumption, Source } from '../sources/Source';

/**
 * How an amount is spread over its years, as written by the caller (numbers as decimal strings, bigints,
 * safe integers or Decimals):
 *
 * - `even`: the same each year.
 * - `weights`: in proportion to one non-negative weight per year (not all zero).
 * - `front-loaded`: a linear ramp down, the first year `ratio` times the last (`ratio` ≥ 1).
 * - `back-loaded`: a linear ramp up, the last year `ratio` times the first (`ratio` ≥ 1).
 * - `s-curve`: slow, then fast, then slow: by the end of year k of n, the share spent is
 *   `k^p / (k^p + (n − k)^p)` with `p` = `steepness` (a whole number from 1 to 20, default 2; 1 is even
 *   phasing; larger is steeper). Whole numbers keep every weight an exact fraction.
 * - `amounts`: explicit amounts by year, which must sum exactly to the amount being phased.
 *
 * @category Plans
 * @example
 * ```ts
 * import type { PhasingInput } from 'budget-whatif';
 * const minesFirst: PhasingInput = { kind: 'front-loaded', ratio: '3' };
 * const explicit: PhasingInput = { kind: 'amounts', amounts: { 2025: '200000000', 2026: '600000000' } };
 * ```
 */
export type PhasingInput =
  | {
      /** The same each year. */
      readonly kind: 'even';
    }
  | {
      /** In proportion to one weight per year. */
      readonly kind: 'weights';
      /** One non-negative weight per year, not all zero. */
      readonly weights: readonly DecimalInput[];
    }
  | {
      /** A linear ramp down. */
      readonly kind: 'front-loaded';
      /** The first year's amount over the last year's, at least 1. */
      readonly ratio: DecimalInput;
    }
  | {
      /** A linear ramp up. */
      readonly kind: 'back-loaded';
      /** The last year's amount over the first year's, at least 1. */
      readonly ratio: DecimalInput;
    }
  | {
      /** Slow, fast, slow. */
      readonly kind: 's-curve';
      /** The exponent p of the cumulative share k^p / (k^p + (n − k)^p): a whole number from 1 to 20, default 2. */
      readonly steepness?: DecimalInput;
    }
  | {
      /** Explicit amounts. */
      readonly kind: 'amounts';
      /** The amount of each year, summing exactly to what is phased; years not listed get nothing. */
      readonly amounts: Readonly<Record<number, DecimalInput>>;
    };

/**
 * A phasing profile as a checked {@link Plan} holds it: numbers as Decimals (JSON writes them as strings).
 *
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, money, type Phasing } from 'budget-whatif';
 * const plan = definePlan({
 *   id: 'p', name: 'P', total: '100', currency: 'EUR', years: { from: 2025, to: 2026 },
 *   items: [{ id: 'all', remainder: true }], phasing: { kind: 'front-loaded', ratio: 3 },
 * });
 * const phasing: Phasing = plan.phasing; // { kind: 'front-loaded', ratio: Decimal(3) }
 * ```
 */
export type Phasing =
  | {
      /** The same each year. */
      readonly kind: 'even';
    }
  | {
      /** In proportion to one weight per year. */
      readonly kind: 'weights';
      /** One weight per year. */
      readonly weights: readonly Decimal[];
    }
  | {
      /** A linear ramp down. */
      readonly kind: 'front-loaded';
      /** The first year's amount over the last year's. */
      readonly ratio: Decimal;
    }
  | {
      /** A linear ramp up. */
      readonly kind: 'back-loaded';
      /** The last year's amount over the first year's. */
      readonly ratio: Decimal;
    }
  | {
      /** Slow, fast, slow. */
      readonly kind: 's-curve';
      /** The exponent p of the cumulative share. */
      readonly steepness: Decimal;
    }
  | {
      /** Explicit amounts. */
      readonly kind: 'amounts';
      /** The amount of each year. */
      readonly amounts: Readonly<Record<number, Money>>;
    };

/**
 * Whether a plan's amounts are in current (nominal) prices or in constant prices of a year.
 *
 * @category Plans
 * @example
 * ```ts
 * import type { PriceBasis } from 'budget-whatif';
 * const in2025Prices: PriceBasis = { kind: 'constant', year: 2025 };
 * ```
 */
export type PriceBasis =
  | {
      /** Current prices of each year. */
      readonly kind: 'nominal';
    }
  | {
      /** Prices of one year. */
      readonly kind: 'constant';
      /** The year whose prices the amounts are in. */
      readonly year: number;
    };

/**
 * One line of a plan as written: an amount, a share of the total, or the remainder.
 *
 * @category Plans
 * @example
 * ```ts
 * import type { PlanItemInput } from 'budget-whatif';
 * const mines: PlanItemInput = { id: 'anti-tank-mines', name: 'Anti-tank mines', amount: '800000000' };
 * const rest: PlanItemInput = { id: 'other-measures', remainder: true };
 * ```
 */
export interface PlanItemInput {
  /** A short id, unique in the plan: letters, digits, `-` and `_`. */
  readonly id: string;
  /** A name for people. Default: the id. */
  readonly name?: string;
  /** A fixed amount in the plan's currency, in whole minor units. */
  readonly amount?: DecimalInput;
  /** A share of the plan's total, from 0 to 1 (rounded half-even to the cent). */
  readonly share?: DecimalInput;
  /** `true` for the one item that takes what the others leave. */
  readonly remainder?: boolean;
  /** The item's own phasing, overriding the plan's. */
  readonly phasing?: PhasingInput;
  /** The item's own years, within the plan's (mines bought 2025–2028 in a 2025–2034 plan). */
  readonly years?: YearRange;
}

/**
 * A multi-year plan as written: an envelope over years, split into items, with a phasing profile.
 *
 * @category Plans
 * @example
 * ```ts
 * import { money, type PlanInput } from 'budget-whatif';
 * const border: PlanInput = {
 *   id: 'border-countermobility',
 *   name: 'Border counter-mobility plan',
 *   total: '1100000000', currency: 'EUR',
 *   years: { from: 2025, to: 2034 },
 *   items: [{ id: 'anti-tank-mines', amount: '800000000' }, { id: 'other-measures', remainder: true }],
 * };
 * ```
 */
export interface PlanInput {
  /** A short id: letters, digits, `-` and `_`. */
  readonly id: string;
  /** A name for people. Default: the id. */
  readonly name?: string;
  /**
   * The envelope, in whole minor units: an amount (`'1100000000'`) in `currency`, as a scenario file
   * writes it. Money (`money('1100000000', 'EUR')`) is still accepted (deprecated: see docs/guide.md).
   */
  readonly total: DecimalInput | Money;
  /** The currency of `total` (and of every item). Required when `total` is an amount, not Money. */
  readonly currency?: CurrencyCode;
  /** The years the plan runs, both ends included. */
  readonly years: YearRange;
  /** The items; their amounts must add up to the total (with a remainder item taking the rest). */
  readonly items: readonly PlanItemInput[];
  /** The plan's phasing, which items follow unless they have their own. Default: `even`. */
  readonly phasing?: PhasingInput;
  /** Nominal (default) or constant prices of a year. */
  readonly priceBasis?: PriceBasis;
  /** Where the plan's figures come from. */
  readonly sources?: readonly Source[];
  /** What was assumed where the sources are silent. */
  readonly assumptions?: readonly Assumption[];
}

/**
 * A checked plan item, with its amount resolved to whole minor units.
 *
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, money, type PlanItem } from 'budget-whatif';
 * const plan = definePlan({
 *   id: 'p', name: 'P', total: '1100000000', currency: 'EUR', years: { from: 2025, to: 2034 },
 *   items: [{ id: 'mines', amount: '800000000' }, { id: 'rest', remainder: true }],
 * });
 * const rest: PlanItem | undefined = plan.items[1]; // amount €300,000,000.00, basis 'remainder'
 * ```
 */
export interface PlanItem {
  /** The item's id. */
  readonly id: string;
  /** The item's name. */
  readonly name: string;
  /** The item's amount, in whole minor units. */
  readonly amount: Money;
  /** How the amount was given: fixed, as a share of the total, or as the remainder. */
  readonly basis: 'amount' | 'share' | 'remainder';
  /** The share of the total, for items given as one. */
  readonly share?: Decimal;
  /** The item's own phasing, if it has one. */
  readonly phasing?: Phasing;
  /** The item's own years, if it has them. */
  readonly years?: YearRange;
}

/**
 * A checked plan, as {@link definePlan} returns it: every item's amount resolved, every number exact.
 *
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, money, type Plan } from 'budget-whatif';
 * const plan: Plan = definePlan({
 *   id: 'p', name: 'P', total: '1100000000', currency: 'EUR', years: { from: 2025, to: 2034 },
 *   items: [{ id: 'all', remainder: true }],
 * });
 * ```
 */
export interface Plan {
  /** The plan's id. */
  readonly id: string;
  /** The plan's name. */
  readonly name: string;
  /** The envelope. */
  readonly total: Money;
  /** The years the plan runs. */
  readonly years: YearRange;
  /** The items, in order; their amounts sum exactly to the total. */
  readonly items: readonly PlanItem[];
  /** The plan's phasing. */
  readonly phasing: Phasing;
  /** The plan's price basis. */
  readonly priceBasis: PriceBasis;
  /** Where the figures come from. */
  readonly sources: readonly Source[];
  /** What was assumed. */
  readonly assumptions: readonly Assumption[];
}
