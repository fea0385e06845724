// Targets from their ids or specs.
import type { FractionInput } from '../decimal/fraction';
import { toDecimal } from '../decimal/decimal';
import { targetById } from '../data/targets';
import { defineTarget, type Target, type TargetInput } from '../economy/targets';
import { makeMoney, type Money } from '../money/core';
import { memo, type PartCache } from './compileMemo';
import type { AmountSpec, TargetSpec } from './types';

const targetMemo: PartCache<Target> = new WeakMap();

/** A target: a built-in one by id, or a custom one from its spec in the scenario's currency. @internal */
export function targetOf(spec: string | TargetSpec, currency: string): Target {
  return typeof spec === 'string'
    ? targetById(spec, [])
    : memo(targetMemo, spec, currency, () => defineTarget(targetInput(spec, currency)));
}

function targetInput(spec: TargetSpec, currency: string): TargetInput {
  const bound = (value: string | AmountSpec): FractionInput | Money =>
    typeof value === 'string' ? value : makeMoney(toDecimal(value.amount), currency);
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
