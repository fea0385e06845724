import { ZERO, type Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { checkRoundingMode, type RoundingMode } from '../decimal/rounding';
import { productRounded, quotient } from '../decimal/scaledInteger';
import { isMoney, makeMoney, type Money } from '../money/core';
import { currencyOf } from '../money/currencies';
import type { YearSeries } from '../series/types';
import { seriesYears } from '../series/years';
import { requirementIn, type Target } from './targets';

/**
 * One year of a {@link targetGap}: what the target requires, what is spent, and what it would take.
 *
 * @category Economy
 * @example
 * ```ts
 * import { defineTarget, money, targetGap, type TargetGapRow } from 'budget-whatif';
 * const target = defineTarget({ id: 't', name: '2%', atLeast: '0.02', from: 2026 });
 * const [row]: readonly TargetGapRow[] = targetGap({ 2026: money('1', 'EUR') }, { 2026: money('100', 'EUR') }, target).rows;
 * row?.gap.amount.toString(); // => '1'
 * ```
 */
export interface TargetGapRow {
  /** The year. */
  readonly year: number;
  /** Whether the target is due this year (its deadline has come); a target not yet due is shown for reference. */
  readonly due: boolean;
  /** The floor in money, if the target has one. */
  readonly atLeast?: Money;
  /** The ceiling in money, if the target has one. */
  readonly atMost?: Money;
  /** The floor as a share of GDP. */
  readonly atLeastShare?: Decimal;
  /** The ceiling as a share of GDP. */
  readonly atMostShare?: Decimal;
  /** What is spent. */
  readonly actual: Money;
  /** What is spent, as a share of GDP. */
  readonly actualShare: Decimal;
  /** The change in spending that would meet the target: positive to spend more, negative to spend less, zero when met. */
  readonly gap: Money;
  /** The same change in percentage points of GDP (0.5 is half a point). */
  readonly gapPoints: Decimal;
  /** Whether spending is within the bounds; exactly at a bound counts as met. */
  readonly met: boolean;
}

/**
 * The gap to a target, per year.
 *
 * @category Economy
 * @example
 * ```ts
 * import { defineTarget, money, targetGap, type TargetGap } from 'budget-whatif';
 * const gap: TargetGap = targetGap({ 2026: money('5', 'EUR') }, { 2026: money('100', 'EUR') }, defineTarget({ id: 't', name: '2%', atLeast: '0.02', from: 2026 }));
 * gap.rows[0]?.met; // => true
 * ```
 */
export interface TargetGap {
  /** The target's id. */
  readonly target: string;
  /** One row per year that the target applies to and the spending covers. */
  readonly rows: readonly TargetGapRow[];
}

/**
 * The {@link targetGap} function options.
 *
 * @category Economy
 * @example
 * ```ts
 * import type { TargetGapOptions } from 'budget-whatif';
 * const cents: TargetGapOptions = { round: 'half-even' };
 * ```
 */
export interface TargetGapOptions {
  /**
   * Round the target's bounds in money to the currency's minor units with this mode before comparing,
   * as reported spending is: then spending of exactly 5% of GDP, rounded the same way, meets a 5% floor.
   * Default: compare exactly.
   */
  readonly round?: RoundingMode;
  /**
   * The spending's shares of GDP where the caller already has them (the shares it was set at), reported
   * as each row's `actualShare` instead of spending ÷ GDP. Default: spending ÷ GDP.
   */
  readonly actualShares?: YearSeries<Decimal>;
}

/**
 * Compare spending with a target, year by year: the required amount, the actual amount, the gap in money
 * and in percentage points of GDP, and whether it is met.
 *
 * A floor is met when spending is at least the floor, a ceiling when it is at most the ceiling ("up to
 * 1.5%" flags spending above it), a band when both hold. Years the target does not apply to are left out;
 * years before its deadline are included with `due: false`.
 *
 * @param spending - spending by year, in the category the target is about.
 * @param gdp - nominal GDP by year, covering every year of the spending the target applies to.
 * @param target - the target; see {@link defineTarget} and the built-in `TARGETS`.
 * @param options - rounding of the bounds; see {@link TargetGapOptions}.
 * @returns the gap by year; see {@link TargetGap}.
 * @throws {@link BudgetWhatIfError} `missing_year` (path `gdp[year]`); `currency_mismatch`; `out_of_range`
 *   for GDP that is not positive.
 * @category Economy
 * @example
 * ```ts
 * import { defineTarget, money, targetGap } from 'budget-whatif';
 * const core = defineTarget({ id: 'core', name: '3.5% of GDP', atLeast: '0.035', from: 2025, by: 2035 });
 * const [row] = targetGap({ 2035: money('3000000000', 'EUR') }, { 2035: money('100000000000', 'EUR') }, core).rows;
 * [row?.gap.amount.toString(), row?.gapPoints.toString(), row?.met]; // => ['500000000', '0.5', false]
 * ```
 */
export function targetGap(
  spending: YearSeries<Money>,
  gdp: YearSeries<Money>,
  target: Target,
  options: TargetGapOptions = {},
): TargetGap {
  const mode = options.round === undefined ? undefined : checkRoundingMode(options.round, ['options', 'round']);
  // The minor units of the currency, for rounding: looked up once, not per row.
  const rounding = mode === undefined ? undefined : { mode, scale: Number.NaN };
  const rows: TargetGapRow[] = [];
  for (const year of seriesYears(spending)) {
    const requirement = requirementIn(target, year);
    if (requirement === undefined) continue;
    const actual = spending[year] as Money;
    const gdpOfYear = Object.hasOwn(gdp, year) ? gdp[year] : undefined;
    if (gdpOfYear === undefined) return fail('missing_year', `GDP has no value for ${String(year)}`, ['gdp', year]);
    if (gdpOfYear.currency !== actual.currency)
      fail('currency_mismatch', `spending is in ${actual.currency}, GDP in ${gdpOfYear.currency}`, ['gdp', year]);
    if (!gdpOfYear.amount.gt(0))
      fail(
        'out_of_range',
        `GDP must be positive, received ${gdpOfYear.amount.toString()}`,
        ['gdp', year],
        gdpOfYear.amount,
      );
    if (rounding !== undefined && Number.isNaN(rounding.scale))
      rounding.scale = currencyOf(gdpOfYear.currency).minorUnits;
    const atLeast = boundInMoney(requirement.atLeast, gdpOfYear, rounding);
    const atMost = boundInMoney(requirement.atMost, gdpOfYear, rounding);
    if (atLeast !== undefined && atLeast.currency !== actual.currency) {
      fail('currency_mismatch', `the target is in ${atLeast.currency}, spending in ${actual.currency}`, [
        'target',
        'atLeast',
      ]);
    }
    let gap = ZERO;
    if (atLeast !== undefined && actual.amount.lt(atLeast.amount)) gap = atLeast.amount.minus(actual.amount);
    else if (atMost !== undefined && actual.amount.gt(atMost.amount)) gap = atMost.amount.minus(actual.amount);
    const met = gap.isZero();
    // Built field by field (not with conditional spreads, which cost several objects a row).
    const row: { -readonly [K in keyof TargetGapRow]: TargetGapRow[K] } = {
      year,
      due: requirement.due,
      actual,
      actualShare: options.actualShares?.[year] ?? shareOfGdp(actual, gdpOfYear),
      gap: makeMoney(gap, actual.currency),
      gapPoints: met ? ZERO : quotient(gap.times(100), gdpOfYear.amount),
      met,
    };
    if (atLeast !== undefined) {
      row.atLeast = atLeast;
      row.atLeastShare = boundAsShare(requirement.atLeast as Decimal | Money, gdpOfYear);
    }
    if (atMost !== undefined) {
      row.atMost = atMost;
      row.atMostShare = boundAsShare(requirement.atMost as Decimal | Money, gdpOfYear);
    }
    rows.push(row);
  }
  return { target: target.id, rows };
}

/** A bound in money: an amount as is, a share × GDP (rounded when asked). */
function boundInMoney(
  bound: Decimal | Money | undefined,
  gdp: Money,
  rounding: { mode: RoundingMode; scale: number } | undefined,
): Money | undefined {
  if (bound === undefined || isMoney(bound)) return bound;
  return makeMoney(
    rounding === undefined ? gdp.amount.times(bound) : productRounded(gdp.amount, bound, rounding.scale, rounding.mode),
    gdp.currency,
  );
}

/** A bound as a share of GDP: a share as is (no division), an amount ÷ GDP. */
function boundAsShare(bound: Decimal | Money, gdp: Money): Decimal {
  return isMoney(bound) ? quotient(bound.amount, gdp.amount) : bound;
}

// Evaluating several targets compares the same spending with the same GDP; the division is done once
// per pair of amounts. The memo holds no state a caller could see: equal inputs, equal output.
const shares = new WeakMap<Money, { readonly gdp: Money; readonly share: Decimal }>();

function shareOfGdp(actual: Money, gdp: Money): Decimal {
  const memo = shares.get(actual);
  if (memo?.gdp === gdp) return memo.share;
  const share = quotient(actual.amount, gdp.amount);
  shares.set(actual, { gdp, share });
  return share;
}
