import { BudgetWhatIfError } from '../errors/BudgetWhatIfError';
import { fail, show } from '../errors/fail';
import { Evaluation } from './evaluation';
import type { CompiledScenario } from './compiled';
import { implausibleOf, type PlausibilityWarning } from './plausibility';
import { compiledScenario } from './parseScenario';
import type { ScenarioResult } from './result';
import { shadowedOf, type ShadowedChange } from './shadowed';
import type { Scenario } from './types';

/**
 * Options of {@link evaluate}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { EvaluateOptions } from 'budget-whatif/scenarios';
 * const strict: EvaluateOptions = { strict: true };
 * ```
 */
export interface EvaluateOptions {
  /**
   * Refuse values outside their plausible ranges ({@link PLAUSIBLE_RANGES}) with an `implausible` error
   * instead of a warning. Default: `false`.
   */
  readonly strict?: boolean;
}

/**
 * Work out a scenario: GDP, defence (and defence-related) spending and its share of GDP by year, each
 * plan's schedule by year and item with cumulative totals, views in other currencies, the gap to every
 * target by year, totals, the sources used and warnings.
 *
 * Pure and deterministic: the same scenario gives the same result, and `JSON.stringify` of it the same
 * bytes. Amounts are rounded to the minor unit once, with the scenario's mode, so that every total is the
 * sum of its rounded parts (see {@link ScenarioResult}).
 *
 * Values outside their plausible ranges (a share of GDP above 15%, an exchange rate more than 50% from
 * the ECB's for its year; {@link PLAUSIBLE_RANGES}) are warnings in `result.plausibility` and
 * `result.warnings`, or `implausible` errors with `strict`.
 *
 * @param scenario - a scenario, as {@link parseScenario} returns it (or a built-in, {@link getScenario}).
 * @param options - `strict`; see {@link EvaluateOptions}.
 * @returns the result; see {@link ScenarioResult}.
 * @throws {@link budget-whatif!BudgetWhatIfError} for a scenario that was not parsed and does not hold together (the
 *   same errors as {@link parseScenario}); `implausible`, one issue per value, with `strict`.
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * const result = evaluate(getScenario('lithuania-baseline'));
 * result.defence.amounts[2026]?.amount.toString(); // => '4790000000'
 * result.targets.find((t) => t.id === 'lithuania-2026-2030')?.metWhereDue; // => true
 * result.plausibility; // => []
 * ```
 */
export function evaluate(scenario: Scenario, options: EvaluateOptions = {}): ScenarioResult {
  const model = compiledScenario(scenario);
  if (checkedStrict(options.strict)) refuseImplausible(model);
  return new Evaluation(model).result();
}

/**
 * The implausible values of a scenario without working out a whole result (for a command that evaluates
 * variants of it): the warnings, or under `strict` the `implausible` error. @internal
 */
export function plausibilityOfScenario(scenario: Scenario, strict?: boolean): readonly PlausibilityWarning[] {
  const model = compiledScenario(scenario);
  if (checkedStrict(strict)) refuseImplausible(model);
  return implausibleOf(model).map(({ warning }) => warning);
}

/**
 * The changes of a scenario that some of its years do not read ({@link ScenarioResult.shadowed}), without a
 * whole evaluation: what the CLI warns of before it works out variants. @internal
 */
export function shadowedOfScenario(scenario: Scenario): readonly ShadowedChange[] {
  return shadowedOf(compiledScenario(scenario));
}

function checkedStrict(strict: unknown): boolean {
  if (strict !== undefined && typeof strict !== 'boolean')
    fail('invalid_type', `strict is true or false, received ${show(strict)}`, ['strict'], strict);
  return strict === true;
}

function refuseImplausible(model: CompiledScenario): void {
  const implausible = implausibleOf(model);
  if (implausible.length > 0)
    throw new BudgetWhatIfError(
      implausible.map(({ warning, detail, at }) => ({
        code: 'implausible',
        path: at,
        message: `${detail} (refused under strict)`,
        received: warning.value,
      })),
    );
}
