// Targets from their ids or specs.
import { ONE } from '../decimal/core';
import { toDecimal } from '../decimal/decimal';
import { targetById } from '../data/targets';
import { defineTarget, type Target, type TargetInput } from '../economy/targets';
import { makeMoney } from '../money/core';
import { memo, type PartCache } from './compileMemo';
import type { TargetSpec } from './types';

const targetMemo: PartCache<Target> = new WeakMap();

/** A target: a built-in one by id, or a custom one from its spec in the scenario's currency. @internal */
export function targetOf(spec: string | TargetSpec, currency: string): Target {
  return typeof spec === 'string'
    ? targetById(spec, [])
    : memo(targetMemo, spec, currency, () => defineTarget(targetInput(spec, currency)));
}

function targetInput(spec: TargetSpec, currency: string): TargetInput {
  const bound = (value: TargetSpec['atLeast']): TargetInput['atLeast'] =>
    value === undefined ? undefined : typeof value === 'string' ? value : makeMoney(toDecimal(value.amount), currency);
  const atLeast = bound(spec.atLeast);
  const atMost = bound(spec.atMost);
  const countsUpTo = bound(spec.countsUpTo);
  const counts = spec.counts?.map(({ category, upTo }) => {
    const limit = bound(upTo);
    return limit === undefined ? { category } : { category, upTo: limit };
  });
  return {
    id: spec.id,
    name: spec.name,
    ...(spec.category === undefined ? {} : { category: spec.category }),
    ...(counts === undefined ? {} : { counts }),
    ...(countsUpTo === undefined ? {} : { countsUpTo }),
    ...(atLeast === undefined ? {} : { atLeast }),
    ...(atMost === undefined ? {} : { atMost }),
    ...(spec.from === undefined ? {} : { from: spec.from }),
    ...(spec.until === undefined ? {} : { until: spec.until }),
    ...(spec.by === undefined ? {} : { by: spec.by }),
    ...(spec.start === undefined ? {} : { start: { year: spec.start.year, value: bound(spec.start.value) ?? ONE } }),
    ...(spec.wording === undefined ? {} : { wording: spec.wording }),
    ...(spec.note === undefined ? {} : { note: spec.note }),
    ...(spec.sources === undefined ? {} : { sources: spec.sources }),
  };
}
