// The JSON Schema for editors (issue 11): named and described, and describing the input a file writes
// (shares as "5.5%" text, years as whole numbers), not the canonical form parsing produces.
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenarios/index';

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema();
  it('says what it is and where its format is documented', () => {
    expect(schema['$id']).toBe('https://github.com/budget-whatif/budget-whatif/docs/scenario.schema.json');
    expect(schema['title']).toBe('budget-whatif scenario');
    expect(schema['description']).toBe('A what-if scenario for budget-whatif: see docs/scenario-format.md.');
  });

  it('lists the keys a scenario file may have, and requires the ones it must', () => {
    const properties = Object.keys(schema['properties'] as object);
    expect(properties).toEqual(
      expect.arrayContaining(['name', 'currency', 'years', 'economy', 'fx', 'defence', 'plans', 'targets']),
    );
    expect(schema['required']).toEqual(expect.arrayContaining(['name', 'years', 'economy', 'defence']));
  });

  it('takes a share as a file writes it: text ("5.5%") or a number', () => {
    const defence = (schema['properties'] as Record<string, { properties: Record<string, unknown> }>)['defence'];
    expect(defence?.properties['shareOfGdp']).toMatchObject({ additionalProperties: { type: ['string', 'number'] } });
  });
});
