// What each control of the page changes in a scenario, as overrides (paths and values, the vocabulary of
// `withOverrides`). Pure functions of the scenario as written and the control's value: the page keeps a map
// of path → value, and these decide which paths a control owns. Tested in Node (tests/page/).
import { decimal } from 'budget-whatif';
import type { PlanSpec, Scenario } from 'budget-whatif/scenarios';

/** One override: a path and its new value; `undefined` removes the key. */
export interface Edit {
  readonly path: string;
  readonly value: unknown;
}

/** The paths of a scenario's defence share of GDP, which the share controls own. */
export function isSharePath(path: string): boolean {
  return path === 'defence.shareOfGdp' || path.startsWith('defence.shareOfGdp.');
}

/** The scenario's years, in order. */
export function yearsOf(scenario: Scenario): number[] {
  const years: number[] = [];
  for (let year = scenario.years.from; year <= scenario.years.to; year++) years.push(year);
  return years;
}

/** A percentage as typed ("5.5") as the fraction a scenario holds ("0.055"), exactly. */
export function fromPercent(percent: string): string {
  return decimal(percent).dividedBy(100).toFixed();
}

/** A fraction ("0.055") as a percentage ("5.5"), exactly. */
export function toPercent(fraction: string): string {
  return decimal(fraction).times(100).toFixed();
}

/** One share for every year: the whole `shareOfGdp` replaced by a default, so no year keeps its own. */
export function oneShare(percent: string): Edit[] {
  return [{ path: 'defence.shareOfGdp', value: { default: fromPercent(percent) } }];
}

/** A share for each year typed (percentages by year), each its own override. */
export function sharesByYear(percents: ReadonlyMap<number, string>): Edit[] {
  return [...percents].map(([year, percent]) => ({
    path: `defence.shareOfGdp.${String(year)}`,
    value: fromPercent(percent),
  }));
}

/**
 * A straight path of shares from one year to another, the years after it holding the last share: each
 * year's value exact where it is a finite decimal, otherwise rounded half-even to 20 places (as a path in a
 * file is). The years before the first keep theirs.
 */
export function sharePath(
  scenario: Scenario,
  from: { readonly year: number; readonly percent: string },
  to: { readonly year: number; readonly percent: string },
): Edit[] {
  if (!Number.isInteger(from.year) || !Number.isInteger(to.year) || to.year <= from.year)
    throw new RangeError(
      `a path runs from one year to a later one; received ${String(from.year)} to ${String(to.year)}`,
    );
  const start = decimal(fromPercent(from.percent));
  const end = decimal(fromPercent(to.percent));
  const span = to.year - from.year;
  return yearsOf(scenario)
    .filter((year) => year >= from.year)
    .map((year) => {
      const value =
        year >= to.year
          ? end
          : start.plus(
              end
                .minus(start)
                .times(year - from.year)
                .dividedBy(span),
            );
      // Rounding to 20 places leaves a finite decimal of fewer as it is.
      return { path: `defence.shareOfGdp.${String(year)}`, value: value.toDecimalPlaces(20, 6).toFixed() };
    });
}

/** The share of GDP a scenario sets for a year: its own, else the default, else none. */
export function shareIn(scenario: Scenario, year: number): string | undefined {
  const shares = scenario.defence.shareOfGdp;
  return shares?.[String(year)] ?? shares?.['default'];
}

/** The years a scenario writes defence amounts for, which win over any share. */
export function amountYears(scenario: Scenario): number[] {
  // Keyed by year only (a default amount is refused); integer keys come in ascending order.
  return Object.keys(scenario.defence.amounts ?? {}).map(Number);
}

/** A plan's path, selected by id. */
export function planPath(plan: PlanSpec): string {
  return `plans[${plan.id}]`;
}

/** Move a plan to start in another year, keeping its length (its last year moves with it). */
export function movePlan(plan: PlanSpec, first: number): Edit[] {
  const length = plan.years.to - plan.years.from;
  return [
    { path: `${planPath(plan)}.years.from`, value: first },
    { path: `${planPath(plan)}.years.to`, value: first + length },
  ];
}

/** Stretch (or shorten) a plan to end in another year. */
export function stretchPlan(plan: PlanSpec, last: number): Edit[] {
  return [{ path: `${planPath(plan)}.years.to`, value: last }];
}

/**
 * An overrun (or a cut) of the same percentage on every item of a plan: its total and each item with an
 * amount × (1 + rate), rounded half-even to the cent; items given as shares follow the total, and the
 * remainder takes what is left, so the items still add up to the total.
 */
export function overrunPlan(plan: PlanSpec, percent: string): Edit[] {
  const factor = decimal(1).plus(decimal(percent).dividedBy(100));
  if (factor.lte(0)) throw new RangeError(`an overrun of ${percent}% would leave nothing; it must be above −100%`);
  const scaled = (amount: string): string => decimal(amount).times(factor).toDecimalPlaces(2, 6).toFixed();
  return [
    { path: `${planPath(plan)}.total`, value: scaled(plan.total) },
    ...plan.items.flatMap((item) =>
      item.amount === undefined
        ? []
        : [{ path: `${planPath(plan)}.items[${item.id}].amount`, value: scaled(item.amount) }],
    ),
  ];
}

/** The overrun a variant's plan shows against the plan as written, in percent, to two places. */
export function overrunOf(written: PlanSpec, variant: PlanSpec): string {
  return decimal(variant.total).dividedBy(written.total).minus(1).times(100).toDecimalPlaces(2, 6).toFixed();
}

/** The first exchange-rate pair of a scenario and its default rate, for the rate control. */
export function firstPair(
  scenario: Scenario,
): { readonly pair: string; readonly rate: string | undefined } | undefined {
  const first = Object.entries(scenario.fx ?? {})[0];
  return first === undefined ? undefined : { pair: first[0], rate: first[1]['default'] };
}
