import { tryStep } from '../errors/tryStep';
import { rateTableOf, resolveEcbRates } from './ecbSource';
import type { RateTable } from '../fx/types';
import { resolvePaths } from './interpolate';
import { BudgetWhatIfError, type BudgetWhatIfIssue } from '../errors/BudgetWhatIfError';
import { compile, type CompiledScenario } from './compile';
import { checkDepth } from './limits';
import { toIssues } from './issues';
import { scenarioSchema } from './schema';
import type { Scenario } from './types';

/**
 * The result of {@link safeParseScenario}: the scenario, or the error with every issue.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { safeParseScenario, type SafeParseScenarioResult } from 'budget-whatif/scenarios';
 * const result: SafeParseScenarioResult = safeParseScenario({ name: 'empty' });
 * result.success; // => false
 * ```
 */
export type SafeParseScenarioResult =
  | {
      /** The input is a valid scenario. */
      readonly success: true;
      /** The scenario, in canonical form and frozen. */
      readonly scenario: Scenario;
    }
  | {
      /** The input is not a valid scenario. */
      readonly success: false;
      /** The error {@link parseScenario} would throw. */
      readonly error: BudgetWhatIfError;
      /** Every problem found, each with its path. */
      readonly issues: readonly BudgetWhatIfIssue[];
    };

// Compiled forms of the scenarios parseScenario returned: they are frozen, so the compilation stays valid.
const compiled = new WeakMap<Scenario, CompiledScenario>();

/**
 * The {@link parseScenario} function options.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ParseScenarioOptions } from 'budget-whatif/scenarios';
 * import { ecb } from 'budget-whatif/ecb';
 * const options: ParseScenarioOptions = { rates: ecb };
 * ```
 */
export interface ParseScenarioOptions {
  /**
   * The daily rate table that `fx` pairs `{ "source": "ecb", "basis": "on" }` and `"partial": true` read
   * (`ecb` from `budget-whatif/ecb`; the CLI passes it). Annual averages of complete years need none: they
   * are embedded. Kept out of the scenarios entry so that it does not load the table.
   */
  readonly rates?: RateTable;
}

/**
 * Check a scenario (parsed JSON or YAML) and return it in canonical form, or report every problem.
 *
 * The check is in two passes: the shape (types, unknown keys — with "did you mean" for a near miss —,
 * numbers as strings or safe integers, shares from 0 to 1, rates above −100%), then the meaning (GDP
 * covers the years, plans add up, target ids exist, exchange rates cover the years). Canonical form:
 * numbers as decimal strings, `"5.5%"` as `"0.055"`, everything else as given. The result is frozen.
 *
 * @param input - the scenario document; see docs/scenario-format.md.
 * @param options - the daily rate table for rates of one day and partial years; see {@link ParseScenarioOptions}.
 * @returns the scenario.
 * @throws {@link budget-whatif!BudgetWhatIfError} listing every issue with its path (`economy.gdp.realGrowth.2025`).
 * @category Scenarios
 * @example
 * ```ts
 * import { parseScenario, getScenario } from 'budget-whatif/scenarios';
 * const scenario = parseScenario(JSON.parse(JSON.stringify(getScenario('lithuania-baseline'))));
 * scenario.name; // => 'Lithuania baseline: 5.5% of GDP on average, 2026–2030'
 * parseScenario({ ...scenario, currency: 'EURO' }); // throws: currency: unknown currency code "EURO"
 * ```
 */
export function parseScenario(input: unknown, options: ParseScenarioOptions = {}): Scenario {
  const result = safeParseScenario(input, options);
  if (!result.success) throw result.error;
  return result.scenario;
}

/**
 * {@link parseScenario} without throwing: `{ success: true, scenario }` or `{ success: false, error,
 * issues }`.
 *
 * @param input - the scenario document.
 * @param options - as for {@link parseScenario}; see {@link ParseScenarioOptions}.
 * @returns the result; see {@link SafeParseScenarioResult}.
 * @category Scenarios
 * @example
 * ```ts
 * import { safeParseScenario } from 'budget-whatif/scenarios';
 * const result = safeParseScenario({ name: 'x', currency: 'EUR', years: { from: 2030, to: 2026 } });
 * result.success ? 'ok' : result.issues.map((issue) => issue.path.join('.')); // => ['economy', 'defence']
 * ```
 */
export function safeParseScenario(input: unknown, options: ParseScenarioOptions = {}): SafeParseScenarioResult {
  const tooDeep = tryStep(() => {
    checkDepth(input);
  });
  if ('error' in tooDeep) return { success: false, error: tooDeep.error, issues: tooDeep.error.issues };
  // Rates from the ECB's table and paths between years (`interpolate`) become the years they fill before
  // the schema reads the file.
  const resolved = tryStep(() => resolvePaths(resolveEcbRates(input, rateTableOf(options))));
  if ('error' in resolved) return { success: false, error: resolved.error, issues: resolved.error.issues };
  const parsed = scenarioSchema.safeParse(resolved.value, { reportInput: true });
  if (!parsed.success) {
    const error = new BudgetWhatIfError(toIssues(parsed.error, scenarioSchema));
    return { success: false, error, issues: error.issues };
  }
  const scenario: Scenario = deepFreeze(parsed.data);
  const model = tryStep(() => compile(scenario));
  if ('error' in model) return { success: false, error: model.error, issues: model.error.issues };
  compiled.set(scenario, model.value);
  return { success: true, scenario };
}

/**
 * Accept a scenario built from a parsed one by overrides whose values were checked: compile it (throwing
 * every problem), freeze it and keep its compiled form. @internal
 */
export function adoptScenario(scenario: Scenario): Scenario {
  const frozen = deepFreeze(scenario);
  compiled.set(frozen, compile(frozen));
  return frozen;
}

/**
 * The compiled form of a scenario: cached for the scenarios parseScenario and withOverrides return; any
 * other (an object literal typed as a Scenario, say) is parsed first, so that every scenario meets the
 * same checks, whichever way it came in. @internal
 */
export function compiledScenario(scenario: Scenario): CompiledScenario {
  const cached = compiled.get(scenario);
  if (cached !== undefined) return cached;
  return compiled.get(parseScenario(scenario)) as CompiledScenario;
}

function deepFreeze<T>(value: T): T {
  // Primitives and null count as frozen; a frozen object's children were frozen with it.
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
