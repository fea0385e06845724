import { ONE, ZERO, type Decimal } from '../decimal/core';
import { quotient } from '../decimal/scaledInteger';
import { fail, show } from '../errors/fail';
import type { Money } from '../money/core';
import type { YearSeries } from '../series/types';
import { closest } from './issues';
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
  /** The spending of a category without per-capita figures (cheaper, for amount metrics). */
  defenceAmounts(): Omit<SpendingResult, 'perCapita'>;
  relatedAmounts(): Omit<SpendingResult, 'perCapita'> | undefined;
  plans(): readonly PlanResult[];
  view(currency: string): CurrencyView | undefined;
  target(id: string): TargetResult | undefined;
}

/** A result as {@link Sections}. @internal */
export function sectionsOf(result: ScenarioResult): Sections {
  return {
    currency: result.currency,
    years: result.years,
    gdp: result.gdp,
    defence: () => result.defence,
    related: () => result.related,
    defenceAmounts: () => result.defence,
    relatedAmounts: () => result.related,
    plans: () => result.plans,
    view: (currency) => result.views[currency],
    target: (id) => result.targets.find((target) => target.id === id),
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
  if (typeof name !== 'string')
    return fail('invalid_metric', 'a metric name is a string such as "defence.total"', ['metric'], name);
  const bad = (why: string): never => fail('invalid_metric', `${show(name)}: ${why}`, ['metric'], name);
  const parts = name.split('.');
  const [section, ...rest] = parts;
  switch (section) {
    case 'gdp':
      return amountOf(sections, sections.gdp, rest, 'total', bad, (currency) => sections.view(currency)?.gdp);
    case 'defence':
    case 'related': {
      const spending = section === 'defence' ? sections.defenceAmounts() : sections.relatedAmounts();
      if (spending === undefined) return bad('the scenario has no defence-related spending');
      if (rest[0] === 'share') return yearly(spending.shareOfGdp, rest.slice(1), 'share', bad);
      if (rest[0] === 'perCapita') {
        const full = section === 'defence' ? sections.defence() : sections.related();
        return yearly(full?.perCapita ?? {}, rest.slice(1), sections.currency, bad);
      }
      return amountOf(
        sections,
        spending.amounts,
        rest,
        'total',
        bad,
        (currency) => {
          const view = sections.view(currency);
          return section === 'defence' ? view?.defence.amounts : view?.related?.amounts;
        },
        spending.total,
      );
    }
    case 'plans': {
      const plans = sections.plans();
      const [id, ...fields] = rest;
      const plan = plans.find((candidate) => candidate.id === id);
      if (plan === undefined)
        return bad(
          `no plan ${show(id)}${suggest(
            id,
            plans.map((p) => p.id),
          )}`,
        );
      const byYear: Record<number, Money> = {};
      for (const row of plan.schedule.rows) byYear[row.year] = row.total;
      if (fields[0] === 'items') {
        const [itemId, ...span] = fields.slice(1);
        if (!plan.schedule.items.some((item) => item.id === itemId)) {
          return bad(
            `plan ${plan.id} has no item ${show(itemId)}${suggest(
              itemId,
              plan.schedule.items.map((item) => item.id),
            )}`,
          );
        }
        const items: Record<number, Money> = {};
        for (const row of plan.schedule.rows) items[row.year] = row.items[itemId as string] as Money;
        const total = plan.schedule.items.find((item) => item.id === itemId)?.amount;
        return amountOf(sections, items, span, 'total', bad, () => undefined, total, undefined, true);
      }
      if (fields[0] === 'shareOfDefence' || fields[0] === 'shareOfGdp') {
        const over = fields[0] === 'shareOfGdp' ? sections.gdp : sections.defenceAmounts().amounts;
        const year = yearOf(fields[1], bad);
        const spent = byYear[year];
        const whole = over[year];
        if (spent === undefined || whole === undefined)
          return bad(
            `no ${fields[0] === 'shareOfGdp' ? 'GDP' : 'defence spending'} or plan spending in ${String(year)}`,
          );
        if (fields.length > 2) return bad('unexpected text after the year');
        return { value: whole.amount.isZero() ? ZERO : quotient(spent.amount, whole.amount), unit: 'share' };
      }
      // A plan spends nothing in the years outside its own: those count as zero.
      return amountOf(
        sections,
        byYear,
        fields,
        'total',
        bad,
        (currency) => sections.view(currency)?.plans[plan.id]?.byYear,
        plan.total,
        (currency) => sections.view(currency)?.plans[plan.id]?.total,
        true,
      );
    }
    case 'targets': {
      // Target ids may contain dots ("nato-hague-core-3.5pct"): the field and year are read from the end.
      const match = /^targets\.(.+)\.(gap|gapPoints|met|atLeast|atMost)\.(\d{4})$/.exec(name);
      if (match === null) return bad('expected targets.<id>.<gap|gapPoints|met|atLeast|atMost>.<year>');
      const [, id = '', field, yearText] = match;
      const target = sections.target(id);
      if (target === undefined) return bad(`the scenario has no target ${show(id)}`);
      const year = Number(yearText);
      const row = target.rows.find((candidate) => candidate.year === year);
      if (row === undefined) return bad(`target ${id} does not apply in ${String(year)}`);
      switch (field) {
        case 'gap':
          return { value: row.gap.amount, unit: row.gap.currency };
        case 'gapPoints':
          return { value: row.gapPoints, unit: 'points' };
        case 'met':
          return { value: row.met ? ONE : ZERO, unit: 'flag' };
        case 'atLeast':
          return row.atLeast === undefined
            ? bad(`target ${id} has no floor`)
            : { value: row.atLeast.amount, unit: row.atLeast.currency };
        default:
          return row.atMost === undefined
            ? bad(`target ${id} has no ceiling`)
            : { value: row.atMost.amount, unit: row.atMost.currency };
      }
    }
    default:
      return bad(
        `a metric starts with gdp, defence, related, plans or targets${suggest(section, ['gdp', 'defence', 'related', 'plans', 'targets'])}`,
      );
  }
}

/** `<year>`, `<from>-<to>` or `total`, then an optional currency suffix, of an amount by year. */
function amountOf(
  sections: Sections,
  series: YearSeries<Money>,
  rest: readonly string[],
  totalWord: string,
  bad: (why: string) => never,
  inCurrency: (currency: string) => YearSeries<Money> | undefined,
  total?: Money,
  totalInCurrency?: (currency: string) => Money | undefined,
  missingIsZero = false,
): MetricValue {
  const [span, suffix, ...extra] = rest;
  if (extra.length > 0 || span === undefined)
    return bad('expected a year, a range of years ("2026-2030") or total, and an optional currency');
  let values = series;
  let unit = sections.currency;
  if (suffix !== undefined && suffix.toUpperCase() !== sections.currency) {
    const converted = inCurrency(suffix.toUpperCase());
    if (converted === undefined) return bad(`no ${suffix.toUpperCase()} view; the scenario's fx gives none`);
    values = converted;
    unit = suffix.toUpperCase();
  }
  if (span === totalWord) {
    if (unit === sections.currency && total !== undefined) return { value: total.amount, unit };
    const converted = unit === sections.currency ? undefined : totalInCurrency?.(unit);
    if (converted !== undefined) return { value: converted.amount, unit };
    return { value: sumYears(values, sections.years.from, sections.years.to), unit };
  }
  const range = /^(\d{4})-(\d{4})$/.exec(span);
  if (range !== null) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to < from) return bad(`the years run backwards: ${span}`);
    if (!missingIsZero) {
      for (let year = from; year <= to; year++)
        if (values[year] === undefined) return bad(`no value for ${String(year)}`);
    }
    return { value: sumYears(values, from, to), unit };
  }
  if (/^\d{4}$/.test(span)) {
    const value = values[Number(span)];
    if (value === undefined) return missingIsZero ? { value: ZERO, unit } : bad(`no value for ${span}`);
    return { value: value.amount, unit };
  }
  return bad(
    `expected a year, a range ("2026-2030") or ${totalWord}${suggest(span, [totalWord, 'share', 'perCapita', 'items', 'shareOfDefence', 'shareOfGdp'])}`,
  );
}

function yearly<TValue extends Decimal | Money>(
  series: YearSeries<TValue>,
  rest: readonly string[],
  unit: string,
  bad: (why: string) => never,
): MetricValue {
  if (rest.length !== 1) return bad('expected one year after it');
  const year = yearOf(rest[0], bad);
  const value = series[year];
  if (value === undefined) return bad(`no value for ${String(year)}`);
  return { value: isMoney(value) ? value.amount : value, unit };
}

function yearOf(text: string | undefined, bad: (why: string) => never): number {
  if (text === undefined || !/^\d{4}$/.test(text)) return bad(`expected a year, received ${show(text)}`);
  return Number(text);
}

function sumYears(series: YearSeries<Money>, from: number, to: number): Decimal {
  let total = ZERO;
  for (let year = from; year <= to; year++) {
    const value = series[year];
    if (value !== undefined) total = total.plus(value.amount);
  }
  return total;
}

function isMoney(value: Decimal | Money): value is Money {
  return typeof (value as Partial<Money>).currency === 'string';
}

function suggest(word: string | undefined, known: readonly string[]): string {
  const nearest = word === undefined ? undefined : closest(word, known);
  return nearest === undefined ? '' : `; did you mean ${show(nearest)}?`;
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
    const own = Object.keys(spending.amounts);
    amounts(section, [...own, 'total']);
    for (const year of own) names.push(`${section}.share.${year}`);
    for (const year of Object.keys(spending.perCapita)) names.push(`${section}.perCapita.${year}`);
  }
  for (const plan of result.plans) {
    const planYears = plan.schedule.rows.map((row) => String(row.year));
    amounts(`plans.${plan.id}`, [...planYears, 'total']);
    for (const item of plan.schedule.items)
      for (const span of [...planYears, 'total']) names.push(`plans.${plan.id}.items.${item.id}.${span}`);
    for (const row of plan.schedule.rows) {
      if (result.defence.amounts[row.year] !== undefined)
        names.push(`plans.${plan.id}.shareOfDefence.${String(row.year)}`);
      if (result.gdp[row.year] !== undefined) names.push(`plans.${plan.id}.shareOfGdp.${String(row.year)}`);
    }
  }
  for (const target of result.targets) {
    for (const row of target.rows) {
      for (const field of ['gap', 'gapPoints', 'met']) names.push(`targets.${target.id}.${field}.${String(row.year)}`);
      if (row.atLeast !== undefined) names.push(`targets.${target.id}.atLeast.${String(row.year)}`);
      if (row.atMost !== undefined) names.push(`targets.${target.id}.atMost.${String(row.year)}`);
    }
  }
  return names;
}
