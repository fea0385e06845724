import { BudgetWhatIfError } from '../errors/BudgetWhatIfError';
import { fail, show } from '../errors/fail';
import { toIssues } from './issues';
import { adoptScenario, parseScenario } from './parseScenario';
import { formatSteps, parsePath, placeOf, selectIndex, type PathStep } from './paths';
import { scenarioSchema } from './schema';
import type { Change, Scenario } from './types';
import { isRecord } from './lists';

/**
 * One override: a path into the scenario and the value to put there (`undefined` removes the key).
 *
 * The path syntax: keys separated by dots, list elements selected by id in brackets —
 * `economy.gdp.realGrowth.default`, `defence.shareOfGdp.2030`, `fx.EUR/USD.default`,
 * `plans[border-countermobility].items[anti-tank-mines].amount`, `targets[nato-wales-2pct]`.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { Override } from 'budget-whatif/scenarios';
 * const slower: Override = { path: 'economy.gdp.realGrowth.default', value: '0.02' };
 * ```
 */
export interface Override {
  /** Where: see the path syntax above. */
  readonly path: string;
  /** The new value, written as in a scenario file (`"0.055"`, `"5.5%"`, `"960000000"`); `undefined` removes it. */
  readonly value: unknown;
}

/**
 * A scenario with some of its keys, at any depth; lists of objects with ids merge by id.
 *
 * @typeParam T - the type made partial.
 * @category Scenarios
 * @example
 * ```ts
 * import type { DeepPartial, Scenario } from 'budget-whatif/scenarios';
 * const weakerEuro: DeepPartial<Scenario> = { fx: { 'EUR/USD': { default: '1.05' } } };
 * ```
 */
export type DeepPartial<T> = T extends readonly (infer E)[]
  ? readonly DeepPartial<E>[]
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * A change to a scenario: a deep partial to merge, a list of {@link Override}s, or a function from the
 * scenario to the new one.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioPatch } from 'budget-whatif/scenarios';
 * const patch: ScenarioPatch = [{ path: 'defence.shareOfGdp.default', value: '6%' }];
 * ```
 */
export type ScenarioPatch = DeepPartial<Scenario> | readonly Override[] | ((scenario: Scenario) => unknown);

/**
 * Options of {@link withOverrides}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { OverrideOptions } from 'budget-whatif/scenarios';
 * const fromTheCommandLine: OverrideOptions = { from: '--set' };
 * ```
 */
export interface OverrideOptions {
  /** What makes the changes, for their record ({@link Change}): `--set`, `sweep`, a file name. Default: `withOverrides`. */
  readonly from?: string;
}

/**
 * A scenario with changes: the what-if. The original is not touched; the result is checked like a parsed
 * scenario (the same errors, with their paths) and shares every unchanged part with the original.
 *
 * Every change is recorded in the result's `changes` (after those the scenario already had): the path,
 * the value before and after, and `options.from`. {@link evaluate} carries them into the result, where
 * an assumption about a changed path is listed as replaced, never as still made.
 *
 * A list of overrides is applied in order; each path must name a place a scenario has (a typo is an
 * `unknown_path` error with the nearest key), and each value is checked and written in canonical form
 * there. A deep partial is merged and the whole checked; a function's result is checked.
 *
 * @param scenario - the scenario to change.
 * @param patch - the changes; see {@link ScenarioPatch}.
 * @param options - what makes the changes, for their record; see {@link OverrideOptions}.
 * @returns the changed scenario, frozen, with the changes recorded.
 * @throws {@link budget-whatif!BudgetWhatIfError} `unknown_path` for a path that names nothing; `unknown_id` for a
 *   selector that matches no element; the errors of {@link parseScenario} for values or a result that do
 *   not hold.
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, withOverrides } from 'budget-whatif/scenarios';
 * const baseline = getScenario('lithuania-baseline');
 * const six = withOverrides(baseline, [{ path: 'defence.shareOfGdp.default', value: '6%' }]);
 * six.defence.shareOfGdp?.['default']; // => '0.06'
 * six.changes; // => [{ path: 'defence.shareOfGdp.default', before: '0.055', after: '0.06', from: 'withOverrides' }]
 * withOverrides(baseline, [{ path: 'defence.shareOfGDP.default', value: '6%' }]); // throws: unknown_path, did you mean "defence.shareOfGdp"?
 * ```
 */
export function withOverrides(scenario: Scenario, patch: ScenarioPatch, options: OverrideOptions = {}): Scenario {
  const from = options.from ?? 'withOverrides';
  if (typeof from !== 'string' || from === '')
    return fail('invalid_type', `from names what made the changes, received ${show(from)}`, ['from'], from);
  if (Array.isArray(patch)) {
    let next: unknown = scenario;
    const changes: Change[] = [];
    for (const override of patch as readonly Override[]) {
      const applied = applyOverride(next, override);
      next = applied.document;
      changes.push(changeOf(applied.path, applied.before, applied.after, from));
    }
    return next === scenario ? scenario : adoptScenario(withChanges(next as Scenario, scenario, changes));
  }
  const changed = parseScenario(typeof patch === 'function' ? patch(scenario) : merge(scenario, patch));
  const changes = differences(scenario, changed, from);
  // The changed document has passed parseScenario, and the record holds values taken from checked
  // documents: adopting it with its record needs no second parse.
  return changes.length === 0 && changed.changes === scenario.changes
    ? changed
    : adoptScenario(withChanges(changed, scenario, changes));
}

/** The document with the original's record of changes, then the new ones. */
function withChanges(document: Scenario, original: Scenario, changes: readonly Change[]): Scenario {
  const all = [...(original.changes ?? []), ...changes];
  if (all.length > 0) return { ...document, changes: all };
  if (!Object.hasOwn(document, 'changes')) return document;
  return Object.fromEntries(Object.entries(document).filter(([key]) => key !== 'changes')) as Scenario;
}

function changeOf(path: string, before: unknown, after: unknown, from: string): Change {
  return { path, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }), from };
}

/**
 * The leaves that differ between two scenario documents, as changes: objects compared key by key, lists
 * of objects with ids element by element (by id), any other value as a whole. The record of changes itself
 * is not compared.
 */
function differences(before: Scenario, after: Scenario, from: string): Change[] {
  const changes: Change[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    // Stryker disable next-line ConditionalExpression: a shortcut; the same value compared key by key, or as JSON, also records nothing.
    if (a === b) return;
    if (isRecord(a) && isRecord(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (path === '' && key === 'changes') continue;
        walk(a[key], b[key], path === '' ? key : `${path}.${key}`);
      }
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.every(hasId) && b.every(hasId)) {
      const ids = (list: readonly unknown[]): string[] => list.map((element) => (element as { id: string }).id);
      const [idsA, idsB] = [ids(a), ids(b)];
      // Stryker disable next-line ConditionalExpression,LogicalOperator: defensive; both documents passed parseScenario, which refuses a repeated id, so the ids are always distinct here.
      if (new Set(idsA).size === idsA.length && new Set(idsB).size === idsB.length) {
        for (const id of new Set([...idsA, ...idsB])) walk(a[idsA.indexOf(id)], b[idsB.indexOf(id)], `${path}[${id}]`);
        return;
      }
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push(changeOf(path, a, b, from));
  };
  walk(before, after, '');
  return changes;
}

/**
 * Set one path in a scenario document, copying only what lies on the path; returns the new document, the
 * path with list elements named by id, and the values before and after. @internal
 */
export function applyOverride(
  document: unknown,
  override: Override,
): { document: unknown; path: string; before: unknown; after: unknown } {
  const given: unknown = override;
  if (typeof given !== 'object' || given === null)
    return fail('invalid_type', `an override is { path, value }, received ${show(given)}`, [], given);
  const steps = parsePath(override.path);
  const { schema: leaf, removable } = placeOf(scenarioSchema, steps, override.path);
  let value = override.value;
  if (value === undefined && !removable)
    return fail(
      'missing_field',
      `${show(override.path)} is required in a scenario: it can be changed, not removed (a value of undefined removes it)`,
      ['value'],
    );
  if (value !== undefined) {
    const parsed = leaf.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      const keys = steps.map((step) => ('key' in step ? step.key : step.select));
      throw new BudgetWhatIfError(
        toIssues(parsed.error, leaf).map((issue) => ({ ...issue, path: [...keys, ...issue.path] })),
      );
    }
    value = parsed.data;
  }
  const place = { path: '', before: undefined as unknown };
  const next = setIn(document, steps, 0, value, override.path, place);
  return { document: next, path: place.path, before: place.before, after: value };
}

/** Where setIn wrote: the path with elements named by id, and the value found there. */
interface Place {
  path: string;
  before: unknown;
}

function setIn(
  current: unknown,
  steps: readonly PathStep[],
  index: number,
  value: unknown,
  path: string,
  place: Place,
): unknown {
  const step = steps[index];
  if (step === undefined) {
    place.before = current;
    return value;
  }
  const at = formatSteps(steps.slice(0, index + 1));
  if ('key' in step) {
    if (current !== undefined && (typeof current !== 'object' || current === null || Array.isArray(current))) {
      return fail(
        'unknown_path',
        `${show(path)} goes below ${show(formatSteps(steps.slice(0, index)))}, which is a value`,
        ['path'],
        path,
      );
    }
    const record = (current ?? {}) as Record<string, unknown>;
    place.path += index === 0 ? step.key : `.${step.key}`;
    const next = setIn(
      Object.hasOwn(record, step.key) ? record[step.key] : undefined,
      steps,
      index + 1,
      value,
      path,
      place,
    );
    // Setting undefined removes the key, so the document stays one a scenario file could hold.
    if (next === undefined) return Object.fromEntries(Object.entries(record).filter(([key]) => key !== step.key));
    return { ...record, [step.key]: next };
  }
  if (!Array.isArray(current))
    return fail('unknown_path', `${show(at)}: there is no list there to select from`, ['path'], path);
  const position = selectIndex(current, step.select, formatSteps(steps.slice(0, index)));
  const copy = [...(current as unknown[])];
  const element = copy[position];
  place.path += `[${hasId(element) ? (element as { id: string }).id : String(position)}]`;
  const next = setIn(element, steps, index + 1, value, path, place);
  if (next === undefined) copy.splice(position, 1);
  else copy[position] = next;
  return copy;
}

/** Merge a deep partial into a document: objects key by key, lists of objects with ids by id. */
function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (Array.isArray(patch)) {
    if (!Array.isArray(base) || !patch.every(hasId) || !base.every(hasId)) return patch;
    const result = [...(base as { id: string }[])] as unknown[];
    for (const element of patch as { id: string }[]) {
      const index = result.findIndex((candidate) => (candidate as { id: string }).id === element.id);
      if (index >= 0) result[index] = merge(result[index], element);
      else result.push(element);
    }
    return result;
  }
  if (
    typeof patch === 'object' &&
    patch !== null &&
    typeof base === 'object' &&
    base !== null &&
    !Array.isArray(base)
  ) {
    const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(patch)) {
      // Assigning "__proto__" would set the object's prototype, not a key: no scenario has such a key.
      if (key === '__proto__') fail('unknown_key', 'a scenario has no key "__proto__"', [key], key);
      result[key] = merge(Object.hasOwn(result, key) ? result[key] : undefined, value);
    }
    return result;
  }
  return patch;
}

function hasId(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}
