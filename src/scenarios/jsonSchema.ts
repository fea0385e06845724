import * as z from 'zod';
import { scenarioSchema } from './schema';

/**
 * The JSON Schema of a scenario file (draft 2020-12), generated from the zod schema that
 * {@link parseScenario} uses: for editors' completion and validation of scenario files. The checks of
 * meaning (plans add up, GDP covers the years) are not in it; {@link parseScenario} makes them.
 *
 * @returns the JSON Schema, as a plain object.
 * @category Scenarios
 * @example
 * ```ts
 * import { scenarioJsonSchema } from 'budget-whatif/scenarios';
 * scenarioJsonSchema().required; // => ['name', 'currency', 'years', 'economy', 'defence']
 * ```
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/budget-whatif/budget-whatif/docs/scenario.schema.json',
    title: 'budget-whatif scenario',
    description: 'A what-if scenario for budget-whatif: see docs/scenario-format.md.',
  };
}
