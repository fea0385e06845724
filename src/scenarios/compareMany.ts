// Many scenarios side by side: for each chosen series (GDP, defence spending, its share of GDP, a plan, a
// target's gap, in the reporting currency or a view), a year × scenario table with the exact difference of
// each scenario from the first, the baseline. Built on metric names, so that every series a metric can
// name is a series here.
import type { Decimal } from '../decimal/core';
import { BudgetWhatIfError, type BudgetWhatIfIssue } from '../errors/BudgetWhatIfError';
import { fail, show } from '../errors/fail';
import { rangeOf } from './compileMemo';
import { evaluate } from './evaluate';
import { listMetrics, metric } from './metrics';
import type { ScenarioResult } from './result';
import type { Change, Scenario } from './types';

/**
 * The {@link compareMany} function options.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { CompareManyOptions } from 'budget-whatif/scenarios';
 * const options: CompareManyOptions = { series: ['defence', 'share', 'defence.usd'], labels: ['5%', 'baseline', '6%'] };
 * ```
 */
export interface CompareManyOptions {
  /**
   * The series to lay out by year: a metric name without its year (`gdp`, `defence`, `defence.share`,
   * `related`, `plans.<id>`, `plans.<id>.items.<item>`, `targets.<id>.gap`, `targets.<id>.gapPoints`, …),
   * with a view's currency after it for amounts (`defence.usd`); `share` is short for `defence.share`.
   * Default: GDP, defence spending, its share of GDP, each plan and each target's gap.
   */
  readonly series?: readonly string[];
  /** A label for each scenario's column. Default: the scenarios' names (numbered where two are the same). */
  readonly labels?: readonly string[];
}

/**
 * A scenario in a {@link ManyComparison}: its label and the changes it carries (its overrides).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { compareMany, getScenario, type ComparedScenario } from 'budget-whatif/scenarios';
 * const [first]: readonly ComparedScenario[] = compareMany([getScenario('lithuania-5pct'), getScenario('lithuania-6pct')]).scenarios;
 * first?.label; // => 'Lithuania at 5% of GDP, 2027–2035'
 * ```
 */
export interface ComparedScenario {
  /** The column's label. */
  readonly label: string;
  /** The scenario's name. */
  readonly name: string;
  /** What was changed from its file (its `changes`), for a reader to see every override. */
  readonly changes: readonly Change[];
}

/**
 * One row of a {@link SeriesComparison}: a year (or the total) in every scenario, and each one's difference
 * from the first.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { SeriesRow } from 'budget-whatif/scenarios';
 * const row = (r: SeriesRow): string => `${String(r.year)}: ${r.values.map((v) => v?.toFixed() ?? '–').join(' | ')}`;
 * ```
 */
export interface SeriesRow {
  /** The year, or `'total'` for the sum over each scenario's years. */
  readonly year: number | 'total';
  /** The value in each scenario, in the order given; `undefined` where a scenario has none. */
  readonly values: readonly (Decimal | undefined)[];
  /**
   * Each scenario's value less the first's, exactly (a share's in fractions: 0.001 is 0.1 percentage
   * points); `undefined` for the first, and where either value is missing.
   */
  readonly differences: readonly (Decimal | undefined)[];
}

/**
 * One series of a {@link ManyComparison}: its rows by year.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { compareMany, getScenario, type SeriesComparison } from 'budget-whatif/scenarios';
 * const [gdp]: readonly SeriesComparison[] = compareMany([getScenario('lithuania-5pct'), getScenario('lithuania-6pct')], { series: ['gdp'] }).series;
 * gdp?.unit; // => 'EUR'
 * ```
 */
export interface SeriesComparison {
  /** The series, as asked (`share` given as `defence.share`). */
  readonly series: string;
  /** What its values count: a currency code, `share`, `points` or `flag`. */
  readonly unit: string;
  /** One row per year any scenario has, in order, then the total where the series has one. */
  readonly rows: readonly SeriesRow[];
}

/**
 * The result of {@link compareMany}: the scenarios, the first being the baseline, and a table per series.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { compareMany, getScenario, type ManyComparison } from 'budget-whatif/scenarios';
 * const many: ManyComparison = compareMany(['lithuania-5pct', 'lithuania-baseline', 'lithuania-6pct'].map(getScenario));
 * many.scenarios.length; // => 3
 * ```
 */
export interface ManyComparison {
  /** The scenarios, in the order given; the first is the baseline. */
  readonly scenarios: readonly ComparedScenario[];
  /** One table per series, in the order asked. */
  readonly series: readonly SeriesComparison[];
}

/**
 * Compare any number of scenarios (two or more) year by year: for each series, every scenario's value in
 * each year and its exact difference from the first scenario's (the baseline).
 *
 * Amounts are compared in one currency: scenarios in different currencies (Lithuania in euros, Poland in
 * złoty) are compared in a view they all have (`defence.usd`), else refused.
 *
 * @param scenarios - the scenarios (or their results), the baseline first.
 * @param options - the series and the column labels; see {@link CompareManyOptions}.
 * @returns the tables; see {@link ManyComparison}.
 * @throws {@link budget-whatif!BudgetWhatIfError} `empty_input` for fewer than two scenarios; `invalid_type` for labels
 *   that do not match them; `invalid_metric` for a series none of the scenarios has (path `series[i]`);
 *   `currency_mismatch` for amounts in two currencies.
 * @category Scenarios
 * @example
 * ```ts
 * import { compareMany, getScenario } from 'budget-whatif/scenarios';
 * const many = compareMany([getScenario('lithuania-5pct'), getScenario('lithuania-6pct')], { series: ['share'] });
 * const row2030 = many.series[0]?.rows.find((row) => row.year === 2030);
 * row2030?.differences[1]?.toString(); // => '0.01'
 * ```
 */
export function compareMany(
  scenarios: readonly (Scenario | ScenarioResult)[],
  options: CompareManyOptions = {},
): ManyComparison {
  const given: unknown = scenarios; // checked: it may come from JSON or untyped code
  if (!Array.isArray(given) || given.length < 2)
    fail(
      Array.isArray(given) ? 'empty_input' : 'invalid_type',
      `compareMany needs two scenarios or more, received ${show(given)}`,
      ['scenarios'],
    );
  const results = scenarios.map((scenario) => ('totals' in scenario ? scenario : evaluate(scenario)));
  const labels = labelsOf(results, options.labels);
  const names = results.map((result) => new Set(listMetrics(result)));
  const asked = options.series ?? defaultSeries(results);
  const years = [...new Set(results.flatMap((result) => rangeOf(result.years.from, result.years.to)))].sort(
    (a, b) => a - b,
  );
  const issues: BudgetWhatIfIssue[] = [];
  const series = asked.flatMap((name, i) => {
    const table = seriesOf(name === 'share' ? 'defence.share' : name, { results, names, years });
    if ('code' in table) issues.push({ ...table, path: ['series', i] });
    return 'code' in table ? [] : [table];
  });
  if (issues.length > 0) throw new BudgetWhatIfError(issues);
  return {
    scenarios: results.map((result, i) => ({
      label: labels[i] as string,
      name: result.name,
      changes: result.changes,
    })),
    series,
  };
}

/** The rows of one series, or what is wrong with it. */
function seriesOf(
  series: string,
  {
    results,
    names,
    years,
  }: { results: readonly ScenarioResult[]; names: readonly ReadonlySet<string>[]; years: readonly number[] },
): SeriesComparison | Omit<BudgetWhatIfIssue, 'path'> {
  const keys = (nameIn: (key: number | 'total') => string): (number | 'total')[] =>
    [...years, 'total' as const].filter((key) => names.some((known) => known.has(nameIn(key))));
  // The name as it is (`defence.share`), or with a view's currency after it (`defence.usd`: `defence.2030.usd`).
  const dot = series.lastIndexOf('.');
  const readings = [
    (key: number | 'total'): string => `${series}.${String(key)}`,
    (key: number | 'total'): string => `${series.slice(0, dot)}.${String(key)}.${series.slice(dot + 1).toLowerCase()}`,
  ];
  const nameIn = readings.find((reading) => keys(reading).length > 0);
  if (nameIn === undefined)
    return {
      code: 'invalid_metric',
      message: `no scenario has the series ${show(series)}: a metric name without its year, such as "defence", "defence.share" or "defence.usd"`,
    };
  const units = new Set<string>();
  const rows = keys(nameIn).map((year): SeriesRow => {
    const values = results.map((result, i) => {
      if (!(names[i] as ReadonlySet<string>).has(nameIn(year))) return undefined;
      const found = metric(result, nameIn(year));
      units.add(found.unit);
      return found.value;
    });
    const first = values[0];
    return {
      year,
      values,
      differences: values.map((value, i) =>
        i === 0 || value === undefined || first === undefined ? undefined : value.minus(first),
      ),
    };
  });
  if (units.size > 1)
    return {
      code: 'currency_mismatch',
      message: `amounts of ${show(series)} are in ${[...units].join(' and ')}: compare them in one currency, a view every scenario has (such as "${series}.usd")`,
    };
  return { series, unit: [...units][0] as string, rows };
}

/** GDP, defence spending, its share of GDP, then every plan and every target's gap of any of the scenarios. */
function defaultSeries(results: readonly ScenarioResult[]): string[] {
  const plans = results.flatMap((result) => result.plans.map((plan) => `plans.${plan.id}`));
  const targets = results.flatMap((result) => result.targets.map((target) => `targets.${target.id}.gap`));
  return [...new Set(['gdp', 'defence', 'defence.share', ...plans, ...targets])];
}

/** The columns' labels: as given (one per scenario), or the names, numbered where two are the same. */
function labelsOf(results: readonly ScenarioResult[], given: readonly string[] | undefined): readonly string[] {
  if (given !== undefined) {
    if (!Array.isArray(given) || given.length !== results.length || !given.every((label) => typeof label === 'string'))
      fail('invalid_type', `labels: one string per scenario (${String(results.length)}), received ${show(given)}`, [
        'options',
        'labels',
      ]);
    return given;
  }
  const seen = new Map<string, number>();
  return results.map((result) => {
    const count = (seen.get(result.name) ?? 0) + 1;
    seen.set(result.name, count);
    return count === 1 ? result.name : `${result.name} (${String(count)})`;
  });
}
