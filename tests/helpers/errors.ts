import { expect } from 'vitest';
import { isBudgetWhatIfError, type BudgetWhatIfError } from '../../src/index';

/** Run `fn`, expect it to throw a BudgetWhatIfError, and return the error for further checks. */
export function catchError(fn: () => unknown): BudgetWhatIfError {
  try {
    fn();
  } catch (error) {
    expect(isBudgetWhatIfError(error), `expected a BudgetWhatIfError, got ${String(error)}`).toBe(true);
    return error as BudgetWhatIfError;
  }
  throw new Error('expected the call to throw, but it returned');
}

/** Expect `fn` to throw a BudgetWhatIfError with this code and, for its first issue, this path. */
export function expectIssue(
  fn: () => unknown,
  code: string,
  path: readonly (string | number)[] = [],
): BudgetWhatIfError {
  const error = catchError(fn);
  expect(error.code).toBe(code);
  expect(error.issues[0]?.path).toEqual(path);
  return error;
}
