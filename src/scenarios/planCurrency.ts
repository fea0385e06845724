// A plan written in another currency than the scenario's ("$1.2 billion over ten years, funded in euros"):
// each year of its schedule is converted at that year's rate and rounded once, and its items are rounded
// so that they add up to the year (controlled rounding, as schedules are): the plan then adds up in both
// currencies, and the reporting one is a plan like any other (its items phased by explicit amounts).
import { ZERO, type Decimal } from '../decimal/core';
import { exactTimes } from '../decimal/exact';
import { LARGEST_EXPONENT, NUMBER_LIMITS } from '../decimal/limits';
import { fail } from '../errors/fail';
import type { ExchangeRate } from '../fx/types';
import type { RoundingMode } from '../decimal/rounding';
import { fromScaledInteger, quotientRounded, toScaledInteger } from '../decimal/scaledInteger';
import { currencyOf } from '../money/currencies';
import { controlledRounding, type Rational } from '../plans/controlledRounding';
import { definePlan } from '../plans/definePlan';
import type { Schedule } from '../plans/schedule';
import type { Plan } from '../plans/types';
import type { Assumption } from '../sources/Source';
import type { CompiledScenario, PlanCurrency } from './compiled';

type Fx = CompiledScenario['fx'][number];

/**
 * A plan in `currency`, from one written in another, at the scenario's rates for that currency (`fx`, whose
 * view is the plan's currency): each year's total is the exact converted total rounded once (`mode`), and
 * the items are rounded so that they add up to it. @internal
 */
export function planInCurrency(plan: Plan, schedule: Schedule, fx: Fx, currency: string, mode: RoundingMode): Plan {
  const scale = currencyOf(currency).minorUnits;
  const ownScale = currencyOf(schedule.total.currency).minorUnits;
  const years = schedule.rows.map((row) => row.year);
  // Each year: the exact total in the reporting currency, rounded once, in its minor units.
  const totals = schedule.rows.map((row) => toUnits(backward(row.total.amount, fx, row.year, scale, mode), scale));
  // Each cell, its share of its year times the year's rounded total: every year then sums to that total
  // exactly, and controlled rounding keeps it so while rounding each cell down or up.
  const cells: Rational[][] = plan.items.map((item) =>
    schedule.rows.map((row, y) => {
      const own = toUnits(row.items[item.id]?.amount ?? ZERO, ownScale);
      const whole = toUnits(row.total.amount, ownScale);
      return whole === 0n ? { num: 0n, den: 1n } : { num: own * (totals[y] ?? 0n), den: whole };
    }),
  );
  const rounded = controlledRounding(cells);
  const amount = (units: bigint): string => fromScaledInteger(units, scale).toString();
  return definePlan({
    id: plan.id,
    name: plan.name,
    currency,
    total: amount(totals.reduce((sum, units) => sum + units, 0n)),
    years: plan.years,
    items: plan.items.map((item, i) => {
      const row = rounded[i] ?? [];
      return {
        id: item.id,
        name: item.name,
        amount: amount(row.reduce((sum, units) => sum + units, 0n)),
        phasing: {
          kind: 'amounts',
          amounts: Object.fromEntries(years.map((year, y) => [String(year), amount(row[y] ?? 0n)])),
        },
      };
    }),
    sources: plan.sources,
    assumptions: plan.assumptions,
  });
}

/** What converting a plan assumes, said where every other assumption is. @internal */
export function convertedAssumption(written: PlanCurrency, currency: string): Assumption {
  const plan = written.asWritten;
  return {
    about: `plans[${plan.id}].currency`,
    statement: `Plan ${plan.id} is written in ${plan.total.currency} (${plan.total.amount.toFixed()} ${plan.total.currency}); each year is converted to ${currency} at the scenario's rate for ${plan.total.currency} that year and rounded once, its items rounded so that they add up to it.`,
    reason: `GDP, defence spending and targets are in ${currency}; a plan compared with them must be too. The plan in ${plan.total.currency} is kept as written, and adds up there too.`,
  };
}

/**
 * An amount in the view's currency (`fx`) back in the scenario's: × over ÷ times of the year's conversion,
 * rounded once to `scale` decimals. @internal
 */
export function backward(amount: Decimal, fx: Fx, year: number, scale: number, mode: RoundingMode): Decimal {
  const fraction = fx.fractions[year];
  // The rates cover every year of every plan (compile reads them for the plans' years too).
  const rate = fx.rates[year] as ExchangeRate;
  const times = fraction?.times ?? rate.rate;
  const dividend = fraction === undefined ? amount : exactTimes(amount, fraction.over);
  const converted = quotientRounded(dividend, times, scale, mode);
  // Held to the number limits, as views are (evaluation.ts): a tiny rate must not carry an amount past them.
  if (converted.e > LARGEST_EXPONENT)
    fail(
      'out_of_range',
      `${amount.toFixed()} ${fx.quote} in ${String(year)} at ${rate.rate.toString()} is beyond the largest amount budget-whatif handles (${NUMBER_LIMITS.largest} ${rate.base})`,
      ['fx', `${rate.base}/${rate.quote}`],
      rate.rate,
    );
  return converted;
}

function toUnits(amount: Decimal, scale: number): bigint {
  const { units, scale: own } = toScaledInteger(amount);
  return own <= scale ? units * 10n ** BigInt(scale - own) : units / 10n ** BigInt(own - scale);
}
