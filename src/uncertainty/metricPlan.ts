// What a simulation reports: each metric's columns (one for a single metric; one per year and the total
// for a series), each name checked by reading it from the exact evaluation first, with evaluate()'s own
// errors, before the kernel reads it.
import { type Path } from '../errors/fail';
import { underPath } from '../errors/underPath';
import { seriesYears } from '../series/years';
import type { Evaluation } from '../scenarios/evaluation';
import { parseMetricName, type MetricContext, type MetricRef } from '../scenarios/metricName';
import { readMetric } from '../scenarios/metrics';
import type { Kernel } from './kernel';

/** One column of numbers a simulation keeps: a metric in a year (or a total), read from each block. @internal */
export interface Column {
  readonly name: string;
  readonly unit: string;
  readonly read: (out: Float64Array, count: number) => void;
}

/** A metric as asked for, and its columns. @internal */
export interface PlannedMetric {
  readonly name: string;
  readonly unit: string;
  readonly years: readonly number[] | undefined;
  readonly columns: readonly Column[];
}

/**
 * A metric's columns: one for a single metric, one per year and the total for a series. Every column's
 * name is read from the exact evaluation first, which checks it with evaluate()'s own errors. @internal
 */
export function planMetric(name: string, evaluation: Evaluation, kernel: Kernel, at: Path): PlannedMetric {
  const context = evaluation.context();
  const column = (metric: string): Column => {
    const ref: MetricRef = parseMetricName(metric, context);
    const unit = underPath(at, () => readMetric(evaluation, metric)).unit;
    return { name: metric, unit, read: kernel.reader(ref) };
  };
  const series = seriesOf(name, context.views);
  if (series === undefined || !isSeries(series.base, context)) {
    const single = underPath(at, () => column(name));
    return { name, unit: single.unit, years: undefined, columns: [single] };
  }
  const years = yearsOfSeries(series.base, evaluation);
  const suffix = series.view === undefined ? '' : `.${series.view.toLowerCase()}`;
  const columns = [
    ...years.map((year) => `${series.base}.${String(year)}${suffix}`),
    `${series.base}.total${suffix}`,
  ].map((metric) => underPath(at, () => column(metric)));
  return { name, unit: columns[0]?.unit ?? context.currency, years, columns };
}

/** `defence.usd` → `{ base: 'defence', view: 'USD' }`; `plans.x` → `{ base: 'plans.x' }`. */
function seriesOf(name: string, views: readonly string[]): { base: string; view?: string } | undefined {
  if (typeof name !== 'string') return undefined;
  const parts = name.split('.');
  const last = parts.at(-1)?.toUpperCase() ?? '';
  if (parts.length > 1 && views.includes(last)) return { base: parts.slice(0, -1).join('.'), view: last };
  return { base: name };
}

function isSeries(base: string, context: MetricContext): boolean {
  if (base === 'gdp' || base === 'defence') return true;
  if (base === 'related') return context.hasRelated;
  return context.plans.some(
    (plan) => base === `plans.${plan.id}` || plan.items.some((item) => base === `plans.${plan.id}.items.${item}`),
  );
}

/** The years a series metric has: the scenario's for GDP and spending, the plan's for plans and items. */
function yearsOfSeries(base: string, evaluation: Evaluation): number[] {
  if (base === 'gdp') return seriesYears(evaluation.gdp);
  if (base === 'defence') return seriesYears(evaluation.defenceAmounts().byYear);
  if (base === 'related') return seriesYears(evaluation.relatedAmounts()?.byYear ?? {});
  const plan = evaluation
    .plans()
    .find((candidate) => base === `plans.${candidate.id}` || base.startsWith(`plans.${candidate.id}.items.`));
  return plan?.schedule.rows.map((row) => row.year) ?? [];
}

/** The metrics reported when none are asked for: GDP, defence (and related) and every plan, in each currency. @internal */
export function defaultMetrics(context: MetricContext): string[] {
  const bases = [
    'gdp',
    'defence',
    ...(context.hasRelated ? ['related'] : []),
    ...context.plans.map((plan) => `plans.${plan.id}`),
  ];
  return [
    ...bases,
    ...context.views.flatMap((view) =>
      bases.filter((base) => base !== 'gdp').map((base) => `${base}.${view.toLowerCase()}`),
    ),
  ];
}
