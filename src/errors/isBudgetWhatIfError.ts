import { BudgetWhatIfError, isBranded } from './BudgetWhatIfError';

/**
 * Tell whether a thrown value is a {@link BudgetWhatIfError}, from this copy of the library or another.
 *
 * `instanceof` alone fails when an application loads both the ESM and the CJS build (each has its own
 * class); this guard also recognises the brand that every copy puts on its errors.
 *
 * @param value - anything, typically the value caught by `catch`.
 * @returns `true` when `value` is a budget-whatif error, narrowing its type.
 * @category Errors
 * @example
 * ```ts
 * import { isBudgetWhatIfError, money } from 'budget-whatif';
 * try {
 *   money('1.1', 'XYZ');
 * } catch (error) {
 *   if (isBudgetWhatIfError(error)) console.log(error.code); // => 'unknown_currency'
 * }
 * ```
 */
export function isBudgetWhatIfError(value: unknown): value is BudgetWhatIfError {
  return value instanceof BudgetWhatIfError || (isBranded(value) && (value as Error).name === 'BudgetWhatIfError');
}
