// Plans from their specs (the same shape definePlan takes in code), checked, and their schedules.
import type { Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { definePlan } from '../plans/definePlan';
import { indexPlan } from '../plans/indexation';
import { schedule, type Schedule } from '../plans/schedule';
import type { PhasingInput, Plan, PlanInput } from '../plans/types';
import { priceIndex } from '../series/priceIndex';
import type { YearSeries } from '../series/types';
import { memo, type PartCache } from './compileMemo';
import type { PhasingSpec, PlanSpec, YearlyValues } from './types';

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
  // Stryker disable next-line ConditionalExpression: a cache; a miss schedules the same plan again.
  if (table === undefined) {
    table = schedule(plan);
    scheduleMemo.set(plan, table);
  }
  return table;
}

/**
 * A plan written in constant prices: as written, and the price index (the scenario's GDP deflator,
 * 1 in the plan's price year) that brings it to current prices. @internal
 */
export interface PlanPrices {
  /** The year whose prices the plan is written in. */
  readonly year: number;
  /** The plan as written, in constant prices of `year`. */
  readonly asWritten: Plan;
  /** Its schedule as written. */
  readonly schedule: Schedule;
  /** P(y) ÷ P(year) for the plan's years (and the price year). */
  readonly index: YearSeries<Decimal>;
}

const pricesMemo = new WeakMap<Plan, WeakMap<YearlyValues, { plan: Plan; prices: PlanPrices }>>();

/**
 * A plan in current prices: as it is when written in nominal prices; indexed with the scenario's GDP
 * deflator when written in constant prices of a year (each year's amount × P(y) ÷ P(year), rounded
 * half-even to the cent, as {@link indexPlan} does), with what it was. Every comparison with GDP, defence
 * spending and views uses current prices, the prices GDP is in. @internal
 */
export function inCurrentPrices(
  plan: Plan,
  deflator: YearlyValues | undefined,
): { readonly plan: Plan; readonly prices?: PlanPrices } {
  if (plan.priceBasis.kind !== 'constant') return { plan };
  const year = plan.priceBasis.year;
  if (deflator === undefined)
    return fail(
      'missing_field',
      `plan ${plan.id} is in constant ${String(year)} prices, and the scenario has no GDP deflator to bring it to current prices: give economy.gdp.realGrowth and deflator (not nominalGrowth or a GDP series)`,
      ['priceBasis'],
    );
  let byDeflator = pricesMemo.get(plan);
  // Stryker disable next-line ConditionalExpression: a cache; a miss starts an empty one.
  if (byDeflator === undefined) pricesMemo.set(plan, (byDeflator = new WeakMap()));
  let priced = byDeflator.get(deflator);
  // Stryker disable next-line ConditionalExpression: a cache; a miss indexes the same plan again.
  if (priced === undefined) {
    const from = Math.min(year, plan.years.from);
    const to = Math.max(year, plan.years.to);
    for (let y = from + 1; y <= to; y++)
      if (deflator[String(y)] === undefined && deflator['default'] === undefined)
        fail(
          'missing_year',
          `plan ${plan.id} is in constant ${String(year)} prices, and the scenario's GDP deflator has no rate for ${String(y)} (nor a default) to index it`,
          ['priceBasis', 'year'],
          y,
        );
    const index = priceIndex(deflator, { base: year, range: { from, to } });
    priced = { plan: indexPlan(plan, index), prices: { year, asWritten: plan, schedule: scheduleOf(plan), index } };
    byDeflator.set(deflator, priced);
  }
  return priced;
}

/** The same shape as in code: the total as an amount, in the scenario's currency; phasings as definePlan reads them. */
function planInput(spec: PlanSpec, currency: string): PlanInput {
  const { items, phasing, ...plan } = spec;
  return {
    ...plan,
    currency: plan.currency ?? currency,
    items: items.map(({ phasing: own, ...item }) =>
      own === undefined ? item : { ...item, phasing: phasingInput(own) },
    ),
    ...(phasing === undefined ? {} : { phasing: phasingInput(phasing) }),
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
      // Stryker disable next-line ConditionalExpression: a steepness of undefined is read as none (the default, 2).
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
