import { changeValue } from './formatChange';
import type { Money } from '../money/core';
import type { ManyComparison } from '../scenarios/compareMany';
import type { ScenarioResult } from '../scenarios/result';
import type { YearSeries } from '../series/types';

/**
 * Rows as CSV (RFC 4180): fields with a comma, a quote or a line break are quoted, quotes doubled, lines
 * end in CRLF.
 *
 * @param rows - the rows, the header first.
 * @returns the CSV text.
 * @category Reports
 * @example
 * ```ts
 * import { toCsv } from 'budget-whatif/reports';
 * toCsv([['name', 'note'], ['mines', 'about "800", not 900']]); // => 'name,note\r\nmines,"about ""800"", not 900"\r\n'
 * ```
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/**
 * A scenario's result as one CSV table by year, every amount exact (a decimal string, as in JSON): GDP,
 * defence spending and its share of GDP, defence-related spending, each plan's yearly total, and the
 * same amounts in each view's currency. Column names are metric names without the year (`defence`,
 * `defence.share`, `plans.border-countermobility`, `defence.usd`). Amounts are in current prices; a plan
 * written in constant prices of a year also has its column as written (`plans.<id>.prices2025`). Years
 * outside the scenario's that a plan runs in are rows too, with the columns they have.
 *
 * A what-if says what it changed before the table: one line per change
 * (`# change,<path>,<before>,<after>,<from>`) and per value outside its plausible range
 * (`# implausible,<path>,<value>,<range>`), each starting with `#` (pandas: `comment="#"`; R:
 * `comment.char = "#"`). A scenario as written, without either, starts with the header.
 *
 * @param result - the result of {@link budget-whatif/scenarios!evaluate}.
 * @returns the CSV text (RFC 4180).
 * @category Reports
 * @example
 * ```ts
 * import { evaluate, getScenario } from 'budget-whatif/scenarios';
 * import { resultToCsv } from 'budget-whatif/reports';
 * resultToCsv(evaluate(getScenario('lithuania-baseline'))).split('\r\n')[0]?.startsWith('year,gdp,defence,defence.share'); // => true
 * ```
 */
export function resultToCsv(result: ScenarioResult): string {
  const columns: { name: string; values: YearSeries<{ toFixed(): string } | Money> }[] = [
    { name: 'gdp', values: result.gdp },
    { name: 'defence', values: result.defence.byYear },
    { name: 'defence.share', values: result.defence.shareOfGdp },
  ];
  if (result.related !== undefined)
    columns.push(
      { name: 'related', values: result.related.byYear },
      { name: 'related.share', values: result.related.shareOfGdp },
    );
  for (const plan of result.plans) {
    const byYear: Record<number, Money> = {};
    for (const row of plan.schedule.rows) byYear[row.year] = row.total;
    columns.push({ name: `plans.${plan.id}`, values: byYear });
    const constant = plan.constantPrices;
    if (constant !== undefined) {
      // The plan as written, in constant prices of its year; the column above is in current prices.
      const written: Record<number, Money> = {};
      for (const row of constant.schedule.rows) written[row.year] = row.total;
      columns.push({ name: `plans.${plan.id}.prices${String(constant.year)}`, values: written });
    }
  }
  for (const [code, view] of Object.entries(result.views)) {
    const suffix = code.toLowerCase();
    columns.push(
      { name: `gdp.${suffix}`, values: view.gdp },
      { name: `defence.${suffix}`, values: view.defence.byYear },
    );
    if (view.related !== undefined) columns.push({ name: `related.${suffix}`, values: view.related.byYear });
    for (const [id, plan] of Object.entries(view.plans))
      columns.push({ name: `plans.${id}.${suffix}`, values: plan.byYear });
  }
  const years = [...new Set(columns.flatMap((c) => Object.keys(c.values).map(Number)))].sort((a, b) => a - b);
  const text = (value: { toFixed(): string } | Money | undefined): string =>
    value === undefined ? '' : 'amount' in value ? value.amount.toFixed() : value.toFixed();
  return toCsv([
    ...result.changes.map((change) => [
      '# change',
      change.path,
      changeValue(change.before, ''),
      changeValue(change.after, ''),
      change.from,
    ]),
    ...result.plausibility.map((warning) => ['# implausible', warning.path, warning.value, warning.range]),
    ['year', ...columns.map((c) => c.name)],
    ...years.map((year) => [String(year), ...columns.map((c) => text(c.values[year]))]),
  ]);
}

/**
 * CSV of {@link budget-whatif/scenarios!compareMany}: one line per series and year, a column per scenario, then a
 * column per difference from the first; exact values, shares as fractions. Each scenario's changes come
 * first, as `# change` lines naming the scenario.
 *
 * @param many - the result of {@link budget-whatif/scenarios!compareMany}.
 * @returns the CSV text (RFC 4180, CRLF line ends).
 * @category Reports
 * @example
 * ```ts
 * import { compareMany, getScenario } from 'budget-whatif/scenarios';
 * import { comparisonToCsv } from 'budget-whatif/reports';
 * const many = compareMany([getScenario('lithuania-5pct'), getScenario('lithuania-6pct')], { series: ['share'], labels: ['5%', '6%'] });
 * comparisonToCsv(many).split('\r\n').slice(0, 2); // => ['series,unit,year,5%,6%,6% − 5%', 'defence.share,share,2025,0.02908240679111889371827458407970422122061,0.02908240679111889371827458407970422122061,0']
 * ```
 */
export function comparisonToCsv(many: ManyComparison): string {
  const labels = many.scenarios.map((scenario) => scenario.label);
  const text = (value: { toFixed(): string } | undefined): string => value?.toFixed() ?? '';
  return toCsv([
    ...many.scenarios.flatMap((scenario) =>
      scenario.changes.map((change) => [
        '# change',
        scenario.label,
        change.path,
        changeValue(change.before, ''),
        changeValue(change.after, ''),
        change.from,
      ]),
    ),
    ['series', 'unit', 'year', ...labels, ...labels.slice(1).map((label) => `${label} − ${labels[0] ?? ''}`)],
    ...many.series.flatMap((series) =>
      series.rows.map((row) => [
        series.series,
        series.unit,
        String(row.year),
        ...row.values.map(text),
        ...row.differences.slice(1).map(text),
      ]),
    ),
  ]);
}
