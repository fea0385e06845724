// Targets from their ids or specs. A custom target's amount may be written in another currency than the
// scenario's (`{ "amount": "6000000000", "currency": "USD" }`): the target then has one form per scenario
// year, its amounts converted at that year's rate and rounded once, as plans and spending are.
import type { Decimal } from '../decimal/core';
import type { FractionInput } from '../decimal/fraction';
import { toDecimal } from '../decimal/decimal';
import type { RoundingMode } from '../decimal/rounding';
import { targetById } from '../data/targets';
import { defineTarget, type Target, type TargetInput } from '../economy/targets';
import { BudgetWhatIfError } from '../errors/BudgetWhatIfError';
import type { Path } from '../errors/fail';
import { tryStep } from '../errors/tryStep';
import { makeMoney, type Money } from '../money/core';
import { currencyOf } from '../money/currencies';
import type { YearSeries } from '../series/types';
import type { Assumption } from '../sources/Source';
import type { CompiledScenario } from './compiled';
import { memo, type PartCache } from './compileMemo';
import { backward } from './planCurrency';
import type { AmountSpec, TargetSpec } from './types';

const targetMemo: PartCache<Target> = new WeakMap();

/**
 * A target: a built-in one by id, or a custom one from its spec with its amounts in the scenario's currency
 * (one with amounts in another is built year by year: {@link targetByYear}). @internal
 */
export function targetOf(spec: string | TargetSpec, currency: string): Target {
  return typeof spec === 'string'
    ? targetById(spec, [])
    : memo(targetMemo, spec, currency, () => defineTarget(targetInput(spec, (amount) => makeMoney(amount, currency))));
}

/** An amount of a custom target written in another currency than the scenario's, and where. @internal */
export interface ForeignAmount {
  readonly currency: string;
  readonly path: Path;
}

/** The amounts of a custom target written in another currency than `currency`, each code checked. @internal */
export function foreignAmounts(spec: TargetSpec, currency: string): ForeignAmount[] {
  const found: ForeignAmount[] = [];
  const note = (value: string | AmountSpec | undefined, path: Path): void => {
    if (typeof value === 'object' && value.currency !== undefined && value.currency !== currency)
      found.push({ currency: currencyOf(value.currency, [...path, 'currency']).code, path });
  };
  spec.counts?.forEach((count, i) => {
    note(count.upTo, ['counts', i, 'upTo']);
  });
  note(spec.countsUpTo, ['countsUpTo']);
  note(spec.atLeast, ['atLeast']);
  note(spec.atMost, ['atMost']);
  note(spec.start?.value, ['start', 'value']);
  return found;
}

/**
 * A custom target with amounts in other currencies, in each of `years`: every amount in the scenario's
 * currency at that year's rate for its own (`fx`), rounded once. @internal
 */
export function targetByYear(
  spec: TargetSpec,
  fx: CompiledScenario['fx'],
  years: readonly number[],
  { currency, mode }: { currency: string; mode: RoundingMode },
): YearSeries<Target> {
  const scale = currencyOf(currency).minorUnits;
  const byYear: Record<number, Target> = {};
  for (const year of years) {
    const input = targetInput(spec, (amount, own) => {
      // No rates for the scenario's own currency (named or not); compile has checked the others have them.
      const rates = fx.find((entry) => entry.quote === own);
      return makeMoney(rates === undefined ? amount : backward(amount, rates, year, scale, mode), currency);
    });
    const outcome = tryStep(() => defineTarget(input));
    // A rule broken in one year only (a floor in dollars above a ceiling in euros at that year's rate): say which.
    if ('error' in outcome)
      throw new BudgetWhatIfError(
        outcome.error.issues.map((issue) => ({
          ...issue,
          message: `${issue.message} in ${String(year)}, at that year's rate`,
        })),
      );
    byYear[year] = outcome.value;
  }
  return byYear;
}

/** What converting a target's amounts assumes, said where every other assumption is. @internal */
export function convertedTargetAssumption(id: string, foreign: readonly ForeignAmount[], currency: string): Assumption {
  const currencies = [...new Set(foreign.map((amount) => amount.currency))].join(', ');
  return {
    about: `targets[${id}]`,
    statement: `Target ${id} is written in ${currencies} (${foreign.map((amount) => amount.path.join('.')).join(', ')}); in each year its amounts are converted to ${currency} at the scenario's rate for that year and rounded once.`,
    reason: `Spending and GDP are in ${currency}; a bound compared with them must be too. A fixed amount in ${currencies} is a different amount in ${currency} each year.`,
  };
}

type Convert = (amount: Decimal, currency: string | undefined) => Money;

function targetInput(spec: TargetSpec, convert: Convert): TargetInput {
  const bound = (value: string | AmountSpec): FractionInput | Money =>
    typeof value === 'string' ? value : convert(toDecimal(value.amount), value.currency);
  const optional = (value: string | AmountSpec | undefined): FractionInput | Money | undefined =>
    value === undefined ? undefined : bound(value);
  // The names, years, words and sources pass as written; the bounds become shares or Money.
  const { counts, countsUpTo, atLeast, atMost, start, ...named } = spec;
  return {
    ...named,
    counts: counts?.map(({ category, upTo }) => (upTo === undefined ? { category } : { category, upTo: bound(upTo) })),
    countsUpTo: optional(countsUpTo),
    atLeast: optional(atLeast),
    atMost: optional(atMost),
    start: start === undefined ? undefined : { year: start.year, value: bound(start.value) },
  };
}
