// Shared by the plan what-ifs: finding items, changing one item's amount, re-checking the result.
import { fromScaledInteger, powerOfTen, toScaledInteger } from '../decimal/scaledInteger';
import { fail, show, type Path } from '../errors/fail';
import { allocateUnits } from '../money/allocate';
import { makeMoney, type Money } from '../money/core';
import { currencyOf } from '../money/currencies';
import { checkPhasingFits } from './definePlan';
import type { Phasing, Plan, PlanItem } from './types';

/** An amount in whole minor units of its currency. @internal */
export function unitsOf(money: Money): bigint {
  const scale = currencyOf(money.currency).minorUnits;
  const { units, scale: own } = toScaledInteger(money.amount);
  if (own > scale)
    return fail(
      'inexact_minor_units',
      `${money.amount.toString()} ${money.currency} is not a whole number of minor units`,
      [],
      money.amount,
    );
  return units * powerOfTen(scale - own);
}

/** Minor units as Money. @internal */
export function moneyOf(units: bigint, currency: string): Money {
  return makeMoney(fromScaledInteger(units, currencyOf(currency).minorUnits), currency);
}

/** The index of an item, or `unknown_id` naming the ids there are. @internal */
export function itemIndex(plan: Plan, itemId: string, path: Path = ['itemId']): number {
  const index = plan.items.findIndex((item) => item.id === itemId);
  if (index < 0) {
    return fail(
      'unknown_id',
      `the plan ${JSON.stringify(plan.id)} has no item ${show(itemId)}; its items are ${plan.items.map((item) => item.id).join(', ')}`,
      path,
      itemId,
    );
  }
  return index;
}

/** Explicit yearly amounts scaled to a new total by the largest remainder, so that they still add up. @internal */
export function rescaleAmounts(
  phasing: Extract<Phasing, { kind: 'amounts' }>,
  total: bigint,
  currency: string,
): Phasing {
  const entries = Object.entries<Money>(phasing.amounts);
  const weights = entries.map(([, amount]) => unitsOf(amount));
  const parts = weights.some((weight) => weight > 0n) ? allocateUnits(total, weights) : weights.map(() => 0n);
  return {
    kind: 'amounts',
    amounts: Object.fromEntries(entries.map(([year], k) => [year, moneyOf(parts[k] as bigint, currency)])),
  };
}

/**
 * The plan with one item's amount changed to `units` and the total changed by the same: the what-if of a
 * cost overrun or a cut. The item keeps its basis unless it was a share, which becomes a fixed amount;
 * explicit yearly amounts (the item's or the plan's) are rescaled to the new amounts.
 *
 * @internal
 */
export function withItemAmount(plan: Plan, index: number, units: bigint): Plan {
  const item = plan.items[index] as PlanItem;
  const currency = plan.total.currency;
  const delta = units - unitsOf(item.amount);
  const total = unitsOf(plan.total) + delta;
  const changed: PlanItem = {
    id: item.id,
    name: item.name,
    amount: moneyOf(units, currency),
    basis: item.basis === 'share' ? 'amount' : item.basis,
    ...(item.phasing === undefined
      ? {}
      : { phasing: item.phasing.kind === 'amounts' ? rescaleAmounts(item.phasing, units, currency) : item.phasing }),
    ...(item.years === undefined ? {} : { years: item.years }),
  };
  const result: Plan = {
    ...plan,
    total: moneyOf(total, currency),
    items: plan.items.map((other, i) => (i === index ? changed : other)),
    phasing: plan.phasing.kind === 'amounts' ? rescaleAmounts(plan.phasing, total, currency) : plan.phasing,
  };
  checkPhasingFits(result);
  return result;
}
