// Assumptions a what-if no longer makes (every figure they are about set by a change) or makes only in
// part (some set), and the sources no longer behind a figure shown.
import type { Assumption, Source } from '../sources/Source';
import type { CompiledScenario } from './compiled';
import type { Change } from './types';

/**
 * An assumption of the scenario as written that changes replaced, whole or in part, with the changes that
 * did.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, withOverrides } from 'budget-whatif/scenarios';
 * const weaker = withOverrides(getScenario('lithuania-baseline'), [{ path: 'fx.EUR/USD.default', value: '1.05' }], { from: '--set' });
 * const [replaced] = evaluate(weaker).replaced;
 * replaced?.assumption.statement; // => 'EUR/USD is 1.13 in every year.'
 * replaced?.by[0]?.after; // => '1.05'
 * ```
 */
export interface ReplacedAssumption {
  /** The assumption as the scenario states it. */
  readonly assumption: Assumption;
  /**
   * The changes whose path is, contains or lies under what the assumption is about, or that give a year of
   * their own where the record's `default` it is about held.
   */
  readonly by: readonly Change[];
}

/**
 * A source whose every figure a change replaced, with the changes that did.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, withOverrides } from 'budget-whatif/scenarios';
 * const weaker = withOverrides(getScenario('lithuania-baseline'), [{ path: 'fx.EUR/USD.default', value: '1.05' }]);
 * evaluate(weaker).replacedSources[0]?.source.publisher; // => 'European Central Bank'
 * ```
 */
export interface ReplacedSource {
  /** The source as the scenario cites it. */
  readonly source: Source;
  /** The changes whose paths cover every figure it is `about`. */
  readonly by: readonly Change[];
}

/**
 * Split sources into those still backing a figure and those whose every `about` path the changes cover
 * ({@link covers}); a source without `about` is always kept. `scenario` is the variant, whose values say
 * which figures lie under a path. @internal
 */
export function splitSources(
  sources: readonly Source[],
  changes: readonly Change[],
  scenario?: unknown,
): { kept: readonly Source[]; replaced: ReplacedSource[] } {
  // Stryker disable next-line ConditionalExpression: a shortcut; with no changes the loop keeps every source too, in a new list
  if (changes.length === 0) return { kept: sources, replaced: [] };
  const kept: Source[] = [];
  const replaced: ReplacedSource[] = [];
  for (const source of sources) {
    // Stryker disable next-line StringLiteral: a source without about has no subject; any other text names a path no change touches, and a source no change touches is kept
    const subjects = pathsOf(source.about ?? '', '');
    const by = changes.filter((change) => subjects.some((subject) => overlaps(subject, change.path)));
    if (coversAll(by, subjects, scenario)) replaced.push({ source, by });
    else kept.push(source);
  }
  return { kept, replaced };
}

/**
 * Whether changes replace every figure at a path: one of them is the path or holds it; or the path holds
 * a record of figures by year (keys years and `default`: `defence.shareOfGdp`) whose every entry they
 * replace, so that a new default leaves a source of the 2025 share standing; or it holds one figure made of
 * parts (a GDP base: year and amount) and a change lies under it. A path the variant does not hold has no
 * figure left to stand (a year removed, a GDP series beside a base), unless it names a list's element by id
 * (`plans[p]`), which the variant is not searched for: then any change at or under it. The callers ask only
 * about paths some change touches. @internal
 */
export function covers(changes: readonly Change[], path: string, scenario: unknown): boolean {
  if (changes.some((change) => path === change.path || under(path, change.path))) return true;
  const value = valueAt(scenario, path);
  if (value === undefined && !path.includes('[')) return true;
  if (isByYear(value)) {
    const keys = Object.keys(value);
    return keys.length > 0 && keys.every((key) => covers(changes, `${path}.${key}`, scenario));
  }
  if (typeof value !== 'object' && value !== undefined) return false;
  return changes.some((change) => under(change.path, path));
}

/** Whether the changes that touch some of the paths (none: no) replace every figure at each of them. */
function coversAll(by: readonly Change[], subjects: readonly string[], scenario: unknown): boolean {
  return by.length > 0 && subjects.every((subject) => covers(by, subject, scenario));
}

/** Whether a value is a record of figures by year: an object whose keys are years and `default`. */
function isByYear(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).every((key) => key === 'default' || /^\d+$/.test(key))
  );
}

/** Whether `inner` lies under `outer` (`fx.EUR/USD.default` under `fx.EUR/USD`). */
function under(inner: string, outer: string): boolean {
  return inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}

/**
 * The value at a path of keys (`defence.shareOfGdp.2025`) in a scenario; `undefined` where there is none,
 * and for a list's element by id (`plans[p]`: its step is no key), which is then read generously.
 */
function valueAt(scenario: unknown, path: string): unknown {
  let value: unknown = scenario;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The paths an `about` names, relative to a scope. */
function pathsOf(about: string, scope: string): string[] {
  return about
    .split(',')
    .map((path) => path.trim())
    .filter((path) => path !== '')
    .map((path) => (scope === '' ? path : `${scope}.${path}`));
}

/**
 * Split assumptions into those still made, those the changes replaced in part and those they replaced
 * whole. An assumption's `about` is a path (or several, separated by commas), relative to `scope`
 * (`plans[border-countermobility]` for a plan's). A change touches it when one of the paths is the
 * change's, or one lies under the other, or when the path is a record's `default` and the change gives one
 * of `years` that the default held a value of its own ({@link overridesDefault}). The changes that touch it
 * replace it whole when they cover every figure it is about ({@link covers}, the rule for sources):
 * then it is no longer made; so is one marked `whole` (a GDP vintage: later years grow from the figures
 * set) that any change touches. Otherwise it is still made, except where they set a figure, and it is
 * both `kept` and `partly` replaced: "5.5% from 2027 to 2035" still holds in every year but 2030 set by
 * hand.
 *
 * @internal
 */
export function splitAssumptions(
  assumptions: readonly { readonly assumption: Assumption; readonly scope: string; readonly whole?: true }[],
  changes: readonly Change[],
  years: readonly number[],
  scenario: unknown,
): { kept: Assumption[]; replaced: ReplacedAssumption[]; partly: ReplacedAssumption[] } {
  const kept: Assumption[] = [];
  const replaced: ReplacedAssumption[] = [];
  const partly: ReplacedAssumption[] = [];
  for (const { assumption, scope, whole } of assumptions) {
    const subjects = pathsOf(assumption.about, scope);
    const by = changes.filter((change) =>
      subjects.some((subject) => overlaps(subject, change.path) || overridesDefault(subject, change, years)),
    );
    if (by.length > 0 && (whole === true || coversAll(by, subjects, scenario))) {
      replaced.push({ assumption, by });
      continue;
    }
    kept.push(assumption);
    if (by.length > 0) partly.push({ assumption, by });
  }
  return { kept, replaced, partly };
}

/**
 * Whether a change gives a year of its own where a record's default held (`defence.shareOfGdp.2030` set
 * where `defence.shareOfGdp.default` gave 2030): "5.5% from 2027 to 2035" is then no longer so. A year the
 * record already had (the default did not hold there), or one outside the scenario's years, is not. @internal
 */
export function overridesDefault(path: string, change: Change, years: readonly number[]): boolean {
  if (!path.endsWith('.default') || change.before !== undefined) return false;
  const record = path.slice(0, -'.default'.length);
  const key = change.path.startsWith(`${record}.`) ? change.path.slice(record.length + 1) : '';
  return /^\d+$/.test(key) && years.includes(Number(key));
}

/** Whether one path is the other or lies under it (`fx.EUR/USD` and `fx.EUR/USD.default`). @internal */
export function overlaps(a: string, b: string): boolean {
  return a === b || under(a, b) || under(b, a);
}

/** What a result states and what the changes replaced, for a compiled scenario. @internal */
export interface Provenance {
  readonly sources: readonly Source[];
  readonly replacedSources: readonly ReplacedSource[];
  readonly assumptions: readonly Assumption[];
  readonly replaced: readonly ReplacedAssumption[];
  readonly partlyReplaced: readonly ReplacedAssumption[];
}

// Worked out when a result asks, once per compiled scenario: a sweep, which reads metrics and never a
// whole result, does not pay for it.
const provenanceMemo = new WeakMap<CompiledScenario, Provenance>();

/** The sources and assumptions still behind a compiled scenario's figures, and those its changes replaced. @internal */
export function provenanceOf(model: CompiledScenario): Provenance {
  let found = provenanceMemo.get(model);
  // Stryker disable next-line ConditionalExpression: a cache; a miss works out the same lists again
  if (found === undefined) {
    const sources = splitSources(model.sources, model.changes, model.scenario);
    const assumptions = splitAssumptions(model.stated, model.changes, model.years, model.scenario);
    found = {
      sources: sources.kept,
      replacedSources: sources.replaced,
      assumptions: [...assumptions.kept, ...model.generated],
      replaced: assumptions.replaced,
      partlyReplaced: assumptions.partly,
    };
    provenanceMemo.set(model, found);
  }
  return found;
}
