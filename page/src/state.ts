// The page's state: the scenario as written, where it came from, the overrides the controls made (in the
// order made) and the unit amounts are shown in.
import type { Scenario } from 'budget-whatif/scenarios';
import type { Edit } from './edits';

/** The units amounts can be shown in. */
export type Unit = 'one' | 'thousand' | 'million' | 'billion';

/** The page's state. */
export interface PageState {
  base: Scenario;
  /** A built-in's name, a file's text, or an ally's code (its starter scenario, `scenarioFor`). */
  source: { readonly scenario: string } | { readonly text: string } | { readonly ally: string };
  readonly edits: Map<string, unknown>;
  unit: Unit;
}

/** The overrides in the order made. */
export function editsOf(state: PageState): Edit[] {
  return [...state.edits].map(([path, value]) => ({ path, value }));
}

/** Whether a text names a unit. */
export function isUnit(text: string | null | undefined): text is Unit {
  return text === 'one' || text === 'thousand' || text === 'million' || text === 'billion';
}
