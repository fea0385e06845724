// From a scenario (plain JSON) to the domain objects that evaluate works on, checking what the schema
// cannot: plans add up, GDP covers the years, targets exist, rates cover the years. Every problem is
// collected with its path, so that one error lists them all.
import { ONE, type Decimal } from '../decimal/core';
import { toDecimal } from '../decimal/decimal';
import { LARGEST_EXPONENT, NUMBER_LIMITS } from '../decimal/limits';
import { checkRoundingMode, type RoundingMode } from '../decimal/rounding';
import { targetById } from '../data/targets';
import { gdpPath, type GdpPathInput } from '../economy/gdpPath';
import { defineTarget, type Target, type TargetInput } from '../economy/targets';
import { BudgetWhatIfError, type BudgetWhatIfIssue } from '../errors/BudgetWhatIfError';
import { fail, show, type Path } from '../errors/fail';
import { isBudgetWhatIfError } from '../errors/isBudgetWhatIfError';
import { exchangeRate } from '../fx/exchangeRate';
import type { ExchangeRate } from '../fx/types';
import { makeMoney, type Money } from '../money/core';
import { currencyOf } from '../money/currencies';
import { round } from '../money/round';
import { definePlan } from '../plans/definePlan';
import { schedule, type Schedule } from '../plans/schedule';
import type { Plan, PlanInput, PhasingInput } from '../plans/types';
import type { YearSeries } from '../series/types';
import type { Assumption, Source } from '../sources/Source';
import type { PhasingSpec, Scenario, SpendingSpec, TargetSpec, YearlyValues } from './types';

/** How one year's spending of a category is set. @internal */
export type SpendingRule =
  { readonly basis: 'amount'; readonly amount: Money } | { readonly basis: 'share'; readonly share: Decimal };

/** A scenario as domain objects, ready to evaluate. @internal */
export interface CompiledScenario {
  readonly scenario: Scenario;
  readonly currency: string;
  readonly mode: RoundingMode;
  readonly years: readonly number[];
  /** Nominal GDP by scenario year, rounded to the minor unit. */
  readonly gdp: YearSeries<Money>;
  readonly population: YearSeries<Decimal>;
  readonly defence: YearSeries<SpendingRule>;
  readonly related: YearSeries<SpendingRule> | undefined;
  readonly fx: readonly { readonly quote: string; readonly rates: YearSeries<ExchangeRate> }[];
  readonly plans: readonly Plan[];
  /** Each plan's schedule, computed once: plans do not change. */
  readonly schedules: readonly Schedule[];
  readonly targets: readonly Target[];
  readonly warnings: readonly string[];
  /** Every source behind the scenario, its plans and its targets, without repeats. */
  readonly sources: readonly Source[];
  /** The scenario's and its plans' assumptions. */
  readonly assumptions: readonly Assumption[];
}

/** Compile a scenario, or throw one error listing every problem. @internal */
export function compile(scenario: Scenario): CompiledScenario {
  const issues: BudgetWhatIfIssue[] = [];
  const warnings: string[] = [];
  const attempt = <T>(path: Path, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!isBudgetWhatIfError(error)) throw error;
      for (const issue of error.issues) issues.push({ ...issue, path: [...path, ...issue.path] });
      return undefined;
    }
  };

  const currency = attempt([], () => currencyOf(scenario.currency, ['currency']).code) ?? 'EUR';
  const mode = attempt(['rounding', 'mode'], () => checkRoundingMode(scenario.rounding?.mode, [])) ?? 'half-even';
  const from = scenario.years.from;
  const to = scenario.years.to;
  if (to < from)
    issues.push({
      code: 'invalid_year',
      path: ['years', 'to'],
      message: `the years run backwards: from ${String(from)} to ${String(to)}`,
    });
  const years = to < from ? [] : rangeOf(from, to);

  const yearsKey = `${currency}|${mode}|${String(from)}-${String(to)}`;
  const gdp =
    attempt(['economy', 'gdp'], () =>
      memo(gdpMemo, scenario.economy.gdp, yearsKey, () => compileGdp(scenario, currency, mode, years)),
    ) ?? {};
  const populationSpec = scenario.economy.population;
  const populationPart = attempt(['economy', 'population'], () =>
    populationSpec === undefined
      ? { values: {} }
      : memo(populationMemo, populationSpec, yearsKey, () => compilePopulation(populationSpec, years)),
  );
  if (populationPart?.warning !== undefined) warnings.push(populationPart.warning);
  const population = populationPart?.values ?? {};
  const defence =
    attempt(['defence'], () => compileSpending(scenario.defence, currency, years, 'defence', warnings)) ?? {};
  const related =
    scenario.defence.related === undefined
      ? undefined
      : attempt(['defence', 'related'], () =>
          compileSpending(scenario.defence.related ?? {}, currency, years, 'defence-related', warnings),
        );

  const plans: Plan[] = [];
  const planIds = new Set<string>();
  (scenario.plans ?? []).forEach((spec, i) => {
    const plan = attempt(['plans', i], () =>
      memo(planMemo, spec, currency, () =>
        // The same shape as in code: the total as an amount, in the scenario's currency.
        definePlan({
          id: spec.id,
          ...(spec.name === undefined ? {} : { name: spec.name }),
          total: spec.total,
          currency,
          years: spec.years,
          items: spec.items.map((item) => ({
            id: item.id,
            ...(item.name === undefined ? {} : { name: item.name }),
            ...(item.amount === undefined ? {} : { amount: item.amount }),
            ...(item.share === undefined ? {} : { share: item.share }),
            ...(item.remainder === undefined ? {} : { remainder: item.remainder }),
            ...(item.phasing === undefined ? {} : { phasing: phasingInput(item.phasing) }),
            ...(item.years === undefined ? {} : { years: item.years }),
          })),
          ...(spec.phasing === undefined ? {} : { phasing: phasingInput(spec.phasing) }),
          ...(spec.priceBasis === undefined ? {} : { priceBasis: spec.priceBasis }),
          ...(spec.sources === undefined ? {} : { sources: spec.sources }),
          ...(spec.assumptions === undefined ? {} : { assumptions: spec.assumptions }),
        } satisfies PlanInput),
      ),
    );
    if (plan === undefined) return;
    if (planIds.has(plan.id))
      issues.push({
        code: 'invalid_plan',
        path: ['plans', i, 'id'],
        message: `two plans have the id ${show(plan.id)}`,
      });
    planIds.add(plan.id);
    if (plan.years.from < from || plan.years.to > to) {
      warnings.push(
        `plan ${plan.id} runs ${String(plan.years.from)}–${String(plan.years.to)}, beyond the scenario's ${String(from)}–${String(to)}: its shares of defence spending and GDP cover the common years only`,
      );
    }
    plans.push(plan);
  });

  // Views in other currencies cover the plans' years too, so that every plan converts whole.
  const fxYears = [...new Set([...years, ...plans.flatMap((plan) => rangeOf(plan.years.from, plan.years.to))])].sort(
    (a, b) => a - b,
  );
  const fx =
    attempt(['fx'], () =>
      memo(fxMemo, scenario.fx ?? NO_FX, `${currency}|${fxYears.join(',')}`, () =>
        compileFx(scenario.fx ?? {}, currency, fxYears),
      ),
    ) ?? [];
  const schedules = plans.map((plan) => {
    // A plan is never changed after definePlan (and planMemo hands back the same object for the same
    // spec), so its schedule can be kept by identity.
    let table = scheduleMemo.get(plan);
    if (table === undefined) {
      table = schedule(plan);
      scheduleMemo.set(plan, table);
    }
    return table;
  });

  const targets: Target[] = [];
  const targetIds = new Set<string>();
  (scenario.targets ?? []).forEach((spec, i) => {
    const target = attempt(['targets', i], () =>
      typeof spec === 'string'
        ? targetById(spec, [])
        : memo(targetMemo, spec, currency, () => defineTarget(targetInput(spec, currency))),
    );
    if (target === undefined) return;
    if (targetIds.has(target.id))
      issues.push({
        code: 'invalid_plan',
        path: ['targets', i],
        message: `the target ${show(target.id)} is listed twice`,
      });
    targetIds.add(target.id);
    if (target.category === 'defence-related' && related === undefined) {
      warnings.push(
        `target ${target.id} is about defence-related spending, which the scenario does not give: compared with zero`,
      );
    }
    targets.push(target);
  });

  if (issues.length > 0) throw new BudgetWhatIfError(issues);
  const sources = sourcesOf(scenario.sources ?? NO_SOURCES, plans, targets);
  const assumptions = [...(scenario.assumptions ?? []), ...plans.flatMap((plan) => plan.assumptions)];
  return {
    scenario,
    currency,
    mode,
    years,
    gdp,
    population,
    defence,
    related,
    fx,
    plans,
    schedules,
    targets,
    warnings,
    sources,
    assumptions,
  };
}

const NO_SOURCES: readonly Source[] = Object.freeze([]);

/** Every source of the scenario, its plans and its targets, without repeats; kept while they stay the same. */
function sourcesOf(own: readonly Source[], plans: readonly Plan[], targets: readonly Target[]): readonly Source[] {
  const hit = sourcesMemo.get(own);
  if (hit !== undefined && sameItems(hit.plans, plans) && sameItems(hit.targets, targets)) return hit.value;
  const value = uniqueSources([
    ...own,
    ...plans.flatMap((plan) => plan.sources),
    ...targets.flatMap((target) => target.sources),
  ]);
  if (Object.isFrozen(own)) sourcesMemo.set(own, { plans, targets, value });
  return value;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Compiled parts by the scenario part they come from. Scenarios are frozen and overrides copy only what
// lies on their path, so an unchanged part keeps its identity and its compiled form: a sweep over the
// share of GDP recompiles nothing but the spending rules. A part's key holds what else it depends on.
const gdpMemo = new WeakMap<object, { key: string; value: YearSeries<Money> }>();
const planMemo = new WeakMap<object, { key: string; value: Plan }>();
const scheduleMemo = new WeakMap<Plan, Schedule>();
const populationMemo = new WeakMap<object, { key: string; value: ReturnType<typeof compilePopulation> }>();
const sourcesMemo = new WeakMap<
  object,
  { plans: readonly Plan[]; targets: readonly Target[]; value: readonly Source[] }
>();
const fxMemo = new WeakMap<object, { key: string; value: CompiledScenario['fx'] }>();
const targetMemo = new WeakMap<object, { key: string; value: Target }>();
const NO_FX = Object.freeze({});

function memo<TValue>(
  cache: WeakMap<object, { key: string; value: TValue }>,
  part: object,
  key: string,
  compute: () => TValue,
): TValue {
  const hit = cache.get(part);
  if (hit?.key === key) return hit.value;
  const value = compute();
  if (Object.isFrozen(part)) cache.set(part, { key, value });
  return value;
}

function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function compileGdp(
  scenario: Scenario,
  currency: string,
  mode: RoundingMode,
  years: readonly number[],
): YearSeries<Money> {
  const spec = scenario.economy.gdp;
  const sources = [spec.base, spec.known, spec.series].filter((value) => value !== undefined).length;
  if (sources !== 1) fail('missing_field', 'GDP needs exactly one of base, known or series', [], sources);
  const money = (value: string, path: Path): Money => makeMoney(toDecimal(value, path), currency);
  const records = (values: Readonly<Record<string, string>>, name: string): YearSeries<Money> =>
    Object.fromEntries(Object.entries(values).map(([year, value]) => [Number(year), money(value, [name, year])]));
  const last = years.at(-1) ?? scenario.years.to;
  let input: GdpPathInput;
  if (spec.series !== undefined) {
    if (spec.realGrowth !== undefined || spec.deflator !== undefined || spec.nominalGrowth !== undefined) {
      fail('invalid_type', 'an explicit GDP series takes no growth rates', [
        spec.nominalGrowth === undefined ? 'realGrowth' : 'nominalGrowth',
      ]);
    }
    input = { series: records(spec.series, 'series') };
  } else {
    const start: { base: { year: number; amount: Money } } | { known: YearSeries<Money> } =
      spec.base === undefined
        ? { known: records(spec.known ?? {}, 'known') }
        : { base: { year: spec.base.year, amount: money(spec.base.amount, ['base', 'amount']) } };
    if (spec.nominalGrowth !== undefined) {
      if (spec.realGrowth !== undefined || spec.deflator !== undefined)
        fail('invalid_type', 'give nominalGrowth, or realGrowth and deflator, not both', ['nominalGrowth']);
      input = { ...start, nominalGrowth: spec.nominalGrowth, to: last };
    } else {
      if (spec.realGrowth === undefined)
        fail('missing_field', 'GDP needs realGrowth and deflator, or nominalGrowth', ['realGrowth']);
      if (spec.deflator === undefined) fail('missing_field', 'GDP needs a deflator with realGrowth', ['deflator']);
      input = { ...start, realGrowth: spec.realGrowth, deflator: spec.deflator, to: last };
    }
  }
  const path = gdpPath(input);
  const result: Record<number, Money> = {};
  for (const year of years) {
    const value = Object.hasOwn(path, year) ? path[year] : undefined;
    if (value === undefined)
      return fail(
        'missing_year',
        `GDP does not cover ${String(year)}: the scenario runs ${String(years[0])}–${String(last)}`,
        [],
        year,
      );
    result[year] = checkedGdp(value, year, mode);
  }
  return result;
}

/**
 * A year's GDP rounded to the minor unit, refused when it has grown beyond the largest amount (a huge
 * growth rate) or rounds to nothing (every share of it would divide by zero).
 */
function checkedGdp(value: Money, year: number, mode: RoundingMode): Money {
  if (value.amount.e > LARGEST_EXPONENT)
    return fail(
      'out_of_range',
      `GDP grows to about ${value.amount.toSignificantDigits(3).toExponential()} ${value.currency} in ${String(year)}, beyond the largest amount budget-whatif handles (${NUMBER_LIMITS.largest}): check the growth rates`,
      [],
      year,
    );
  const rounded = round(value, { mode });
  if (!rounded.amount.gt(0))
    return fail(
      'out_of_range',
      `GDP in ${String(year)} is ${value.amount.toString()} ${value.currency}, which rounds to ${rounded.amount.toFixed()}: GDP must be at least one minor unit`,
      [],
      year,
    );
  return rounded;
}

/** Population by scenario year, and a warning for the years without one (kept with the values when memoised). */
function compilePopulation(
  values: YearlyValues,
  years: readonly number[],
): { values: YearSeries<Decimal>; warning?: string } {
  const result: Record<number, Decimal> = {};
  const missing: number[] = [];
  for (const year of years) {
    const raw = values[String(year)] ?? values['default'];
    if (raw === undefined) {
      missing.push(year);
      continue;
    }
    // The schema has checked its range (vocabulary.ts): at least 1.
    result[year] = toDecimal(raw, [Object.hasOwn(values, String(year)) ? String(year) : 'default']);
  }
  return missing.length > 0
    ? { values: result, warning: `no population for ${missing.join(', ')}: no per-capita figures there` }
    : { values: result };
}

function compileSpending(
  spec: SpendingSpec,
  currency: string,
  years: readonly number[],
  name: string,
  warnings: string[],
): YearSeries<SpendingRule> {
  const result: Record<number, SpendingRule> = {};
  const missing: number[] = [];
  for (const key of Object.keys(spec.amounts ?? {})) {
    if (!years.includes(Number(key)))
      warnings.push(`${name} amounts for ${key} are outside the scenario's years and not used`);
  }
  for (const year of years) {
    const amount = spec.amounts?.[String(year)];
    if (amount !== undefined) {
      // Not negative: the schema has checked its range (vocabulary.ts).
      result[year] = { basis: 'amount', amount: makeMoney(toDecimal(amount, ['amounts', String(year)]), currency) };
      continue;
    }
    const share = spec.shareOfGdp?.[String(year)] ?? spec.shareOfGdp?.['default'];
    if (share === undefined) {
      missing.push(year);
      continue;
    }
    result[year] = { basis: 'share', share: toDecimal(share, ['shareOfGdp', String(year)]) };
  }
  if (missing.length > 0)
    warnings.push(`no ${name} spending for ${missing.join(', ')} (no amount and no share of GDP)`);
  return result;
}

function compileFx(
  fx: Readonly<Record<string, YearlyValues>>,
  currency: string,
  years: readonly number[],
): CompiledScenario['fx'] {
  return Object.entries(fx).map(([pair, values]) => {
    const [base = '', quote = ''] = pair.split('/');
    if (base !== currency)
      fail(
        'currency_mismatch',
        `a rate for views must be priced in the scenario's currency: ${currency}/…, received ${pair}`,
        [pair],
        pair,
      );
    currencyOf(quote, [pair]);
    const rates: Record<number, ExchangeRate> = {};
    for (const year of years) {
      const own = Object.hasOwn(values, String(year));
      const raw = own ? values[String(year)] : values['default'];
      if (raw === undefined) return fail('missing_year', `no ${pair} rate for ${String(year)} and no default`, [pair]);
      const path: Path = [pair, own ? String(year) : 'default'];
      // Above 0: the schema has checked its range (vocabulary.ts).
      rates[year] = exchangeRate(base, quote, toDecimal(raw, path), { note: `scenario rate for ${String(year)}` });
    }
    return { quote, rates };
  });
}

function phasingInput(spec: PhasingSpec): PhasingInput {
  switch (spec.kind) {
    case 'weights':
      return {
        kind: 'weights',
        weights: spec.weights ?? fail('missing_field', 'weights phasing needs weights', ['weights']),
      };
    case 'front-loaded':
    case 'back-loaded':
      return {
        kind: spec.kind,
        ratio: spec.ratio ?? fail('missing_field', `${spec.kind} phasing needs a ratio`, ['ratio']),
      };
    case 's-curve':
      return spec.steepness === undefined ? { kind: 's-curve' } : { kind: 's-curve', steepness: spec.steepness };
    case 'amounts':
      return {
        kind: 'amounts',
        amounts: spec.amounts ?? fail('missing_field', 'amounts phasing needs amounts', ['amounts']),
      };
    case 'even':
      return { kind: 'even' };
  }
}

function targetInput(spec: TargetSpec, currency: string): TargetInput {
  const bound = (value: TargetSpec['atLeast']): TargetInput['atLeast'] =>
    value === undefined ? undefined : typeof value === 'string' ? value : makeMoney(toDecimal(value.amount), currency);
  const atLeast = bound(spec.atLeast);
  const atMost = bound(spec.atMost);
  return {
    id: spec.id,
    name: spec.name,
    ...(spec.category === undefined ? {} : { category: spec.category }),
    ...(atLeast === undefined ? {} : { atLeast }),
    ...(atMost === undefined ? {} : { atMost }),
    ...(spec.from === undefined ? {} : { from: spec.from }),
    ...(spec.until === undefined ? {} : { until: spec.until }),
    ...(spec.by === undefined ? {} : { by: spec.by }),
    ...(spec.start === undefined ? {} : { start: { year: spec.start.year, value: bound(spec.start.value) ?? ONE } }),
    ...(spec.wording === undefined ? {} : { wording: spec.wording }),
    ...(spec.note === undefined ? {} : { note: spec.note }),
    ...(spec.sources === undefined ? {} : { sources: spec.sources }),
  };
}
