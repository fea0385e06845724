import { ONE, ZERO, type Decimal } from '../decimal/core';
import { quotient } from '../decimal/scaledInteger';
import { isMoney, type Money } from '../money/core';
import type { YearRange, YearSeries } from '../series/types';
import { runsOf } from '../series/years';
import { metricFailure, parseMetricName, type MetricContext, type MetricFailure, type MetricRef } from './metricName';
import type { CurrencyView, PlanResult, ScenarioResult, SpendingResult, TargetResult } from './result';

/**
 * One number picked out of a result, with its unit: a currency code for amounts, `share` for a share
 * of GDP (a fraction), `points` for percentage points, `flag` for yes (1) or no (0).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, metric, type MetricValue } from 'budget-whatif/scenarios';
 * const value: MetricValue = metric(evaluate(getScenario('lithuania-baseline')), 'defence.2026');
 * [value.value.toString(), value.unit]; // => ['4790000000', 'EUR']
 * ```
 */
export interface MetricValue {
  /** The number, exact. */
  readonly value: Decimal;
  /** What it counts: a currency code, `share`, `points` or `flag`. */
  readonly unit: string;
}

/** What metrics read: the sections of a result, computed or not yet. @internal */
export interface Sections {
  readonly currency: string;
  readonly years: { readonly from: number; readonly to: number };
  readonly gdp: YearSeries<Money>;
  defence(): SpendingResult;
  related(): SpendingResult | undefined;
  /** A category's spending in some years alone (a metric of a year or a range reads no other). */
  spendingIn(category: 'defence' | 'related', years: YearRange): YearSeries<Money> | undefined;
  /** The spending of a category without per-capita figures (cheaper, for amount metrics). */
  defenceAmounts(): Omit<SpendingResult, 'perCapita'>;
  relatedAmounts(): Omit<SpendingResult, 'perCapita'> | undefined;
  plans(): readonly PlanResult[];
  view(currency: string): CurrencyView | undefined;
  /**
   * One series of a view, without the rest of it (an amount metric in a view reads one); with `years`,
   * only those years need be there (and no total).
   */
  viewSeries(
    currency: string,
    series: ViewSeries,
    years?: YearRange,
  ): { readonly byYear: YearSeries<Money>; readonly total?: Money } | undefined;
  target(id: string): TargetResult | undefined;
  /** What metric names can refer to. */
  context(): MetricContext;
}

/** A series of a view: GDP, a category's spending, or a plan. @internal */
export type ViewSeries =
  { readonly kind: 'gdp' | 'defence' | 'related' } | { readonly kind: 'plan'; readonly plan: string };

/** A result as {@link Sections}. @internal */
export function sectionsOf(result: ScenarioResult): Sections {
  return {
    currency: result.currency,
    years: result.years,
    gdp: result.gdp,
    defence: () => result.defence,
    related: () => result.related,
    defenceAmounts: () => result.defence,
    spendingIn: (category) => (category === 'defence' ? result.defence : result.related)?.byYear,
    relatedAmounts: () => result.related,
    plans: () => result.plans,
    view: (currency) => result.views[currency],
    viewSeries: (currency, series) => {
      const view = result.views[currency];
      if (view === undefined) return undefined;
      if (series.kind === 'plan') return view.plans[series.plan];
      return series.kind === 'gdp' ? { byYear: view.gdp } : view[series.kind];
    },
    target: (id) => result.targets.find((target) => target.id === id),
    context: () => ({
      currency: result.currency,
      views: Object.keys(result.views),
      hasRelated: result.related !== undefined,
      plans: result.plans.map((plan) => ({ id: plan.id, items: plan.schedule.items.map((item) => item.id) })),
      targets: result.targets.map((target) => target.id),
    }),
  };
}

/**
 * Pick one number out of a scenario's result by name. Names:
 *
 * | metric | what |
 * | --- | --- |
 * | `gdp.2030`, `gdp.2026-2030`, `gdp.total` | GDP in a year, summed over years, over the scenario |
 * | `defence.2030`, `defence.2026-2030`, `defence.total` | defence spending (likewise `related.…`) |
 * | `defence.share.2030`, `defence.perCapita.2030` | its share of GDP; per inhabitant |
 * | `plans.<id>.2030`, `plans.<id>.2026-2030`, `plans.<id>.total` | a plan's spending |
 * | `plans.<id>.items.<item>.2030` (… `.total`) | one item of a plan |
 * | `plans.<id>.shareOfDefence.2030`, `plans.<id>.shareOfGdp.2030` | a plan's year against defence spending, GDP |
 * | `targets.<id>.gap.2030`, `.gapPoints.2030`, `.met.2030`, `.atLeast.2030`, `.atMost.2030` | the gap to a target |
 * | `targets.<id>.spent.2030`, `.counted.2030`, `.beyondCap.2030` | what is spent in its categories, what counts, what lies beyond a counting limit |
 *
 * An amount metric takes a currency suffix for the scenario's views: `defence.total.usd`,
 * `plans.border-countermobility.total.usd`.
 *
 * @param result - the result of {@link evaluate}.
 * @param name - the metric.
 * @returns its value and unit.
 * @throws {@link budget-whatif!BudgetWhatIfError} `invalid_metric` for a name that names nothing (with the nearest
 *   valid word), or a year the result does not have.
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, metric } from 'budget-whatif/scenarios';
 * const result = evaluate(getScenario('lithuania-baseline'));
 * metric(result, 'plans.border-countermobility.total').value.toString(); // => '1100000000'
 * metric(result, 'targets.nato-hague-core-3.5pct.met.2030').value.toString(); // => '1'
 * metric(result, 'defence.totl'); // throws: invalid_metric, did you mean "total"?
 * ```
 */
export function metric(result: ScenarioResult, name: string): MetricValue {
  return readMetric(sectionsOf(result), name);
}

/** {@link metric} on sections, lazily computed or not. @internal */
export function readMetric(sections: Sections, name: string): MetricValue {
  const ref = parseMetricName(name, sections.context());
  const bad = metricFailure(name);
  switch (ref.kind) {
    case 'amount':
      return readAmount(sections, ref, bad);
    case 'share':
    case 'perCapita': {
      const series =
        ref.kind === 'share'
          ? // Stryker disable next-line OptionalChaining: a name of related spending is refused (metricName.ts) when the scenario has none
            (ref.of === 'defence' ? sections.defenceAmounts() : sections.relatedAmounts())?.shareOfGdp
          : // Stryker disable next-line OptionalChaining: as above
            (ref.of === 'defence' ? sections.defence() : sections.related())?.perCapita;
      // Stryker disable next-line OptionalChaining: as above
      const value = series?.[ref.year];
      if (value === undefined) return bad(`no value for ${String(ref.year)}`);
      return { value: isMoney(value) ? value.amount : value, unit: ref.kind === 'share' ? 'share' : sections.currency };
    }
    case 'planShare': {
      const spent = planByYear(sections, ref.plan)[ref.year];
      const whole = (ref.over === 'gdp' ? sections.gdp : sections.defenceAmounts().byYear)[ref.year];
      if (spent === undefined || whole === undefined)
        return bad(`no ${ref.over === 'gdp' ? 'GDP' : 'defence spending'} or plan spending in ${String(ref.year)}`);
      return { value: whole.amount.isZero() ? ZERO : quotient(spent.amount, whole.amount), unit: 'share' };
    }
    case 'target': {
      const target = sections.target(ref.id);
      // Stryker disable next-line OptionalChaining: a name of a target the scenario lacks is refused (metricName.ts)
      const row = target?.rows.find((candidate) => candidate.year === ref.year);
      if (row === undefined)
        return bad(
          // Stryker disable next-line OptionalChaining: as above
          target?.undetermined.includes(ref.year) === true
            ? `target ${ref.id} cannot be judged in ${String(ref.year)}: the scenario gives no ${target.category} spending there (undetermined)`
            : `target ${ref.id} does not apply in ${String(ref.year)}`,
        );
      switch (ref.field) {
        case 'spent':
          return { value: row.spent.amount, unit: row.spent.currency };
        case 'counted':
          return { value: row.actual.amount, unit: row.actual.currency };
        case 'beyondCap':
          return { value: row.beyondCap.amount, unit: row.beyondCap.currency };
        case 'gap':
          return { value: row.gap.amount, unit: row.gap.currency };
        case 'gapPoints':
          return { value: row.gapPoints, unit: 'points' };
        case 'met':
          return { value: row.met ? ONE : ZERO, unit: 'flag' };
        case 'atLeast':
          return row.atLeast === undefined
            ? bad(`target ${ref.id} has no floor`)
            : { value: row.atLeast.amount, unit: row.atLeast.currency };
        case 'atMost':
          return row.atMost === undefined
            ? bad(`target ${ref.id} has no ceiling`)
            : { value: row.atMost.amount, unit: row.atMost.currency };
      }
    }
  }
}

/** A plan's yearly totals from its schedule. */
function planByYear(sections: Sections, id: string): Record<number, Money> {
  const byYear: Record<number, Money> = {};
  const plan = sections.plans().find((candidate) => candidate.id === id);
  // Stryker disable next-line OptionalChaining: a name of a plan the scenario lacks is refused (metricName.ts)
  for (const row of plan?.schedule.rows ?? []) byYear[row.year] = row.total;
  return byYear;
}

/** An amount metric: a year, a range of years or the total of a series, in the scenario's currency or a view's. */
function readAmount(sections: Sections, ref: Extract<MetricRef, { kind: 'amount' }>, bad: MetricFailure): MetricValue {
  const unit = ref.view ?? sections.currency;
  const { series } = ref;
  // The years a view's series must have: a year's or a range's alone (the others need no conversion).
  const years =
    ref.span.kind === 'total'
      ? undefined
      : ref.span.kind === 'year'
        ? { from: ref.span.year, to: ref.span.year }
        : ref.span;
  let values: YearSeries<Money> | undefined;
  let total: Money | undefined;
  // A plan spends nothing in the years outside its own: those count as zero.
  let missingIsZero = false;
  switch (series.kind) {
    case 'gdp':
      // Stryker disable next-line OptionalChaining: a name of a view the scenario lacks is refused (metricName.ts)
      values = ref.view === undefined ? sections.gdp : sections.viewSeries(ref.view, series)?.byYear;
      break;
    case 'defence':
    case 'related': {
      if (years !== undefined) {
        // A year or a range: those years alone, in the scenario's currency or a view's.
        values =
          ref.view === undefined
            ? sections.spendingIn(series.kind, years)
            : sections.viewSeries(ref.view, series, years)?.byYear;
        break;
      }
      const spending = series.kind === 'defence' ? sections.defenceAmounts() : sections.relatedAmounts();
      // Stryker disable next-line OptionalChaining: a name of related spending is refused when the scenario has none
      const missing = spending?.missingYears ?? [];
      if (ref.span.kind === 'total' && missing.length > 0)
        return bad(partialTotal(series.kind, missing, sections.years));
      if (ref.view === undefined) {
        // Stryker disable next-line OptionalChaining: as above
        values = spending?.byYear;
        // Stryker disable next-line OptionalChaining: as above
        total = spending?.total;
      } else {
        values = sections.viewSeries(ref.view, series, years)?.byYear;
      }
      break;
    }
    case 'plan': {
      missingIsZero = true;
      if (ref.view === undefined) {
        values = planByYear(sections, series.plan);
        total = sections.plans().find((plan) => plan.id === series.plan)?.total;
      } else {
        // Stryker disable next-line OptionalChaining: views and plans named are checked by metricName.ts
        const view = sections.viewSeries(ref.view, series);
        // Stryker disable next-line OptionalChaining: as above
        values = view?.byYear;
        // Stryker disable next-line OptionalChaining: as above
        total = view?.total;
      }
      break;
    }
    case 'item': {
      missingIsZero = true;
      const plan = sections.plans().find((candidate) => candidate.id === series.plan);
      const items: Record<number, Money> = {};
      // Stryker disable next-line OptionalChaining: plans named are checked by metricName.ts
      for (const row of plan?.schedule.rows ?? []) {
        const cell = row.items[series.item];
        // Stryker disable next-line ConditionalExpression: a year without the item reads as zero either way (missingIsZero)
        if (cell !== undefined) items[row.year] = cell;
      }
      values = items;
      // Stryker disable next-line OptionalChaining: plans and items named are checked by metricName.ts
      total = plan?.schedule.items.find((item) => item.id === series.item)?.amount;
      break;
    }
  }
  // Stryker disable next-line ConditionalExpression: views named are checked by metricName.ts first
  if (values === undefined) return bad(`no ${unit} view; the scenario's fx gives none`);
  const { span } = ref;
  switch (span.kind) {
    case 'total':
      return {
        value: total === undefined ? sumYears(values, sections.years.from, sections.years.to) : total.amount,
        unit,
      };
    case 'range':
      if (!missingIsZero) {
        for (let year = span.from; year <= span.to; year++)
          if (values[year] === undefined) return bad(`no value for ${String(year)}`);
      }
      return { value: sumYears(values, span.from, span.to), unit };
    case 'year': {
      const value = values[span.year];
      if (value === undefined) return missingIsZero ? { value: ZERO, unit } : bad(`no value for ${String(span.year)}`);
      return { value: value.amount, unit };
    }
  }
}

/** Why a total over years without a figure is refused, and what to ask instead. */
function partialTotal(section: 'defence' | 'related', missing: readonly number[], years: YearRange): string {
  const covered = [];
  for (let year = years.from; year <= years.to; year++) if (!missing.includes(year)) covered.push(year);
  const spans = runsOf(covered).map(({ from, to }) => (from === to ? String(from) : `${String(from)}-${String(to)}`));
  const spending = section === 'defence' ? 'defence spending' : 'defence-related spending';
  return `${spending} has no figure for ${missing.join(', ')}: a total over ${String(years.from)}–${String(years.to)} would leave ${missing.length === 1 ? 'it' : 'them'} out (partial); ask for the years it covers${spans.length === 0 ? '' : `, ${spans.map((span) => `${section}.${span}`).join(' + ')}`}`;
}

function sumYears(series: YearSeries<Money>, from: number, to: number): Decimal {
  let total = ZERO;
  for (let year = from; year <= to; year++) {
    const value = series[year];
    if (value !== undefined) total = total.plus(value.amount);
  }
  return total;
}

/**
 * Every metric name a result has, in a stable order: the rows {@link compare} compares.
 *
 * @param result - the result of {@link evaluate}.
 * @returns the names.
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, listMetrics } from 'budget-whatif/scenarios';
 * listMetrics(evaluate(getScenario('lithuania-baseline'))).includes('defence.total.usd'); // => true
 * ```
 */
export function listMetrics(result: ScenarioResult): string[] {
  const names: string[] = [];
  const years = Object.keys(result.gdp);
  const views = Object.keys(result.views).map((code) => code.toLowerCase());
  const amounts = (prefix: string, spans: readonly string[]): void => {
    for (const span of spans) {
      names.push(`${prefix}.${span}`);
      for (const view of views) names.push(`${prefix}.${span}.${view}`);
    }
  };
  amounts('gdp', [...years, 'total']);
  for (const [section, spending] of [
    ['defence', result.defence],
    ['related', result.related],
  ] as const) {
    if (spending === undefined) continue;
    const own = Object.keys(spending.byYear);
    amounts(section, spending.missingYears.length === 0 ? [...own, 'total'] : own);
    for (const year of own) names.push(`${section}.share.${year}`);
    for (const year of Object.keys(spending.perCapita)) names.push(`${section}.perCapita.${year}`);
  }
  for (const plan of result.plans) {
    const planYears = plan.schedule.rows.map((row) => String(row.year));
    amounts(`plans.${plan.id}`, [...planYears, 'total']);
    for (const item of plan.schedule.items)
      for (const span of [...planYears, 'total']) names.push(`plans.${plan.id}.items.${item.id}.${span}`);
    for (const row of plan.schedule.rows) {
      if (result.defence.byYear[row.year] !== undefined)
        names.push(`plans.${plan.id}.shareOfDefence.${String(row.year)}`);
      if (result.gdp[row.year] !== undefined) names.push(`plans.${plan.id}.shareOfGdp.${String(row.year)}`);
    }
  }
  for (const target of result.targets) {
    for (const row of target.rows) {
      for (const field of ['gap', 'gapPoints', 'met', 'spent', 'counted', 'beyondCap'])
        names.push(`targets.${target.id}.${field}.${String(row.year)}`);
      if (row.atLeast !== undefined) names.push(`targets.${target.id}.atLeast.${String(row.year)}`);
      if (row.atMost !== undefined) names.push(`targets.${target.id}.atMost.${String(row.year)}`);
    }
  }
  return names;
}
