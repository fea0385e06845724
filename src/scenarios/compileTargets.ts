// Targets from their ids or specs. A custom target's amount may be written in another currency than the
// scenario's (`{ "amount": "6000000000", "currency": "USD" }`): the target then has one form per scenario
// year, its amounts converted at that year's rate and rounded once, as plans and spending are.
import type { Decimal } from '../decimal/core';
import type { FractionInput } from '../decimal/fraction';
import { toDecimal } from '../decimal/decimal';
import type { RoundingMode } from '../decimal/rounding';
import { targetById } from '../data/targets';
import { defineTarget, type Target, type TargetInput } from '../economy/targets';
import type { Path } from '../errors/fail';
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
 * A target: a built-in one by id, or a custom one from its spec, its amounts in the currency each names
 * (the scenario's by default). @internal
 */
export function targetOf(spec: string | TargetSpec, currency: string): Target {
  return typeof spec === 'string'
    ? targetById(spec, [])
    : memo(targetMemo, spec, currency, () =>
        defineTarget(
          targetInput(spec, (amount, own, path) =>
            makeMoney(amount, own === undefined ? currency : currencyOf(own, [...path, 'currency']).code),
          ),
        ),
      );
}

/** An amount of a custom target written in another currency than the scenario's, and where. @internal */
export interface ForeignAmount {
  readonly currency: string;
  readonly path: Path;
}

/** The amounts of a custom target written in another currency than `currency`. @internal */
export function foreignAmounts(spec: string | TargetSpec, currency: string): ForeignAmount[] {
  if (typeof spec === 'string') return [];
  const found: ForeignAmount[] = [];
  const note = (value: string | AmountSpec | undefined, path: Path): void => {
    if (typeof value === 'object' && value.currency !== undefined && value.currency !== currency)
      found.push({ currency: value.currency, path });
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
    byYear[year] = defineTarget(
      targetInput(spec, (amount, own) => {
        const rates = own === undefined ? undefined : fx.find((entry) => entry.quote === own);
        // The scenario's own currency, or one compile has checked has rates for every year.
        return makeMoney(rates === undefined ? amount : backward(amount, rates, year, scale, mode), currency);
      }),
    );
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

type Convert = (amount: Decimal, currency: string | undefined, path: Path) => Money;

function targetInput(spec: TargetSpec, convert: Convert): TargetInput {
  const bound = (value: string | AmountSpec, path: Path): FractionInput | Money =>
    typeof value === 'string' ? value : convert(toDecimal(value.amount, [...path, 'amount']), value.currency, path);
  const optional = (value: string | AmountSpec | undefined, path: Path): FractionInput | Money | undefined =>
    value === undefined ? undefined : bound(value, path);
  // The names, years, words and sources pass as written; the bounds become shares or Money.
  const { counts, countsUpTo, atLeast, atMost, start, ...named } = spec;
  return {
    ...named,
    counts: counts?.map(({ category, upTo }, i) =>
      upTo === undefined ? { category } : { category, upTo: bound(upTo, ['counts', i, 'upTo']) },
    ),
    countsUpTo: optional(countsUpTo, ['countsUpTo']),
    atLeast: optional(atLeast, ['atLeast']),
    atMost: optional(atMost, ['atMost']),
    start: start === undefined ? undefined : { year: start.year, value: bound(start.value, ['start', 'value']) },
  };
}
