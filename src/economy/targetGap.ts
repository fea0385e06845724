import { ONE, ZERO, type Decimal } from '../decimal/core';
import { checkRoundingMode, type RoundingMode } from '../decimal/rounding';
import {
  powerOfTen,
  productRounded,
  quotient,
  scaledBelow,
  scaledProduct,
  scaledRounded,
  scaledSum,
  toScaledInteger,
  type ScaledInteger,
} from '../decimal/scaledInteger';
import { fail } from '../errors/fail';
import { isMoney, makeMoney, type Money } from '../money/core';
import { currencyOf } from '../money/currencies';
import type { YearSeries } from '../series/types';
import { seriesYears } from '../series/years';
import { requirementIn, type Requirement, type SpendingCategory, type Target, type TargetCount } from './targets';

/**
 * How a year of a {@link targetGap} reads:
 *
 * - `met` and `missed`: the target is due and spending meets it, or does not;
 * - `not-yet-due`: before the deadline, shown for reference (`met` says whether spending is on the path);
 * - `counting-limit`: the target only limits what counts; nothing is asked of the spending.
 *
 * Years a target applies to but the spending does not cover are not rows: they are listed in
 * {@link TargetGap.undetermined}.
 *
 * @category Economy
 * @example
 * ```ts
 * import type { TargetStatus } from 'budget-whatif';
 * const early: TargetStatus = 'not-yet-due';
 * ```
 */
export type TargetStatus = 'met' | 'missed' | 'not-yet-due' | 'counting-limit';

/**
 * One year of a {@link targetGap}: what the target requires, what is spent and what of it counts, and
 * what it would take.
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
  /** How the year reads; see {@link TargetStatus}. */
  readonly status: TargetStatus;
  /** The floor in money, if the target has one (on its path before the deadline). */
  readonly atLeast?: Money;
  /** The ceiling in money, if the target has one. */
  readonly atMost?: Money;
  /** The floor as a share of GDP. */
  readonly atLeastShare?: Decimal;
  /** The ceiling as a share of GDP. */
  readonly atMostShare?: Decimal;
  /** For a counting limit: how much of the spending counts at most, in money. */
  readonly countsUpTo?: Money;
  /** For a counting limit: the same as a share of GDP. */
  readonly countsUpToShare?: Decimal;
  /** Everything spent in the target's categories. */
  readonly spent: Money;
  /** What counts towards the target: `spent`, less anything beyond a counting limit. */
  readonly actual: Money;
  /** What counts, as a share of GDP. */
  readonly actualShare: Decimal;
  /** Spending beyond a counting limit: allowed, and not counted (`spent` − `actual`). */
  readonly beyondCap: Money;
  /**
   * The change in counted spending that would meet the target: positive to spend more, negative to
   * spend less (above a ceiling), zero when met or for a counting limit. Computed on exact values (each
   * share × GDP unrounded) and rounded once to the minor unit, so it can differ by a cent from
   * `atLeast − actual`, whose terms were rounded separately; met when it rounds to zero.
   */
  readonly gap: Money;
  /**
   * The same change in percentage points of GDP (0.5 is half a point): the bound's share less the counted
   * share, exact where both are shares written with up to 8 decimals, else rounded half-even to 10
   * decimal places.
   */
  readonly gapPoints: Decimal;
  /** Whether counted spending is within the bounds (exactly at a bound counts as met); always true for a counting limit. */
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
  /** Years the target applies to (GDP covers them) but the spending does not: nothing could be judged there. */
  readonly undetermined: readonly number[];
}

/**
 * Spending by category, for a target that counts categories differently (The Hague's 5%: core spending in
 * full, related spending up to 1.5% of GDP).
 *
 * @category Economy
 * @example
 * ```ts
 * import { money, type SpendingByCategory } from 'budget-whatif';
 * const spending: SpendingByCategory = {
 *   defence: { 2035: money('3000000000', 'EUR') },
 *   'defence-related': { 2035: money('2500000000', 'EUR') },
 * };
 * ```
 */
export interface SpendingByCategory {
  /** Core defence spending by year. */
  readonly defence?: YearSeries<Money>;
  /** Defence-related spending by year. */
  readonly 'defence-related'?: YearSeries<Money>;
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
   * Round the target's bounds and counting limits in money to the currency's minor units with this mode
   * before comparing, as reported spending is: then spending of exactly 5% of GDP, rounded the same way,
   * meets a 5% floor. Default: compare exactly.
   */
  readonly round?: RoundingMode;
  /**
   * The spending's shares of GDP where the caller already has them (the shares it was set at), by
   * category, or for a single series. Default: spending ÷ GDP.
   */
  readonly shares?: YearSeries<Decimal> | Readonly<Partial<Record<SpendingCategory, YearSeries<Decimal>>>>;
  /**
   * The shares of a single series, by their old name.
   *
   * @deprecated Use `shares`.
   */
  readonly actualShares?: YearSeries<Decimal>;
}

/**
 * Compare spending with a target, year by year: the required amount, what is spent and what of it counts,
 * the gap in money and in percentage points of GDP, and whether it is met.
 *
 * A floor is met when counted spending is at least the floor, a ceiling when it is at most the ceiling,
 * a band when both hold. A counting limit (The Hague's "up to 1.5%") asks nothing: its rows say how much
 * counts and how much lies beyond, and never give a gap. Spending is counted by the target's `counts`:
 * given by category, each category counts in full or up to its limit; given as one series, it is the
 * spending of the target's category, counted in full (or up to a counting limit). Years the target does
 * not apply to are left out; years before its deadline are rows with `due: false`; years GDP covers but
 * the spending does not are listed as `undetermined`.
 *
 * @param spending - spending by year in the target's category, or by category; see {@link SpendingByCategory}.
 * @param gdp - nominal GDP by year, covering every year of the spending the target applies to.
 * @param target - the target; see {@link defineTarget} and the built-in `TARGETS`.
 * @param options - rounding, known shares; see {@link TargetGapOptions}.
 * @returns the gap by year; see {@link TargetGap}.
 * @throws {@link BudgetWhatIfError} `missing_year` (path `gdp[year]`); `currency_mismatch` (spending, or an
 *   amount of the target, in another currency than GDP); `out_of_range` for GDP that is not positive.
 * @category Economy
 * @example
 * ```ts
 * import { defineTarget, getTarget, money, targetGap } from 'budget-whatif';
 * const core = defineTarget({ id: 'core', name: '3.5% of GDP', atLeast: '0.035', from: 2025, by: 2035 });
 * const [row] = targetGap({ 2035: money('3000000000', 'EUR') }, { 2035: money('100000000000', 'EUR') }, core).rows;
 * [row?.gap.amount.toString(), row?.gapPoints.toString(), row?.met]; // => ['500000000', '0.5', false]
 * // The Hague's 5%: core 3% and related 2.5% count as 3% + 1.5% = 4.5%, half a point short.
 * const [hague] = targetGap(
 *   { defence: { 2035: money('3000000000', 'EUR') }, 'defence-related': { 2035: money('2500000000', 'EUR') } },
 *   { 2035: money('100000000000', 'EUR') },
 *   getTarget('nato-hague-total-5pct'),
 * ).rows;
 * [hague?.actual.amount.toString(), hague?.beyondCap.amount.toString(), hague?.gapPoints.toString()]; // => ['4500000000', '1000000000', '0.5']
 * ```
 */
export function targetGap(
  spending: YearSeries<Money> | SpendingByCategory,
  gdp: YearSeries<Money>,
  target: Target,
  options: TargetGapOptions = {},
): TargetGap {
  // Stryker disable next-line ConditionalExpression: a cache (tests/economy/memo.test.ts: changed targets and GDP are read again)
  return gapOfTarget(spending, gdp, target, options, Object.isFrozen(gdp) && Object.isFrozen(target));
}

/**
 * {@link targetGap}, told whether the target and GDP are never changed: then what the target asks in each
 * year at that GDP (its bounds in money, as shares and exactly) is worked out once and shared by every
 * evaluation that compares spending with them. A scenario's compiled targets and GDP are never changed.
 * `years`, when the caller knows them, are GDP's years, and every year of the spending is one of them
 * (a scenario's evaluation: compile makes it so); else they are read from GDP and the spending.
 *
 * @internal
 */
export function gapOfTarget(
  spending: YearSeries<Money> | SpendingByCategory,
  gdp: YearSeries<Money>,
  target: Target,
  options: TargetGapOptions,
  unchanging: boolean,
  years?: readonly number[],
): TargetGap {
  const mode = options.round === undefined ? undefined : checkRoundingMode(options.round, ['options', 'round']);
  const parts = partsOf(spending, target, options);
  const frame = unchanging ? sharedFrame(target, gdp, mode) : newFrame(target, gdp, mode);
  const rows: TargetGapRow[] = [];
  const undetermined: number[] = [];
  for (const year of years ?? yearsOf(parts, gdp)) {
    const asked = yearIn(frame, year);
    if (asked === undefined) continue;
    const counted = countIn(parts, year, asked.gdp, asked.rounding);
    if (counted === undefined) undetermined.push(year);
    else rows.push(rowOf(target, asked, counted));
  }
  return { target: target.id, rows, undetermined };
}

/** What a target asks at a GDP, year by year, worked out as years are first read. */
interface Frame {
  readonly target: Target;
  readonly gdp: YearSeries<Money>;
  readonly mode: RoundingMode | undefined;
  /** By year: what is asked, or `null` where the target does not apply. */
  readonly years: Map<number, Asked | null>;
}

/**
 * What a target asks in one year: the requirement, the year's GDP (checked), how bounds in money are rounded,
 * and each bound in money, as a share and exactly, each worked out when first needed (a year without
 * spending needs none of them, and must not fail on them).
 */
interface Asked {
  readonly year: number;
  readonly requirement: Requirement;
  readonly gdp: Money;
  readonly rounding: Rounding;
  lower?: Bound;
  upper?: Bound;
}

/** A bound of one year: in money (rounded as asked), as a share of GDP, and exactly. */
interface Bound {
  readonly money: Money;
  readonly share: Decimal;
  readonly exact: ScaledInteger;
}

const frames = new WeakMap<Target, WeakMap<YearSeries<Money>, Map<RoundingMode | undefined, Frame>>>();

function sharedFrame(target: Target, gdp: YearSeries<Money>, mode: RoundingMode | undefined): Frame {
  const byGdp = kept(frames, target, () => new WeakMap<YearSeries<Money>, Map<RoundingMode | undefined, Frame>>());
  return kept(
    kept(byGdp, gdp, () => new Map<RoundingMode | undefined, Frame>()),
    mode,
    () => newFrame(target, gdp, mode),
  );
}

/** The value a map keeps under a key, made and kept on first use. */
function kept<TKey, TValue>(
  map: { get(key: TKey): TValue | undefined; set(key: TKey, value: TValue): unknown },
  key: TKey,
  make: () => TValue,
): TValue {
  let value = map.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; a value made again is the same
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function newFrame(target: Target, gdp: YearSeries<Money>, mode: RoundingMode | undefined): Frame {
  return { target, gdp, mode, years: new Map() };
}

/** What the target asks in a year (`undefined` where it does not apply), GDP checked when first read. */
function yearIn(frame: Frame, year: number): Asked | undefined {
  const known = frame.years.get(year);
  // Stryker disable next-line ConditionalExpression: a cache; the year worked out again is the same
  if (known !== undefined) return known ?? undefined;
  const requirement = requirementIn(frame.target, year);
  let asked: Asked | null = null;
  if (requirement !== undefined) {
    const gdp = checkedGdp(frame.gdp, year);
    asked = { year, requirement, gdp, rounding: { mode: frame.mode, scale: currencyOf(gdp.currency).minorUnits } };
  }
  frame.years.set(year, asked);
  return asked ?? undefined;
}

/** The year's floor, worked out once. */
function lowerOf(asked: Asked): Bound | undefined {
  const bound = asked.requirement.atLeast;
  if (bound === undefined) return undefined;
  asked.lower ??= boundOf(bound, asked);
  return asked.lower;
}

/** The year's ceiling, worked out once. */
function upperOf(asked: Asked): Bound | undefined {
  const bound = asked.requirement.atMost;
  if (bound === undefined) return undefined;
  asked.upper ??= boundOf(bound, asked);
  return asked.upper;
}

function boundOf(bound: Decimal | Money, { gdp, rounding }: Asked): Bound {
  return {
    money: boundInMoney(bound, gdp, rounding),
    share: boundAsShare(bound, gdp),
    exact: exactBound(bound, gdp),
  };
}

/** How bounds in money are rounded: with this mode (none: exactly) to the currency's minor units. */
interface Rounding {
  readonly mode: RoundingMode | undefined;
  readonly scale: number;
}

/** One category's spending and shares, and how much of it counts. */
interface Part {
  readonly spending: YearSeries<Money>;
  readonly shares: YearSeries<Decimal> | undefined;
  readonly upTo: Decimal | Money | undefined;
}

/** The parts of a target's spending: by category as its counts say, or one series of its category. */
function partsOf(spending: YearSeries<Money> | SpendingByCategory, target: Target, options: TargetGapOptions): Part[] {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the old name still works
  const given = options.shares ?? options.actualShares;
  const byCategory = given !== undefined && isByCategory(given) ? (given as SharesByCategory) : undefined;
  const single = given !== undefined && byCategory === undefined ? (given as YearSeries<Decimal>) : undefined;
  const limit = target.rule === 'counting-limit' ? target.countsUpTo : undefined;
  if (!isByCategory(spending))
    return [{ spending: spending as YearSeries<Money>, shares: single, upTo: limit ?? singleLimit(target.counts) }];
  const categories = spending as SpendingByCategory;
  return target.counts.map((count) => ({
    spending: categories[count.category] ?? {},
    shares: byCategory?.[count.category],
    upTo: limit ?? count.upTo,
  }));
}

type SharesByCategory = Readonly<Partial<Record<SpendingCategory, YearSeries<Decimal>>>>;

/** A single series stands for all of a target's spending: counted in full unless one category alone counts with a limit. */
function singleLimit(counts: readonly TargetCount<Decimal | Money>[]): Decimal | Money | undefined {
  return counts.length === 1 ? counts[0]?.upTo : undefined;
}

function isByCategory(value: object): boolean {
  return Object.hasOwn(value, 'defence') || Object.hasOwn(value, 'defence-related');
}

/** Every year of the spending and of GDP, in order. */
function yearsOf(parts: readonly Part[], gdp: YearSeries<Money>): readonly number[] {
  const years = yearsOfGdp(gdp);
  let extra: number[] | undefined;
  for (const part of parts)
    // Stryker disable next-line ConditionalExpression: GDP's own years added as extra merge away
    for (const key of Object.keys(part.spending)) if (!Object.hasOwn(gdp, key)) (extra ??= []).push(Number(key));
  // Spending outside GDP's years is rare (and refused for years a target applies to): merge only then.
  return extra === undefined ? years : [...new Set([...years, ...extra])].sort((a, b) => a - b);
}

// GDP's years, read once per frozen series (a scenario's): every target compares with the same GDP. A
// series that could still change is read each time.
const gdpYears = new WeakMap<YearSeries<Money>, readonly number[]>();

function yearsOfGdp(gdp: YearSeries<Money>): readonly number[] {
  if (!Object.isFrozen(gdp)) return seriesYears(gdp);
  let years = gdpYears.get(gdp);
  // Stryker disable next-line ConditionalExpression: a cache; reading the years again gives the same years
  if (years === undefined) {
    years = seriesYears(gdp);
    gdpYears.set(gdp, years);
  }
  return years;
}

function checkedGdp(gdp: YearSeries<Money>, year: number): Money {
  const gdpOfYear = Object.hasOwn(gdp, year) ? gdp[year] : undefined;
  if (gdpOfYear === undefined) return fail('missing_year', `GDP has no value for ${String(year)}`, ['gdp', year]);
  if (gdpOfYear.amount.isZero() || gdpOfYear.amount.isNegative())
    fail(
      'out_of_range',
      `GDP must be positive, received ${gdpOfYear.amount.toString()}`,
      ['gdp', year],
      gdpOfYear.amount,
    );
  return gdpOfYear;
}

/**
 * What is spent and what counts in a year: in money as reported (sums of rounded amounts), exactly (each
 * part at its share × GDP where the share is known, else its amount), and as a share of GDP; `undefined`
 * when a part has no figure.
 */
interface Counted {
  readonly spent: Money;
  readonly counted: Money;
  readonly exact: ScaledInteger;
  readonly countedShare: Decimal;
  /** Whether some part counts up to a limit. */
  readonly limited: boolean;
}

function countIn(parts: readonly Part[], year: number, gdp: Money, rounding: Rounding): Counted | undefined {
  const [only] = parts;
  // Stryker disable next-line ConditionalExpression,OptionalChaining: a shortcut; the loop below counts the same
  if (parts.length === 1 && only?.upTo === undefined) return countedInFull(only as Part, year, gdp);
  let spent = ZERO;
  let counted = ZERO;
  let exact: ScaledInteger = NOTHING;
  let countedShare = ZERO;
  let limited = false;
  let capped = false;
  for (const part of parts) {
    const amount = spentIn(part, year, gdp);
    if (amount === undefined) return undefined;
    const given = part.shares?.[year];
    const share = given ?? shareOfGdp(amount, gdp);
    const partExact = given === undefined ? toScaledInteger(amount.amount) : exactAt(given, gdp);
    spent = sum(spent, amount.amount);
    if (part.upTo === undefined) {
      counted = sum(counted, amount.amount);
      exact = scaledSum(exact, partExact);
      countedShare = sum(countedShare, share);
      continue;
    }
    limited = true;
    const limitExact = exactBound(part.upTo, gdp);
    if (!scaledBelow(limitExact, partExact)) {
      counted = sum(counted, amount.amount);
      exact = scaledSum(exact, partExact);
      countedShare = sum(countedShare, share);
      continue;
    }
    capped = true;
    counted = sum(counted, boundInMoney(part.upTo, gdp, rounding).amount);
    exact = scaledSum(exact, limitExact);
    countedShare = sum(countedShare, boundAsShare(part.upTo, gdp));
  }
  const spentMoney = makeMoney(spent, gdp.currency);
  // Uncapped, what counts is what is spent: the same Money, so a row sees at once that nothing lies beyond.
  // Stryker disable next-line ConditionalExpression: a shortcut; an uncapped sum is the spent sum
  const countedMoney = capped ? makeMoney(counted, gdp.currency) : spentMoney;
  return { spent: spentMoney, counted: countedMoney, exact, countedShare, limited };
}

/** A part's spending in a year (none without a figure), refused in another currency than GDP's. */
function spentIn(part: Part, year: number, gdp: Money): Money | undefined {
  const amount = Object.hasOwn(part.spending, year) ? part.spending[year] : undefined;
  if (amount !== undefined && amount.currency !== gdp.currency)
    fail('currency_mismatch', `spending is in ${amount.currency}, GDP in ${gdp.currency}`, ['gdp', year]);
  return amount;
}

/** {@link countIn} for one series counted in full: what is spent counts, as it is (no new Money). */
function countedInFull(part: Part, year: number, gdp: Money): Counted | undefined {
  const amount = spentIn(part, year, gdp);
  if (amount === undefined) return undefined;
  const given = part.shares?.[year];
  return {
    spent: amount,
    counted: amount,
    exact: given === undefined ? toScaledInteger(amount.amount) : exactAt(given, gdp),
    countedShare: given ?? shareOfGdp(amount, gdp),
    // Stryker disable next-line BooleanLiteral: read for counting limits only, whose parts always have a limit
    limited: false,
  };
}

/** `a + b`, without a new Decimal when either is zero (a scenario without related spending adds zeros). */
function sum(a: Decimal, b: Decimal): Decimal {
  // Stryker disable next-line ConditionalExpression: a shortcut; adding zero gives the same value
  if (b.isZero()) return a;
  // Stryker disable next-line ConditionalExpression: a shortcut; adding to zero gives the same value
  return a.isZero() ? b : a.plus(b);
}

const NOTHING: ScaledInteger = { units: 0n, scale: 0 };

/** A bound in money, exactly: an amount as is, a share × GDP unrounded. */
function exactBound(bound: Decimal | Money, gdp: Money): ScaledInteger {
  return isMoney(bound) ? toScaledInteger(inCurrencyOf(bound, gdp).amount) : exactAt(bound, gdp);
}

/** An amount of the target, checked to be in GDP's currency: never compared across currencies. */
function inCurrencyOf(bound: Money, gdp: Money): Money {
  if (bound.currency !== gdp.currency)
    fail(
      'currency_mismatch',
      `the target's amount ${bound.amount.toString()} ${bound.currency} is not in GDP's currency, ${gdp.currency}: convert it first`,
      ['target'],
      bound.currency,
    );
  return bound;
}

// Each target of a scenario multiplies the same shares (a bound, a spending share written once for many
// years) by the same GDP of a year: once per pair, kept by the GDP amount.
const products = new WeakMap<Money, Map<Decimal, ScaledInteger>>();

/** share × GDP, exactly. */
function exactAt(share: Decimal, gdp: Money): ScaledInteger {
  // Stryker disable next-line ConditionalExpression: a shortcut; zero × GDP is zero
  if (share.isZero()) return NOTHING;
  const byShare = kept(products, gdp, () => new Map<Decimal, ScaledInteger>());
  let product = byShare.get(share);
  // Stryker disable next-line ConditionalExpression: a cache; the product computed again is the same
  if (product === undefined) {
    // A sweep brings a new share at every point: keep a few, not all of them.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on a cache; clearing it only loses hits
    if (byShare.size >= PRODUCTS_KEPT) byShare.clear();
    product = scaledProduct(share, gdp.amount);
    byShare.set(share, product);
  }
  return product;
}

/** Products kept per GDP amount: the targets' bounds and the spending shares of the last evaluations. */
const PRODUCTS_KEPT = 32;

/** The last value computed for a key and a GDP amount: the targets of one evaluation ask for it in turn. */
type PerGdp<TKey extends object, TValue> = WeakMap<TKey, { readonly gdp: Money; readonly value: TValue }>;

/** A value of `key` at `gdp`, from the cache when the same pair was asked last. Equal inputs, equal output: nothing a caller could see. */
function perGdp<TKey extends object, TValue>(
  cache: PerGdp<TKey, TValue>,
  key: TKey,
  gdp: Money,
  compute: () => TValue,
): TValue {
  const memo = cache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; the value computed again is the same
  if (memo?.gdp === gdp) return memo.value;
  const value = compute();
  // Stryker disable next-line ObjectLiteral: a cache; an empty entry only misses
  cache.set(key, { gdp, value });
  return value;
}

/** The row of a year the target applies to and the spending covers. */
function rowOf(target: Target, asked: Asked, counted: Counted): TargetGapRow {
  const { requirement, gdp, rounding } = asked;
  const actual = counted.counted;
  const lower = lowerOf(asked);
  const upper = upperOf(asked);
  const { gap, violated } = gapOf(lower, upper, counted.exact, rounding);
  const met = gap.isZero();
  const counting = target.rule === 'counting-limit';
  // Built field by field (not with conditional spreads, which cost several objects a row).
  const row: { -readonly [K in keyof TargetGapRow]: TargetGapRow[K] } = {
    year: asked.year,
    due: requirement.due,
    status: counting ? 'counting-limit' : !requirement.due ? 'not-yet-due' : met ? 'met' : 'missed',
    spent: counted.spent,
    actual,
    actualShare: counted.countedShare,
    // Stryker disable next-line ConditionalExpression: a shortcut; spent − spent is zero (the same value, another object)
    beyondCap:
      counted.spent === actual ? zeroIn(actual) : makeMoney(counted.spent.amount.minus(actual.amount), actual.currency),
    gap: met ? zeroIn(actual) : makeMoney(gap, actual.currency),
    gapPoints: violated === undefined ? ZERO : points(violated.share, counted.countedShare),
    met,
  };
  if (lower !== undefined) {
    row.atLeast = lower.money;
    row.atLeastShare = lower.share;
  }
  if (upper !== undefined) {
    row.atMost = upper.money;
    row.atMostShare = upper.share;
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: only a counting limit has countsUpTo, and counts every part up to it
  if (counting && counted.limited && target.countsUpTo !== undefined) {
    row.countsUpTo = boundInMoney(target.countsUpTo, gdp, rounding);
    row.countsUpToShare = boundAsShare(target.countsUpTo, gdp);
  }
  return row;
}

/**
 * Zero in the currency of an amount: one Money for all the rows of a currency that have nothing beyond a
 * cap, or no gap (rows are read, never changed, as every result).
 */
function zeroIn(amount: Money): Money {
  return kept(zeros, amount.currency, () => makeMoney(ZERO, amount.currency));
}

const zeros = new Map<string, Money>();

/**
 * The change in counted spending that meets a year's bounds: the shortfall below the floor (or the excess
 * over the ceiling, negated), computed exactly and rounded once to the minor unit, so that 0.5% of GDP short
 * is 0.5% of GDP to the cent. Met when it rounds to zero: spending of exactly a share of GDP, rounded the
 * same way, meets that share.
 */
function gapOf(
  lower: Bound | undefined,
  upper: Bound | undefined,
  counted: ScaledInteger,
  rounding: Rounding,
): { readonly gap: Decimal; readonly violated: Bound | undefined } {
  const { mode, scale } = rounding;
  // Only a positive difference can round to a gap (and a positive one rounds to zero or more): a met bound
  // is not rounded at all.
  if (lower !== undefined) {
    const below = scaledSum(lower.exact, counted, -1);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a met bound rounds to zero or below: never a gap either way
    const shortfall = below.units > 0n ? scaledRounded(below, scale, mode) : ZERO;
    if (!shortfall.isZero()) return { gap: shortfall, violated: lower };
  }
  if (upper !== undefined) {
    const over = scaledSum(counted, upper.exact, -1);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as above, for a ceiling
    const excess = over.units > 0n ? scaledRounded(over, scale, mode) : ZERO;
    if (!excess.isZero()) return { gap: excess.negated(), violated: upper };
  }
  return NO_GAP;
}

const NO_GAP = { gap: ZERO, violated: undefined } as const;

/**
 * (bound − counted share) × 100, rounded half-even to 10 places once, from the exact difference (in
 * integers): exact for shares of up to 8 decimals.
 */
function points(boundShare: Decimal, countedShare: Decimal): Decimal {
  const difference = scaledSum(toScaledInteger(boundShare), toScaledInteger(countedShare), -1);
  // × 100 is two places fewer (or, below two places, a whole number of hundredths more).
  const hundredfold =
    // Stryker disable next-line EqualityOperator: at two places both ways give the same hundredfold
    difference.scale >= 2
      ? { units: difference.units, scale: difference.scale - 2 }
      : { units: difference.units * powerOfTen(2 - difference.scale), scale: 0 };
  return scaledRounded(hundredfold, POINT_PLACES, 'half-even');
}

/** The decimal places of a gap in percentage points (a ten-billionth of a point). */
const POINT_PLACES = 10;

/**
 * A bound in money, rounded to the minor unit when asked: an amount (one on a path to a deadline may have
 * more places: 2,272,727,272.725), or a share × GDP.
 */
function boundInMoney(bound: Decimal | Money, gdp: Money, rounding: Rounding): Money {
  if (isMoney(bound)) {
    const { mode, scale } = rounding;
    const amount = inCurrencyOf(bound, gdp).amount;
    return mode === undefined || amount.decimalPlaces() <= scale
      ? bound
      : makeMoney(productRounded(amount, ONE, scale, mode), bound.currency);
  }
  const key = rounding.mode ?? 'exact';
  let byBound = bounds.get(gdp);
  // Stryker disable next-line ConditionalExpression: a cache; a new one computes the same bounds
  if (byBound?.key !== key) {
    byBound = { key, values: new Map() };
    bounds.set(gdp, byBound);
  }
  let value = byBound.values.get(bound);
  // Stryker disable next-line ConditionalExpression: a cache; the bound computed again is the same
  if (value === undefined) {
    value = makeMoney(scaledBound(bound, gdp.amount, rounding), gdp.currency);
    byBound.values.set(bound, value);
  }
  return value;
}

function scaledBound(share: Decimal, gdp: Decimal, { mode, scale }: Rounding): Decimal {
  return mode === undefined ? gdp.times(share) : productRounded(gdp, share, scale, mode);
}

// The targets' bounds at a year's GDP, kept per GDP amount: a sweep evaluates the same GDP again and again.
const bounds = new WeakMap<Money, { readonly key: string; readonly values: Map<Decimal, Money> }>();

/** A bound as a share of GDP: a share as is (no division), an amount ÷ GDP. */
function boundAsShare(bound: Decimal | Money, gdp: Money): Decimal {
  return isMoney(bound) ? quotient(bound.amount, gdp.amount) : bound;
}

// Evaluating several targets compares the same spending with the same GDP: the division is done once
// per pair of amounts.
const shares: PerGdp<Money, Decimal> = new WeakMap();

function shareOfGdp(actual: Money, gdp: Money): Decimal {
  return perGdp(shares, actual, gdp, () => quotient(actual.amount, gdp.amount));
}
