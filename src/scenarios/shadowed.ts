// What a what-if did not touch: a change to a default that some years do not read (they have their own
// value), or to a share of GDP in a year whose spending is a voted amount (an amount wins over a share).
import { fail, show } from '../errors/fail';
import type { CompiledScenario } from './compiled';
import type { Change, Scenario } from './types';

/**
 * A change that does not reach every year: the years in which another value of the scenario wins over
 * it, each with that value's path and the value that stayed.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, withOverrides } from 'budget-whatif/scenarios';
 * const slower = withOverrides(getScenario('lithuania-baseline'), [{ path: 'economy.gdp.realGrowth.default', value: '1%' }]);
 * const [untouched] = evaluate(slower).shadowed;
 * untouched?.kept.map((year) => year.path); // => ['economy.gdp.realGrowth.2025', 'economy.gdp.realGrowth.2026']
 * ```
 */
export interface ShadowedChange {
  /** The change. */
  readonly change: Change;
  /** Each year it does not reach: the path whose value wins there and that value. */
  readonly kept: readonly {
    /** The year. */
    readonly year: number;
    /** The value that wins: a year of its own (`economy.gdp.realGrowth.2025`) or an amount (`defence.amounts.2026`). */
    readonly path: string;
    /** That value, as the scenario writes it. */
    readonly value: string;
  }[];
  /** The same, in words (also in the result's `warnings`). */
  readonly warning: string;
}

// The yearly values whose `default` a year of their own overrides, and the spending shares an amount overrides.
const YEARLY =
  /^(economy\.gdp\.(?:realGrowth|deflator|nominalGrowth)|economy\.population|defence(?:\.related)?\.shareOfGdp|fx\.[^.]+)\.(default|\d{4})$/;
const SHARE = /^(defence(?:\.related)?)\.shareOfGdp$/;

const shadowedMemo = new WeakMap<CompiledScenario, readonly ShadowedChange[]>();

/** The changes of a compiled scenario that some of its years do not read; once per compiled scenario. @internal */
export function shadowedOf(model: CompiledScenario): readonly ShadowedChange[] {
  let found = shadowedMemo.get(model);
  // Stryker disable next-line ConditionalExpression: a cache; a miss works out the same list again
  if (found === undefined) {
    found = model.changes.length === 0 ? [] : shadowedChanges(model);
    shadowedMemo.set(model, found);
  }
  return found;
}

function shadowedChanges(model: CompiledScenario): ShadowedChange[] {
  const changed = new Set(model.changes.map((change) => change.path));
  return lastOfEach(model.changes).flatMap((change) => {
    const kept = keptYears(model, change.path).filter((year) => !changed.has(year.path));
    return change.after === undefined || kept.length === 0 ? [] : [{ change, kept, warning: warningOf(change, kept) }];
  });
}

/** The years a change to `path` does not reach, with what wins there. */
function keptYears(model: CompiledScenario, path: string): ShadowedChange['kept'] {
  const match = YEARLY.exec(path);
  if (match === null) return [];
  const [, parent = '', key = ''] = match;
  const own = valuesAt(model.scenario, parent);
  const amountsPath = SHARE.exec(parent)?.[1];
  const amounts = amountsPath === undefined ? {} : valuesAt(model.scenario, `${amountsPath}.amounts`);
  const years = key === 'default' ? yearsOf(model, parent) : [Number(key)].filter((year) => model.years.includes(year));
  return years.flatMap((year) => {
    const ownValue = key === 'default' ? own[String(year)] : undefined;
    if (ownValue !== undefined) return [{ year, path: `${parent}.${String(year)}`, value: ownValue }];
    const amount = amounts[String(year)];
    return amount === undefined ? [] : [{ year, path: `${amountsPath ?? ''}.amounts.${String(year)}`, value: amount }];
  });
}

/** The years a yearly value is read for: the scenario's, and for a rate the plans' years too. */
function yearsOf(model: CompiledScenario, parent: string): readonly number[] {
  if (!parent.startsWith('fx.')) return model.years;
  const years = new Set(model.years);
  for (const plan of model.plans) for (let year = plan.years.from; year <= plan.years.to; year++) years.add(year);
  return [...years].sort((a, b) => a - b);
}

/** The yearly values at a dotted path of plain keys (a pair's key has no dot), or none. */
function valuesAt(scenario: Scenario, path: string): Readonly<Record<string, string>> {
  const [first = '', ...rest] = path.startsWith('fx.') ? ['fx', path.slice(3)] : path.split('.');
  let node: unknown = (scenario as unknown as Record<string, unknown>)[first];
  for (const key of rest)
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'object' && node !== null ? (node as Record<string, string>) : {};
}

/** Each path's last change: an earlier one to the same path no longer holds. */
function lastOfEach(changes: readonly Change[]): Change[] {
  return changes.filter((change, i) => !changes.slice(i + 1).some((later) => later.path === change.path));
}

function warningOf(change: Change, kept: ShadowedChange['kept']): string {
  return `${change.path} = ${String(change.after)} (${change.from}) ${notReached(kept)}`;
}

/** "does not reach 2025, 2026: … stays …", with why when an amount wins. @internal */
export function notReached(kept: ShadowedChange['kept']): string {
  const years = kept.map((year) => String(year.year)).join(', ');
  const values = kept.map((year) => `${year.path} stays ${year.value}`).join(', ');
  const why = kept.some((year) => year.path.includes('.amounts.')) ? ' (an amount wins over a share)' : '';
  return `does not reach ${years}: ${values}${why}`;
}

/**
 * What `X.*` varies: the default of a yearly value and every year written beside it, and for a share of
 * GDP the amounts in the scenario's years that would win over it (removed, so that the share applies).
 * `undefined` for a path without `.*`. @internal
 */
export function everyYearOf(scenario: Scenario, path: string): { set: string[]; removed: string[] } | undefined {
  if (!path.endsWith('.*')) return undefined;
  const parent = path.slice(0, -2);
  if (!YEARLY.test(`${parent}.default`))
    return fail(
      'unknown_path',
      `${show(path)}: a wildcard varies a yearly value in every year (economy.gdp.realGrowth.*, economy.population.*, defence.shareOfGdp.*, fx.EUR/USD.*, ...)`,
      ['vary'],
      path,
    );
  const years = Object.keys(valuesAt(scenario, parent)).filter((key) => /^\d{4}$/.test(key));
  const share = SHARE.exec(parent)?.[1];
  const amounts = share === undefined ? {} : valuesAt(scenario, `${share}.amounts`);
  const { from, to } = scenario.years;
  return {
    set: [`${parent}.default`, ...years.map((year) => `${parent}.${year}`)],
    removed: Object.keys(amounts)
      .filter((year) => Number(year) >= from && Number(year) <= to)
      .map((year) => `${share ?? ''}.amounts.${year}`),
  };
}
