import { ZERO, type Decimal } from '../decimal/core';
import { fromScaledInteger, powerOfTen, toScaledInteger } from '../decimal/scaledInteger';
import { makeMoney, type Money } from '../money/core';
import { currencyOf, type CurrencyCode } from '../money/currencies';
import { controlledRounding, type Rational } from './controlledRounding';
import { yearsOf } from '../series/years';
import { yearWeights } from './phasing';
import type { Plan, PriceBasis } from './types';

/**
 * One year of a {@link Schedule}.
 *
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, money, schedule, type ScheduleRow } from 'budget-whatif';
 * const plan = definePlan({ id: 'p', name: 'P', total: '100', currency: 'EUR', years: { from: 2025, to: 2026 }, items: [{ id: 'all', remainder: true }] });
 * const first: ScheduleRow | undefined = schedule(plan).rows[0];
 * first?.total.amount.toString(); // => '50'
 * ```
 */
export interface ScheduleRow {
  /** The year. */
  readonly year: number;
  /** Each item's amount in the year, in whole minor units, by item id. */
  readonly items: Readonly<Record<string, Money>>;
  /** The year's total: exactly the sum of its items. */
  readonly total: Money;
  /** The total of this year and every earlier one. */
  readonly cumulative: Money;
  /** Each item's amount up to and including this year. */
  readonly cumulativeItems: Readonly<Record<string, Money>>;
  /** The year's share of the plan's total (0 when the total is 0). */
  readonly share: Decimal;
  /** The share of the plan's total spent by the end of this year. */
  readonly cumulativeShare: Decimal;
}

/**
 * One item of a {@link Schedule}: its total and its share of the plan.
 *
 * @category Plans
 * @example
 * ```ts
 * import { borderPlan, schedule, type ScheduleItem } from 'budget-whatif';
 * const mines: ScheduleItem | undefined = schedule(borderPlan).items[0];
 * mines?.share.toDecimalPlaces(4).toString(); // => '0.7273'
 * ```
 */
export interface ScheduleItem {
  /** The item's id. */
  readonly id: string;
  /** The item's name. */
  readonly name: string;
  /** The item's amount over all years. */
  readonly amount: Money;
  /** The item's share of the plan's total (0 when the total is 0). */
  readonly share: Decimal;
}

/**
 * A plan spread over its years and items, in whole minor units: every item's years add up to the item,
 * every year's items add up to the year, and the years add up to the plan.
 *
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, money, schedule, type Schedule } from 'budget-whatif';
 * const plan = definePlan({ id: 'p', name: 'P', total: '100', currency: 'EUR', years: { from: 2025, to: 2026 }, items: [{ id: 'all', remainder: true }] });
 * const table: Schedule = schedule(plan);
 * table.rows.length; // => 2
 * ```
 */
export interface Schedule {
  /** The plan's id. */
  readonly planId: string;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
  /** The plan's price basis. */
  readonly priceBasis: PriceBasis;
  /** The items, in the plan's order, with their amounts and shares of the total. */
  readonly items: readonly ScheduleItem[];
  /** One row per year of the plan, in order. */
  readonly rows: readonly ScheduleRow[];
  /** The plan's total: exactly the sum of the rows. */
  readonly total: Money;
}

/**
 * Spread a plan over its years and items: the year × item table of amounts in whole minor units, with
 * cumulative totals and shares, that adds up both ways.
 *
 * **The algorithm.** Each item's exact yearly amounts follow its phasing: its amount × each year's weight
 * ÷ the sum of the weights (a plan with explicit yearly amounts gives each item that year's amount × its
 * share of the plan). Those exact amounts are then rounded to the minor unit by *controlled rounding* of
 * the two-way table (Cox and Ernst, 1982): every cell is its exact value rounded down or up; every item's
 * cells sum exactly to its amount; every year's total is its exact total rounded down or up (or exactly
 * the explicit yearly amount); so the years sum exactly to the plan. Cells round up largest fractional
 * part first (ties to the earlier year, then the earlier item), and where that greedy pass cannot satisfy
 * every total, augmenting paths move round-ups between cells (an integer flow); such a rounding always
 * exists. The result is deterministic.
 *
 * @param plan - a checked plan ({@link definePlan}).
 * @returns the schedule; see {@link Schedule}.
 * @category Plans
 * @example
 * ```ts
 * import { definePlan, money, schedule } from 'budget-whatif';
 * const plan = definePlan({
 *   id: 'border', name: 'Border plan', total: '1100000000', currency: 'EUR', years: { from: 2025, to: 2034 },
 *   items: [{ id: 'mines', amount: '800000000' }, { id: 'other', remainder: true }],
 * });
 * const first = schedule(plan).rows[0];
 * [first?.total.amount.toString(), first?.items['mines']?.amount.toString()]; // => ['110000000', '80000000']
 * ```
 */
export function schedule(plan: Plan): Schedule {
  const currency = plan.total.currency;
  const scale = currencyOf(currency).minorUnits;
  const toUnits = (money: Money): bigint => {
    const { units, scale: own } = toScaledInteger(money.amount);
    return units * powerOfTen(scale - own);
  };
  const years = yearsOf(plan.years);
  const total = toUnits(plan.total);

  // Exact cell values, one column per item.
  const columns: Rational[][] = plan.items.map((item) => {
    const amount = toUnits(item.amount);
    if (plan.phasing.kind === 'amounts') {
      const explicit = plan.phasing.amounts;
      return years.map((year) => {
        const yearTotal = explicit[year] === undefined ? 0n : toUnits(explicit[year]);
        return total === 0n ? { num: 0n, den: 1n } : { num: amount * yearTotal, den: total };
      });
    }
    const span = item.years ?? plan.years;
    const profile = item.phasing ?? plan.phasing;
    if (profile.kind === 'amounts') {
      return years.map((year) => ({
        num: profile.amounts[year] === undefined ? 0n : toUnits(profile.amounts[year]),
        den: 1n,
      }));
    }
    const weights = yearWeights(profile, span, []);
    const sum = weights.reduce((a, b) => a + b, 0n);
    return years.map((year) =>
      year < span.from || year > span.to
        ? { num: 0n, den: 1n }
        : { num: amount * (weights[year - span.from] as bigint), den: sum },
    );
  });
  const cells = years.map((_, y) => columns.map((column) => column[y] as Rational));
  const rowTotals =
    plan.phasing.kind === 'amounts'
      ? years.map((year) =>
          plan.phasing.kind === 'amounts' && plan.phasing.amounts[year] !== undefined
            ? toUnits(plan.phasing.amounts[year])
            : 0n,
        )
      : undefined;
  const rounded = controlledRounding(cells, rowTotals);

  const money = (units: bigint): Money => makeMoney(fromScaledInteger(units, scale), currency);
  const shareOf = (units: bigint): Decimal => (total === 0n ? ZERO : money(units).amount.div(plan.total.amount));
  const running = plan.items.map(() => 0n);
  let runningTotal = 0n;
  const rows: ScheduleRow[] = years.map((year, y) => {
    const row = rounded[y] as bigint[];
    const items: Record<string, Money> = {};
    const cumulativeItems: Record<string, Money> = {};
    let yearTotal = 0n;
    plan.items.forEach((item, i) => {
      const units = row[i] as bigint;
      yearTotal += units;
      running[i] = (running[i] as bigint) + units;
      items[item.id] = money(units);
      cumulativeItems[item.id] = money(running[i]);
    });
    runningTotal += yearTotal;
    return {
      year,
      items,
      total: money(yearTotal),
      cumulative: money(runningTotal),
      cumulativeItems,
      share: shareOf(yearTotal),
      cumulativeShare: shareOf(runningTotal),
    };
  });

  return {
    planId: plan.id,
    currency,
    priceBasis: plan.priceBasis,
    items: plan.items.map((item) => ({
      id: item.id,
      name: item.name,
      amount: item.amount,
      share: shareOf(toUnits(item.amount)),
    })),
    rows,
    total: plan.total,
  };
}
