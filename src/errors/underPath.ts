import { BudgetWhatIfError } from './BudgetWhatIfError';
import type { Path } from './fail';
import { tryStep } from './tryStep';

/**
 * Run `step`; if it throws a {@link BudgetWhatIfError}, throw it again with each issue's path changed by
 * `repath`: how a caller reports a problem at the place in its own input that caused it.
 *
 * @internal
 */
export function rethrowAt<T>(step: () => T, repath: (path: Path) => Path): T {
  const outcome = tryStep(step);
  if ('value' in outcome) return outcome.value;
  throw new BudgetWhatIfError(outcome.error.issues.map((issue) => ({ ...issue, path: repath(issue.path) })));
}

/** {@link rethrowAt} with `prefix` put in front of every path. @internal */
export function underPath<T>(prefix: Path, step: () => T): T {
  return rethrowAt(step, (path) => [...prefix, ...path]);
}
