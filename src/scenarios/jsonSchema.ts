import * as z from 'zod';
import { YEARLY_VALUES } from './interpolate';
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
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  for (const path of YEARLY_PATHS) withInterpolate(schema, path);
  withEcbSource(schema);
  return {
    ...schema,
    $id: 'https://github.com/budget-whatif/budget-whatif/docs/scenario.schema.json',
    title: 'budget-whatif scenario',
    description: 'A what-if scenario for budget-whatif: see docs/scenario-format.md.',
  };
}

// The yearly values that may be written as a path (interpolate.ts's table, and every fx pair): resolved
// before the schema reads the file, so the zod schema never sees `interpolate`; a file's schema must allow it.
const YEARLY_PATHS: readonly (readonly string[])[] = [...YEARLY_VALUES.map(({ path }) => path), ['fx', '*']];

type Node = Record<string, unknown>;

function withInterpolate(schema: Node, path: readonly string[]): void {
  let node: Node | undefined = schema;
  for (const key of path) {
    const next: unknown =
      key === '*' ? node?.['additionalProperties'] : (node?.['properties'] as Node | undefined)?.[key];
    node = typeof next === 'object' && next !== null ? (next as Node) : undefined;
  }
  if (node === undefined) throw new Error(`the JSON Schema has no ${path.join('.')}`);
  const names = node['propertyNames'] as Node;
  names['pattern'] = String(names['pattern']).replace(/\$$/, '|interpolate)$').replace(/^\^/, '^(');
  node['properties'] = {
    interpolate: {
      enum: ['linear', 'step', 'constant-growth'],
      description:
        'How the years between the anchor years are filled (docs/scenario-format.md, "Paths between years").',
    },
  };
}

/** A pair's rates may come from the ECB's table (see ecbSource.ts), resolved before the schema reads them. */
function withEcbSource(schema: Node): void {
  const pair = (schema['properties'] as Record<string, Node>)['fx']?.['additionalProperties'] as Node;
  const names = pair['propertyNames'] as Node;
  names['pattern'] = String(names['pattern']).replace(
    '|interpolate)$',
    '|interpolate|source|basis|partial|date|policy)$',
  );
  pair['properties'] = {
    ...(pair['properties'] as Node),
    source: { const: 'ecb', description: "The ECB's reference rates, from the table embedded in budget-whatif." },
    basis: {
      enum: ['annual-average', 'on'],
      description:
        "annual-average: the annual averages of the complete years the scenario needs; on: one day's reference rate (date) for every year the file does not write.",
    },
    partial: {
      type: 'boolean',
      description: 'With annual-average: a year the daily table covers in part takes the average of the days it has.',
    },
    date: { type: 'string', format: 'date', description: 'With basis on: the reference date, YYYY-MM-DD.' },
    policy: {
      enum: ['exact', 'previous'],
      description:
        'With basis on: a date without a rate is an error (exact, the default) or takes the last reference day before it (previous).',
    },
  };
}
