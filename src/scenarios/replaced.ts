// Assumptions a what-if no longer makes: those about a path some change wrote to.
import type { Assumption } from '../sources/Source';
import type { Change } from './types';

/**
 * An assumption of the scenario as written that a change replaced, with the changes that did.
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
  /** The changes whose path is, contains or lies under what the assumption is about. */
  readonly by: readonly Change[];
}

/**
 * Split assumptions into those still made and those a change replaced. An assumption's `about` is a path
 * (or several, separated by commas), relative to `scope` (`plans[border-countermobility]` for a plan's);
 * a change replaces it when one of the paths is the change's, or one lies under the other.
 *
 * @internal
 */
export function splitAssumptions(
  assumptions: readonly { readonly assumption: Assumption; readonly scope: string }[],
  changes: readonly Change[],
): { kept: Assumption[]; replaced: ReplacedAssumption[] } {
  const kept: Assumption[] = [];
  const replaced: ReplacedAssumption[] = [];
  for (const { assumption, scope } of assumptions) {
    const subjects = assumption.about
      .split(',')
      .map((about) => about.trim())
      .filter((about) => about !== '')
      .map((about) => (scope === '' ? about : `${scope}.${about}`));
    const by = changes.filter((change) => subjects.some((subject) => overlaps(subject, change.path)));
    if (by.length === 0) kept.push(assumption);
    else replaced.push({ assumption, by });
  }
  return { kept, replaced };
}

/** Whether one path is the other or lies under it (`fx.EUR/USD` and `fx.EUR/USD.default`). @internal */
export function overlaps(a: string, b: string): boolean {
  const under = (inner: string, outer: string): boolean =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return under(a, b) || under(b, a);
}
