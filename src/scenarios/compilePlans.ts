// Plans from their specs (the same shape definePlan takes in code), checked, and their schedules.
import { fail } from '../errors/fail';
import { definePlan } from '../plans/definePlan';
import { schedule, type Schedule } from '../plans/schedule';
import type { PhasingInput, Plan, PlanInput } from '../plans/types';
import { memo, type PartCache } from './compileMemo';
import type { PhasingSpec, PlanSpec } from './types';

const planMemo: PartCache<Plan> = new WeakMap();
const scheduleMemo = new WeakMap<Plan, Schedule>();

/** A plan from its spec, in the scenario's currency; kept while the spec and the currency stay. @internal */
export function planOf(spec: PlanSpec, currency: string): Plan {
  return memo(planMemo, spec, currency, () => definePlan(planInput(spec, currency)));
}

/**
 * A plan's schedule. A plan is never changed after definePlan (and planOf hands back the same object for
 * the same spec), so its schedule can be kept by identity. @internal
 */
export function scheduleOf(plan: Plan): Schedule {
  let table = scheduleMemo.get(plan);
  if (table === undefined) {
    table = schedule(plan);
    scheduleMemo.set(plan, table);
  }
  return table;
}

/** The same shape as in code: the total as an amount, in the scenario's currency. */
function planInput(spec: PlanSpec, currency: string): PlanInput {
  return {
    id: spec.id,
    ...(spec.name === undefined ? {} : { name: spec.name }),
    total: spec.total,
    currency,
    years: spec.years,
    items: spec.items.map((item) => ({
      id: item.id,
      ...(item.name === undefined ? {} : { name: item.name }),
      ...(item.amount === undefined ? {} : { amount: item.amount }),
      ...(item.share === undefined ? {} : { share: item.share }),
      ...(item.remainder === undefined ? {} : { remainder: item.remainder }),
      ...(item.phasing === undefined ? {} : { phasing: phasingInput(item.phasing) }),
      ...(item.years === undefined ? {} : { years: item.years }),
    })),
    ...(spec.phasing === undefined ? {} : { phasing: phasingInput(spec.phasing) }),
    ...(spec.priceBasis === undefined ? {} : { priceBasis: spec.priceBasis }),
    ...(spec.sources === undefined ? {} : { sources: spec.sources }),
    ...(spec.assumptions === undefined ? {} : { assumptions: spec.assumptions }),
  };
}

function phasingInput(spec: PhasingSpec): PhasingInput {
  switch (spec.kind) {
    case 'weights':
      return {
        kind: 'weights',
        weights: spec.weights ?? fail('missing_field', 'weights phasing needs weights', ['weights']),
      };
    case 'front-loaded':
    case 'back-loaded':
      return {
        kind: spec.kind,
        ratio: spec.ratio ?? fail('missing_field', `${spec.kind} phasing needs a ratio`, ['ratio']),
      };
    case 's-curve':
      return spec.steepness === undefined ? { kind: 's-curve' } : { kind: 's-curve', steepness: spec.steepness };
    case 'amounts':
      return {
        kind: 'amounts',
        amounts: spec.amounts ?? fail('missing_field', 'amounts phasing needs amounts', ['amounts']),
      };
    case 'even':
      return { kind: 'even' };
  }
}
