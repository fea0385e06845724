/**
 * Every code a {@link BudgetWhatIfError} or one of its issues can carry.
 *
 * Codes are stable, kebab-free snake_case strings, so that callers can branch on them; messages are for
 * people and may be reworded.
 *
 * @category Errors
 * @example
 * ```ts
 * import { isBudgetWhatIfError, money } from 'budget-whatif';
 * try {
 *   money('12,5', 'EUR');
 * } catch (error) {
 *   if (isBudgetWhatIfError(error) && error.code === 'invalid_number') console.log(error.issues[0]?.path);
 * }
 * ```
 */
export type ErrorCode =
  /** A string, number or bigint that is not a decimal number we accept. */
  | 'invalid_number'
  /** A JS number that is not a safe integer, passed where only exact input is accepted. */
  | 'unsafe_number'
  /** A rounding mode that is not one of {@link RoundingMode}. */
  | 'invalid_rounding_mode'
  /** A scale (number of decimal places) that is not a whole number from 0 to 100. */
  | 'invalid_scale'
  /** A currency code that is not in the ISO 4217 table. */
  | 'unknown_currency'
  /** Two amounts in different currencies were combined. */
  | 'currency_mismatch'
  /** Division by zero. */
  | 'division_by_zero'
  /** Allocation ratios that are empty, negative or all zero. */
  | 'invalid_ratios'
  /** A sum of nothing, with no currency to give the zero in. */
  | 'empty_input'
  /** An amount that is not a whole number of minor units, where one is required. */
  | 'inexact_minor_units'
  /** A value of the wrong shape, for example JSON that is not a Money object. */
  | 'invalid_type'
  /** An argument out of its documented range. */
  | 'out_of_range'
  /** An interval whose lower bound is above its upper bound, or an operation undefined on it. */
  | 'invalid_interval'
  /** A quoted figure that could not be read ("1,1 mlrd. eurų"). */
  | 'invalid_quote'
  /** A date that is not a valid ISO date (`YYYY-MM-DD`). */
  | 'invalid_date'
  /** No exchange rate for that pair or date in the table. */
  | 'no_rate'
  /** A year that is not a whole number in range, or years out of order. */
  | 'invalid_year'
  /** A year series missing a year that is needed, or two series over different years. */
  | 'missing_year'
  /** A plan that does not hold together: items over the total, two remainder items, duplicate ids. */
  | 'invalid_plan'
  /** A phasing profile that cannot spread an amount: all-zero weights, amounts that do not sum up. */
  | 'invalid_phasing'
  /** An id that names nothing: an unknown plan item, target or scenario. */
  | 'unknown_id'
  /** A key that a scenario file does not have (often a typo; the message suggests the nearest key). */
  | 'unknown_key'
  /** An override path that names nothing in a scenario. */
  | 'unknown_path'
  /** A required field of a scenario that is missing. */
  | 'missing_field'
  /** A metric name that names nothing in a result. */
  | 'invalid_metric'
  /** A goal seek whose target no value within the bounds reaches. */
  | 'no_solution'
  /** Text that is not valid JSON or YAML. */
  | 'invalid_syntax'
  /** A number, or the exact result of an operation, that needs more significant digits than budget-whatif keeps (40). */
  | 'precision_exceeded'
  /** Input beyond a documented size: text too long, nesting too deep, too many elements. */
  | 'input_too_large'
  /** A value outside its plausible range (a share of GDP of 55%), refused because `strict` was asked for. */
  | 'implausible'
  /** A year the data covers only in part, where a whole year is needed (an annual average of the current year). */
  | 'partial_year';
