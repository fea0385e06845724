import { ZERO, type Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { makeMoney, type Money } from '../money/core';
import type { YearSeries } from '../series/types';
import { seriesYears } from '../series/years';
import { isMoney, requirementIn, type Target } from './targets';

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
export function targetGap(spending: YearSeries<Money>, gdp: YearSeries<Money>, target: Target): TargetGap {
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
    const inMoney = (bound: Decimal | Money | undefined): Money | undefined =>
      bound === undefined
        ? undefined
        : isMoney(bound)
          ? bound
          : makeMoney(gdpOfYear.amount.times(bound), actual.currency);
    const asShare = (bound: Money | undefined): Decimal | undefined =>
      bound === undefined ? undefined : bound.amount.div(gdpOfYear.amount);
    const atLeast = inMoney(requirement.atLeast);
    const atMost = inMoney(requirement.atMost);
    if (atLeast !== undefined && atLeast.currency !== actual.currency)
      fail('currency_mismatch', `the target is in ${atLeast.currency}, spending in ${actual.currency}`, [
        'target',
        'atLeast',
      ]);
    let gap = ZERO;
    if (atLeast !== undefined && actual.amount.lt(atLeast.amount)) gap = atLeast.amount.minus(actual.amount);
    else if (atMost !== undefined && actual.amount.gt(atMost.amount)) gap = atMost.amount.minus(actual.amount);
    const atLeastShare = asShare(atLeast);
    const atMostShare = asShare(atMost);
    rows.push({
      year,
      due: requirement.due,
      ...(atLeast === undefined ? {} : { atLeast, atLeastShare: atLeastShare as Decimal }),
      ...(atMost === undefined ? {} : { atMost, atMostShare: atMostShare as Decimal }),
      actual,
      actualShare: actual.amount.div(gdpOfYear.amount),
      gap: makeMoney(gap, actual.currency),
      gapPoints: gap.div(gdpOfYear.amount).times(100),
      met: gap.isZero(),
    });
  }
  return { target: target.id, rows };
}
