import { fail, type Path } from '../errors/fail';
import type { YearRange, YearSeries } from './types';

/** The earliest and latest years budget-whatif accepts: wide enough for any budget history or plan. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

/** Whether a value is a year budget-whatif accepts: a whole number from 1900 to 2200. @internal */
export function isYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Check a year: a whole number from 1900 to 2200. @internal */
export function checkYear(year: unknown, path: Path): number {
  if (!isYear(year)) {
    return fail(
      'invalid_year',
      `expected a year from ${String(FIRST_YEAR)} to ${String(LAST_YEAR)}, received ${String(year)}`,
      path,
      year,
    );
  }
  return year;
}

/** Check a range of years: both ends years, `from ≤ to`. @internal */
export function checkRange(range: unknown, path: Path): YearRange {
  if (typeof range !== 'object' || range === null) {
    return fail('invalid_year', 'expected a range of years { from, to }', path, range);
  }
  const { from, to } = range as { from?: unknown; to?: unknown };
  const first = checkYear(from, [...path, 'from']);
  const last = checkYear(to, [...path, 'to']);
  if (last < first)
    fail('invalid_year', `the years run backwards: from ${String(first)} to ${String(last)}`, [...path, 'to'], last);
  return { from: first, to: last };
}

/**
 * The years of a range, in order.
 *
 * @param range - the range, both ends included.
 * @returns every year from `range.from` to `range.to`.
 * @throws {@link BudgetWhatIfError} `invalid_year` for a bad or reversed range.
 * @category Series
 * @example
 * ```ts
 * import { yearsOf } from 'budget-whatif';
 * yearsOf({ from: 2026, to: 2030 }); // => [2026, 2027, 2028, 2029, 2030]
 * ```
 */
export function yearsOf(range: YearRange): number[] {
  const { from, to } = checkRange(range, []);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The years a series has values for, in ascending order.
 *
 * @param series - the series.
 * @returns its years.
 * @category Series
 * @example
 * ```ts
 * import { decimal, seriesYears } from 'budget-whatif';
 * seriesYears({ 2026: decimal('0.05'), 2025: decimal('0.04') }); // => [2025, 2026]
 * ```
 */
export function seriesYears(series: YearSeries<unknown>): number[] {
  return Object.keys(series).map(Number);
}

/** Runs of consecutive years in ascending years: [2025, 2026, 2030] → 2025–2026 and 2030. @internal */
export function runsOf(years: readonly number[]): YearRange[] {
  const runs: YearRange[] = [];
  let from: number | undefined;
  years.forEach((year, i) => {
    from ??= year;
    if (years[i + 1] !== year + 1) {
      runs.push({ from, to: year });
      from = undefined;
    }
  });
  return runs;
}
