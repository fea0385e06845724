import type { BudgetWhatIfError } from './BudgetWhatIfError';
import { isBudgetWhatIfError } from './isBudgetWhatIfError';

/** What {@link tryStep} gives: the step's value, or the problem it reported. @internal */
export type StepOutcome<T> = { readonly value: T } | { readonly error: BudgetWhatIfError };

/**
 * Run `step`: its value, or the {@link BudgetWhatIfError} it threw, for a caller that collects or reports
 * problems itself. Any other error (a bug, not a problem with the input) escapes unchanged.
 *
 * @internal
 */
export function tryStep<T>(step: () => T): StepOutcome<T> {
  try {
    return { value: step() };
  } catch (error) {
    if (!isBudgetWhatIfError(error)) throw error;
    return { error };
  }
}
