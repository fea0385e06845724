import { D, type Decimal } from '../decimal/core';
import { toDecimal, type DecimalInput } from '../decimal/decimal';
import { fail } from '../errors/fail';

/**
 * A column of amounts rounded for display so that it still adds up; see {@link reconcile}.
 *
 * @category Reports
 * @example
 * ```ts
 * import { reconcile, type Reconciled } from 'budget-whatif/reports';
 * const thirds: Reconciled = reconcile(['1', '1', '1'], { places: 0, total: '3' });
 * thirds.shown.map(String); // => ['1', '1', '1']
 * ```
 */
export interface Reconciled {
  /** The values as shown, each a multiple of 10^−places; they sum exactly to `total`. */
  readonly shown: readonly Decimal[];
  /** The total as shown: the exact total rounded half-even to `places`. */
  readonly total: Decimal;
  /** The rows shown one unit away from their own rounding: where the difference went, in row order. */
  readonly adjusted: readonly number[];
}

/**
 * The {@link reconcile} function options.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReconcileOptions } from 'budget-whatif/reports';
 * const millionsToOneDecimal: ReconcileOptions = { places: 1 };
 * ```
 */
export interface ReconcileOptions {
  /** The decimal places shown, from −20 to 20 (−6 shows whole millions; 1 shows tenths). */
  readonly places: number;
  /** The exact total. Default: the sum of the values. */
  readonly total?: DecimalInput;
}

/**
 * Round a column of values for display so that the shown values sum exactly to the shown total: the
 * total is rounded half-even, each value is first rounded down to a multiple of 10^−places, and the
 * units left go to the values with the largest remainders (ties to the earlier row), the
 * largest-remainder method. A table built this way adds up on the page, and `adjusted` says which rows
 * absorbed the difference (the rows shown otherwise than their own rounding would show them).
 *
 * @param values - the exact values, in row order.
 * @param options - `places`: the decimal places shown (−6 shows whole millions; 1 shows tenths);
 *   `total`: the exact total (default: the sum of `values`).
 * @returns the shown values, the shown total and the adjusted rows.
 * @throws {@link budget-whatif!BudgetWhatIfError} `invalid_number` for a value that is not a decimal;
 *   `out_of_range` when `total` is not the sum of the values to within what the rounding can absorb.
 * @category Reports
 * @example
 * ```ts
 * import { reconcile } from 'budget-whatif/reports';
 * // Three thirds of 100, shown without decimals: 33 + 33 + 33 is 99, so one row takes the missing unit.
 * const r = reconcile(['33.333', '33.333', '33.334'], { places: 0 });
 * r.shown.map(String); // => ['33', '33', '34']
 * r.adjusted; // => [2]
 * ```
 */
export function reconcile(values: readonly DecimalInput[], options: ReconcileOptions): Reconciled {
  const places = options.places;
  if (!Number.isInteger(places) || places < -20 || places > 20)
    fail('out_of_range', `places is a whole number from −20 to 20, received ${String(places)}`, ['places'], places);
  const exact = values.map((value, i) => toDecimal(value, ['values', i]));
  const sum = exact.reduce((a, b) => a.plus(b), new D(0));
  const total = options.total === undefined ? sum : toDecimal(options.total, ['total']);
  const unit = new D(10).pow(-places);
  // Rounded in units of 10^−places, which also works for negative places (whole millions).
  const roundToUnit = (value: Decimal): Decimal => value.div(unit).toDecimalPlaces(0, D.ROUND_HALF_EVEN).times(unit);
  const shownTotal = roundToUnit(total);
  const floors = exact.map((value) => value.div(unit).floor());
  const remainders = exact.map((value, i) => value.div(unit).minus(floors[i] as Decimal));
  let left = shownTotal.div(unit).minus(floors.reduce((a, b) => a.plus(b), new D(0)));
  if (left.isNegative() || left.gt(values.length))
    fail(
      'out_of_range',
      `the total ${total.toString()} is not the sum of the values (${sum.toString()}) to within the rounding`,
      ['total'],
      options.total,
    );
  const order = remainders
    .map((remainder, i) => ({ remainder, i }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  const units = floors.map((floor) => floor);
  for (const { i } of order) {
    if (left.isZero()) break;
    units[i] = (units[i] as Decimal).plus(1);
    left = left.minus(1);
  }
  const shown = units.map((count) => count.times(unit));
  const adjusted = shown.flatMap((value, i) => (value.eq(roundToUnit(exact[i] as Decimal)) ? [] : [i]));
  return { shown, total: shownTotal, adjusted };
}
