// The grammar of metric names, apart from reading them: `metric` reads a name from an exact result, and
// the Monte Carlo kernel (uncertainty/) from its float arrays. One parser keeps the two from drifting.
import { fail, show } from '../errors/fail';
import { closest } from './issues';

/** What a metric name can refer to, without computing anything. @internal */
export interface MetricContext {
  /** The scenario's currency. */
  readonly currency: string;
  /** The currencies of its views. */
  readonly views: readonly string[];
  /** Whether it has defence-related spending. */
  readonly hasRelated: boolean;
  /** Its plans, with their item ids. */
  readonly plans: readonly { readonly id: string; readonly items: readonly string[] }[];
  /** Its target ids. */
  readonly targets: readonly string[];
}

/** Years an amount metric sums: one, a range, or every year of the scenario (or of the plan). @internal */
export type MetricSpan =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'range'; readonly from: number; readonly to: number }
  | { readonly kind: 'total' };

/** Which amounts by year a metric reads. @internal */
export type AmountSeries =
  | { readonly kind: 'gdp' | 'defence' | 'related' }
  | { readonly kind: 'plan'; readonly plan: string }
  | { readonly kind: 'item'; readonly plan: string; readonly item: string };

/** A parsed metric name. @internal */
export type MetricRef =
  | {
      readonly kind: 'amount';
      readonly series: AmountSeries;
      readonly span: MetricSpan;
      /** A view's currency; `undefined` for the scenario's own. */
      readonly view: string | undefined;
    }
  | { readonly kind: 'share' | 'perCapita'; readonly of: 'defence' | 'related'; readonly year: number }
  | { readonly kind: 'planShare'; readonly plan: string; readonly over: 'defence' | 'gdp'; readonly year: number }
  | {
      readonly kind: 'target';
      readonly id: string;
      readonly field: TargetField;
      readonly year: number;
    };

/** What a target metric reads of a year's row. @internal */
export type TargetField = 'gap' | 'gapPoints' | 'met' | 'atLeast' | 'atMost' | 'spent' | 'counted' | 'beyondCap';

/** A function that throws `invalid_metric` for a name, with a reason. @internal */
export type MetricFailure = (why: string) => never;

/** The `invalid_metric` failure for a name. @internal */
export function metricFailure(name: string): MetricFailure {
  return (why) => fail('invalid_metric', `${show(name)}: ${why}`, ['metric'], name);
}

/** Parse a metric name against what a scenario has; throws `invalid_metric` naming what is wrong. @internal */
export function parseMetricName(name: string, context: MetricContext): MetricRef {
  if (typeof name !== 'string')
    return fail('invalid_metric', 'a metric name is a string such as "defence.total"', ['metric'], name);
  const bad = metricFailure(name);
  const [section, ...rest] = name.split('.');
  switch (section) {
    case 'gdp':
      return amount({ kind: 'gdp' }, rest, context, bad, true);
    case 'defence':
    case 'related': {
      if (section === 'related' && !context.hasRelated) return bad('the scenario has no defence-related spending');
      if (rest[0] === 'share' || rest[0] === 'perCapita') {
        if (rest.length !== 2) return bad('expected one year after it');
        return { kind: rest[0], of: section, year: yearOf(rest[1], bad) };
      }
      return amount({ kind: section }, rest, context, bad, true);
    }
    case 'plans': {
      const [id, ...fields] = rest;
      if (id === undefined)
        return bad(
          `expected a plan after "plans": ${context.plans.map((p) => p.id).join(', ') || 'the scenario has none'}`,
        );
      const plan = context.plans.find((candidate) => candidate.id === id);
      if (plan === undefined)
        return bad(
          `no plan ${show(id)}${suggest(
            id,
            context.plans.map((p) => p.id),
          )}`,
        );
      if (fields[0] === 'items') {
        const [item, ...span] = fields.slice(1);
        if (item === undefined) return bad(`expected an item after "items": ${plan.items.join(', ')}`);
        if (!plan.items.includes(item))
          return bad(`plan ${plan.id} has no item ${show(item)}${suggest(item, plan.items)}`);
        return amount({ kind: 'item', plan: plan.id, item }, span, context, bad, false);
      }
      if (fields[0] === 'shareOfDefence' || fields[0] === 'shareOfGdp') {
        const year = yearOf(fields[1], bad);
        if (fields.length > 2) return bad('unexpected text after the year');
        return { kind: 'planShare', plan: plan.id, over: fields[0] === 'shareOfGdp' ? 'gdp' : 'defence', year };
      }
      return amount({ kind: 'plan', plan: plan.id }, fields, context, bad, true);
    }
    case 'targets': {
      // Target ids may contain dots ("nato-hague-core-3.5pct"): the field and year are read from the end.
      const match = /^targets\.(.+)\.(gap|gapPoints|met|atLeast|atMost|spent|counted|beyondCap)\.(\d{4})$/.exec(name);
      if (match === null)
        return bad('expected targets.<id>.<gap|gapPoints|met|atLeast|atMost|spent|counted|beyondCap>.<year>');
      const [, id = '', field = 'gap', yearText] = match;
      if (!context.targets.includes(id)) return bad(`the scenario has no target ${show(id)}`);
      return { kind: 'target', id, field: field as TargetField, year: Number(yearText) };
    }
    default:
      return bad(
        `a metric starts with gdp, defence, related, plans or targets${suggest(section, ['gdp', 'defence', 'related', 'plans', 'targets'])}`,
      );
  }
}

/** `<year>`, `<from>-<to>` or `total`, then an optional currency suffix when the series has views. */
function amount(
  series: AmountSeries,
  rest: readonly string[],
  context: MetricContext,
  bad: MetricFailure,
  hasViews: boolean,
): MetricRef {
  const [span, suffix, ...extra] = rest;
  if (extra.length > 0 || span === undefined)
    return bad('expected a year, a range of years ("2026-2030") or total, and an optional currency');
  let view: string | undefined;
  if (suffix !== undefined && suffix.toUpperCase() !== context.currency) {
    view = suffix.toUpperCase();
    if (!hasViews || !context.views.includes(view)) return bad(`no ${view} view; the scenario's fx gives none`);
  }
  if (span === 'total') return { kind: 'amount', series, span: { kind: 'total' }, view };
  const range = /^(\d{4})-(\d{4})$/.exec(span);
  if (range !== null) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to < from) return bad(`the years run backwards: ${span}`);
    return { kind: 'amount', series, span: { kind: 'range', from, to }, view };
  }
  if (/^\d{4}$/.test(span)) return { kind: 'amount', series, span: { kind: 'year', year: Number(span) }, view };
  return bad(
    `expected a year, a range ("2026-2030") or total${suggest(span, ['total', 'share', 'perCapita', 'items', 'shareOfDefence', 'shareOfGdp'])}`,
  );
}

function yearOf(text: string | undefined, bad: MetricFailure): number {
  if (text === undefined || !/^\d{4}$/.test(text)) return bad(`expected a year, received ${show(text)}`);
  return Number(text);
}

function suggest(word: string | undefined, known: readonly string[]): string {
  const nearest = word === undefined ? undefined : closest(word, known);
  return nearest === undefined ? '' : `; did you mean ${show(nearest)}?`;
}
