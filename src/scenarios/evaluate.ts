import { Evaluation } from './evaluation';
import { compiledScenario } from './parseScenario';
import type { ScenarioResult } from './result';
import type { Scenario } from './types';

/**
 * Work out a scenario: GDP, defence (and defence-related) spending and its share of GDP by year, each
 * plan's schedule by year and item with cumulative totals, views in other currencies, the gap to every
 * target by year, totals, the sources used and warnings.
 *
 * Pure and deterministic: the same scenario gives the same result, and `JSON.stringify` of it the same
 * bytes. Amounts are rounded to the minor unit once, with the scenario's mode, so that every total is the
 * sum of its rounded parts (see {@link ScenarioResult}).
 *
 * @param scenario - a scenario, as {@link parseScenario} returns it (or a built-in, {@link getScenario}).
 * @returns the result; see {@link ScenarioResult}.
 * @throws {@link budget-whatif!BudgetWhatIfError} for a scenario that was not parsed and does not hold together (the
 *   same errors as {@link parseScenario}).
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * const result = evaluate(getScenario('lithuania-baseline'));
 * result.defence.amounts[2026]?.amount.toString(); // => '4790000000'
 * result.targets.find((t) => t.id === 'lithuania-2026-2030')?.metWhereDue; // => true
 * ```
 */
export function evaluate(scenario: Scenario): ScenarioResult {
  return new Evaluation(compiledScenario(scenario)).result();
}
