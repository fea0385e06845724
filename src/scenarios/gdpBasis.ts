// Which GDP a scenario's shares divide by: the vintage it names for its GDP figures, kept while no change
// replaces those figures, and said in words wherever a modelled share meets a published one.
import type { Assumption } from '../sources/Source';
import { overlaps } from './replaced';
import type { Scenario } from './types';

/** The paths of the GDP figures a vintage names: a change to one replaces the vintage. */
const GDP_FIGURES = ['economy.gdp.base', 'economy.gdp.known', 'economy.gdp.series'] as const;

/**
 * The assumption a named GDP vintage states, about the GDP figures (so that a change to them replaces it,
 * as any stated assumption). None when the scenario names no vintage. @internal
 */
export function vintageAssumption(scenario: Scenario): Assumption | undefined {
  const vintage = scenario.economy.gdp.vintage;
  if (vintage === undefined) return undefined;
  return {
    about: GDP_FIGURES.join(', '),
    statement: `The GDP figures are from ${vintage}.`,
    reason:
      'Every share of GDP in this result divides by this GDP; a published share may divide by another vintage or forecast.',
  };
}

/** The vintage of the scenario's GDP figures: the one it names, unless a change replaced those figures. @internal */
export function gdpVintageOf(scenario: Scenario): string | undefined {
  const vintage = scenario.economy.gdp.vintage;
  return vintage === undefined || gdpChanges(scenario).length > 0 ? undefined : vintage;
}

/** In words, the GDP the scenario's shares divide by. @internal */
export function gdpBasisText(scenario: Scenario): string {
  const vintage = scenario.economy.gdp.vintage;
  const changed = gdpChanges(scenario);
  if (changed.length > 0)
    return `the scenario's GDP as changed (${changed.join(', ')})${vintage === undefined ? '' : `, no longer ${vintage}`}`;
  if (vintage === undefined) return "the scenario's own GDP (no vintage named)";
  return scenario.economy.gdp.series === undefined ? `${vintage}, projected by the scenario's rates` : vintage;
}

function gdpChanges(scenario: Scenario): string[] {
  return (scenario.changes ?? [])
    .filter((change) => GDP_FIGURES.some((path) => overlaps(path, change.path)))
    .map((change) => change.path);
}
