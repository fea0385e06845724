// Defence (or defence-related) amounts written in another currency than the scenario's ("$5 billion in
// 2026"): each year is converted at the scenario's rate for that currency and rounded once, as a plan's
// years are (planCurrency.ts); the rule keeps the amount as written, so that the result can show both.
import { currencyOf } from '../money/currencies';
import { makeMoney } from '../money/core';
import type { RoundingMode } from '../decimal/rounding';
import type { YearSeries } from '../series/types';
import type { Assumption } from '../sources/Source';
import type { CompiledScenario, SpendingRule } from './compiled';
import { backward } from './planCurrency';

type Fx = CompiledScenario['fx'][number];

/** The rules with every amount converted from the view's currency (`fx`) into `currency`. @internal */
export function spendingInCurrency(
  rules: YearSeries<SpendingRule>,
  fx: Fx,
  currency: string,
  mode: RoundingMode,
): YearSeries<SpendingRule> {
  const scale = currencyOf(currency).minorUnits;
  const converted: Record<number, SpendingRule> = {};
  for (const key in rules) {
    const year = Number(key);
    const rule = rules[year] as SpendingRule;
    converted[year] =
      rule.basis === 'share'
        ? rule
        : {
            basis: 'amount',
            amount: makeMoney(backward(rule.amount.amount, fx, year, scale, mode), currency),
            written: rule.amount,
          };
  }
  return converted;
}

/** What converting a category's amounts assumes, said where every other assumption is. @internal */
export function convertedSpendingAssumption(at: string, written: string, currency: string): Assumption {
  return {
    about: `${at}.currency`,
    statement: `The amounts of ${at}.amounts are written in ${written}; each year is converted to ${currency} at the scenario's rate for ${written} that year and rounded once.`,
    reason: `GDP, plans and targets are in ${currency}; spending compared with them must be too. The amounts in ${written} are kept as written (the result's ownCurrency, and the ${written} view).`,
  };
}
