// From a scenario (plain JSON) to the domain objects that evaluate works on, checking what the schema
// cannot: plans add up, GDP covers the years, targets exist, rates cover the years. Every problem is
// collected with its path, so that one error lists them all. Each part is compiled in its own module
// (compileEconomy, compileSpending, compilePlans, compileFx, compileTargets) and kept while it stays
// the same (compileMemo).
import { checkRoundingMode, type RoundingMode } from '../decimal/rounding';
import type { Target } from '../economy/targets';
import { BudgetWhatIfError, type BudgetWhatIfIssue } from '../errors/BudgetWhatIfError';
import { show, type Path } from '../errors/fail';
import { tryStep } from '../errors/tryStep';
import { currencyOf } from '../money/currencies';
import type { Plan } from '../plans/types';
import type { YearSeries } from '../series/types';
import type { Assumption, Source } from '../sources/Source';
import { gdpOf, populationOf } from './compileEconomy';
import { fxOf } from './compileFx';
import { rangeOf } from './compileMemo';
import { inCurrentPrices, planOf, scheduleOf, type PlanPrices } from './compilePlans';
import { sameItems, sourcesOf } from './compileSources';
import { compileSpending } from './compileSpending';
import { vintageAssumption } from './gdpBasis';
import {
  convertedTargetAssumption,
  foreignAmounts,
  targetByYear,
  targetOf,
  type ForeignAmount,
} from './compileTargets';
import { convertedAssumption, planInCurrency } from './planCurrency';
import { convertedSpendingAssumption, spendingInCurrency } from './spendingCurrency';
import type { Change, Scenario, TargetSpec } from './types';

import type { CompiledScenario, PlanCurrency } from './compiled';

export type { CompiledScenario, SpendingRule } from './compiled';

/** Problems and warnings found while compiling: each problem at its path, all reported at the end. */
class Findings {
  readonly issues: BudgetWhatIfIssue[] = [];
  readonly warnings: string[] = [];

  /**
   * Run a step; a problem it throws is kept, at `path` (unless its path already starts at one of `roots`,
   * the scenario's own top-level keys, such as a rate at `fx`), and the step gives `undefined`.
   */
  attempt<T>(path: Path, read: () => T, roots: readonly string[] = []): T | undefined {
    const outcome = tryStep(read);
    if ('value' in outcome) return outcome.value;
    for (const issue of outcome.error.issues) {
      const absolute = roots.includes(String(issue.path[0]));
      this.issues.push({ ...issue, path: absolute ? issue.path : [...path, ...issue.path] });
    }
    return undefined;
  }

  problem(code: BudgetWhatIfIssue['code'], path: Path, message: string): void {
    this.issues.push({ code, path, message });
  }
}

/** Compile a scenario, or throw one error listing every problem. @internal */
export function compile(scenario: Scenario): CompiledScenario {
  const found = new Findings();
  const currency = found.attempt([], () => currencyOf(scenario.currency, ['currency']).code) ?? 'EUR';
  // Stryker disable next-line all: unreachable guard; the schema refuses any other mode before compiling, and a missing one is half-even (tested).
  const mode = found.attempt(['rounding', 'mode'], () => checkRoundingMode(scenario.rounding?.mode, [])) ?? 'half-even';
  const { from, to } = scenario.years;
  if (to < from)
    found.problem('invalid_year', ['years', 'to'], `the years run backwards: from ${String(from)} to ${String(to)}`);
  const years = to < from ? [] : rangeOf(from, to);
  const key = `${currency}|${mode}|${String(from)}-${String(to)}`;
  const gdp = found.attempt(['economy', 'gdp'], () => gdpOf(scenario, currency, mode, years, key)) ?? {};
  const population = found.attempt(['economy', 'population'], () =>
    populationOf(scenario.economy.population, years, key),
  );
  if (population?.warning !== undefined) found.warnings.push(population.warning);
  const defenceAsWritten = spendingOf(scenario.defence, ['defence'], currency, years, found);
  const relatedSpec = scenario.defence.related;
  const relatedAsWritten =
    relatedSpec === undefined ? undefined : spendingOf(relatedSpec, ['defence', 'related'], currency, years, found);
  const written = compilePlans(scenario, currency, found);
  // Views in other currencies cover the plans' years too, so that every plan converts whole.
  const fxYears = [...new Set([...years, ...written.plans.flatMap((plan) => rangeOf(plan.years.from, plan.years.to))])];
  // Stryker disable next-line ArrayDeclaration: a stand-in after a problem; compile throws before reading it.
  const fx = found.attempt(['fx'], () => fxOf(scenario.fx, currency, fxYears)) ?? [];
  const defence = spendingInReportingCurrency(defenceAsWritten, fx, { currency, mode }, found) ?? {};
  const related = spendingInReportingCurrency(relatedAsWritten, fx, { currency, mode }, found);
  const { plans, prices, currencies } = inReportingCurrency(scenario, written, fx, { currency, mode }, found);
  const { targets, targetYears, assumptions } = compileTargets(
    scenario,
    { currency, mode, years },
    { fx, hasRelated: related !== undefined },
    found,
  );
  if (found.issues.length > 0) throw new BudgetWhatIfError(found.issues);
  return {
    scenario,
    currency,
    mode,
    years,
    gdp,
    // Stryker disable next-line OptionalChaining: population is undefined only after a problem, and compile has thrown.
    population: population?.values ?? {},
    defence,
    related,
    fx,
    plans,
    prices,
    currencies,
    schedules: plans.map(scheduleOf),
    targets,
    targetYears,
    warnings: found.warnings,
    sources: sourcesOf(scenario.sources ?? NO_SOURCES, plans, targets),
    ...statedAssumptions(scenario, plans, { prices, currencies, defence, related }, { currency, targets: assumptions }),
  };
}

/** A category's spending rules as written: amounts in the category's own currency, if it names one. */
interface WrittenSpending {
  readonly rules: CompiledScenario['defence'];
  readonly own: string;
  readonly at: Path;
}

function spendingOf(
  spec: Scenario['defence'],
  at: Path,
  currency: string,
  years: readonly number[],
  found: Findings,
): WrittenSpending | undefined {
  const own =
    spec.currency === undefined
      ? currency
      : found.attempt([...at, 'currency'], () => currencyOf(spec.currency, []).code);
  if (own === undefined) return undefined;
  const name = at.length === 1 ? 'defence' : 'defence-related';
  const rules = found.attempt(at, () => compileSpending(spec, own, years, name, found.warnings));
  return rules === undefined ? undefined : { rules, own, at };
}

/**
 * A category's rules in the scenario's currency: amounts written in another are converted at the
 * scenario's rates for it (spendingCurrency.ts), with a problem where the scenario has none.
 */
function spendingInReportingCurrency(
  written: WrittenSpending | undefined,
  fx: CompiledScenario['fx'],
  { currency, mode }: { currency: string; mode: RoundingMode },
  found: Findings,
): CompiledScenario['defence'] | undefined {
  if (written === undefined || written.own === currency || !hasAmounts(written.rules)) return written?.rules;
  const rates = fx.find((entry) => entry.quote === written.own);
  if (rates !== undefined) return spendingInCurrency(written.rules, rates, currency, mode);
  found.problem(
    'missing_field',
    [...written.at, 'currency'],
    `${written.at.join('.')}.amounts are in ${written.own}: ${needsRate(written.own, currency)}`,
  );
  return undefined;
}

/**
 * The plans in the scenario's currency: a plan written in another is converted at the scenario's rates
 * for it (planCurrency.ts), with a problem where the scenario has none or the plan is in constant prices.
 */
function inReportingCurrency(
  scenario: Scenario,
  written: { plans: Plan[]; prices: (PlanPrices | undefined)[] },
  fx: CompiledScenario['fx'],
  { currency, mode }: { currency: string; mode: RoundingMode },
  found: Findings,
): Pick<CompiledScenario, 'plans' | 'prices' | 'currencies'> {
  const currencies: (PlanCurrency | undefined)[] = [];
  const plans = written.plans.map((plan, i) => {
    const own = plan.total.currency;
    currencies.push(undefined);
    if (own === currency) return plan;
    const at = ['plans', (scenario.plans ?? []).findIndex((spec) => spec.id === plan.id)];
    const rates = fx.find((entry) => entry.quote === own);
    if (written.prices[i] !== undefined)
      found.problem(
        'invalid_plan',
        [...at, 'priceBasis'],
        `plan ${plan.id} is in ${own} and in constant prices: index it in ${own} first and write it in current prices`,
      );
    else if (rates === undefined)
      found.problem('missing_field', [...at, 'currency'], `plan ${plan.id} is in ${own}: ${needsRate(own, currency)}`);
    if (rates === undefined || written.prices[i] !== undefined) return plan;
    currencies[i] = { asWritten: plan, schedule: scheduleOf(plan) };
    return convertedPlan(plan, rates, currency, mode);
  });
  return { plans, prices: written.prices, currencies };
}

// A plan converted at a compiled part of rates, kept while both stay (a sweep's variants share them).
const convertedMemo = new WeakMap<Plan, WeakMap<CompiledScenario['fx'][number], Map<string, Plan>>>();

function convertedPlan(plan: Plan, rates: CompiledScenario['fx'][number], currency: string, mode: RoundingMode): Plan {
  let byRates = convertedMemo.get(plan);
  // Stryker disable next-line ConditionalExpression: a cache; a miss starts an empty one.
  if (byRates === undefined) convertedMemo.set(plan, (byRates = new WeakMap()));
  let byMode = byRates.get(rates);
  // Stryker disable next-line ConditionalExpression: as above.
  if (byMode === undefined) byRates.set(rates, (byMode = new Map<string, Plan>()));
  const key = `${currency}|${mode}`;
  let converted = byMode.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; a miss converts the same plan again.
  if (converted === undefined)
    byMode.set(key, (converted = planInCurrency(plan, scheduleOf(plan), rates, currency, mode)));
  return converted;
}

/** What a part written in `own` needs to be converted into the scenario's currency. */
function needsRate(own: string, currency: string): string {
  return `the scenario needs a rate for it, an fx pair ${currency}/${own} or ${own}/${currency}`;
}

const NO_SOURCES: readonly Source[] = Object.freeze([]);
const NO_CHANGES: readonly Change[] = Object.freeze([]);

/**
 * The assumptions the scenario and its plans state, each with the path its `about` is relative to (split
 * into those still made and those a change replaced only when a result asks: see replaced.ts), those the
 * library makes for constant-price plans (always true of the scenario as it is), and the changes.
 */
function statedAssumptions(
  scenario: Scenario,
  plans: readonly Plan[],
  { prices, currencies, defence, related }: Pick<CompiledScenario, 'prices' | 'currencies' | 'defence' | 'related'>,
  { currency, targets }: { currency: string; targets: readonly Assumption[] },
): Pick<CompiledScenario, 'stated' | 'generated' | 'changes'> {
  const own = scenario.assumptions ?? NO_ASSUMPTIONS;
  const hit = statedMemo.get(own);
  const stated =
    // Stryker disable next-line ConditionalExpression: a cache; a miss builds the same list again.
    hit !== undefined && sameItems(hit.plans, plans)
      ? hit.stated
      : [
          ...own.map((assumption) => ({ assumption, scope: '' })),
          ...plans.flatMap((plan) =>
            plan.assumptions.map((assumption) => ({ assumption, scope: `plans[${plan.id}]` })),
          ),
        ];
  // Stryker disable next-line all: a cache; keeping more or less only changes how often the list is built.
  if (hit?.stated !== stated && Object.isFrozen(own)) statedMemo.set(own, { plans, stated });
  const vintage = vintageAssumption(scenario);
  return {
    // The named GDP vintage, stated like the scenario's own assumptions, so that a change to the GDP
    // figures replaces it: whole, because every later year grows from the figures set (as `gdpVintage`
    // and the published comparison's basis say), not only the figures a change wrote.
    stated: vintage === undefined ? stated : [...stated, { assumption: vintage, scope: '', whole: true }],
    generated: [
      ...prices.flatMap((priced) => (priced === undefined ? [] : [indexedAssumption(priced)])),
      ...currencies.flatMap((written) => (written === undefined ? [] : [convertedAssumption(written, currency)])),
      ...spendingCurrencies(defence, related, currency),
      ...targets,
    ],
    changes: scenario.changes ?? NO_CHANGES,
  };
}

function hasAmounts(rules: CompiledScenario['defence']): boolean {
  return Object.values(rules).some((rule) => rule.basis === 'amount');
}

/** The assumptions of spending amounts written in another currency (none when no year is an amount). */
function spendingCurrencies(
  defence: CompiledScenario['defence'],
  related: CompiledScenario['related'],
  currency: string,
): Assumption[] {
  const assumed = (at: string, rules: CompiledScenario['defence'] | undefined): Assumption[] => {
    const written = Object.values(rules ?? {}).find((rule) => rule.basis === 'amount' && rule.written !== undefined);
    return written?.basis === 'amount' && written.written !== undefined
      ? [convertedSpendingAssumption(at, written.written.currency, currency)]
      : [];
  };
  return [...assumed('defence', defence), ...assumed('defence.related', related)];
}

const NO_ASSUMPTIONS: readonly Assumption[] = Object.freeze([]);
// The scenario's assumptions with their scopes, kept while the scenario's list and its plans stay the same
// (a sweep's variants share both).
const statedMemo = new WeakMap<readonly Assumption[], { plans: readonly Plan[]; stated: CompiledScenario['stated'] }>();

/**
 * The scenario's plans, each checked and in current prices (with what a constant-price plan was), with a
 * problem for a repeated id and a warning for years beyond the scenario's.
 */
function compilePlans(
  scenario: Scenario,
  currency: string,
  found: Findings,
): { plans: Plan[]; prices: (PlanPrices | undefined)[] } {
  const plans: Plan[] = [];
  const prices: (PlanPrices | undefined)[] = [];
  const ids = new Set<string>();
  const [from, to] = [scenario.years.from, scenario.years.to];
  // With nominalGrowth (or a series) beside a deflator, GDP itself is refused: the deflator is read as given.
  const deflator = scenario.economy.gdp.deflator;
  (scenario.plans ?? []).forEach((spec, i) => {
    const written = found.attempt(['plans', i], () => planOf(spec, currency));
    const priced = written && found.attempt(['plans', i], () => inCurrentPrices(written, deflator));
    if (priced === undefined) return;
    const plan = priced.plan;
    if (ids.has(plan.id)) found.problem('invalid_plan', ['plans', i, 'id'], `two plans have the id ${show(plan.id)}`);
    ids.add(plan.id);
    if (plan.years.from < from || plan.years.to > to)
      found.warnings.push(
        `plan ${plan.id} runs ${String(plan.years.from)}–${String(plan.years.to)}, beyond the scenario's ${String(from)}–${String(to)}: its shares of defence spending and GDP cover the common years only`,
      );
    plans.push(plan);
    prices.push(priced.prices);
  });
  return { plans, prices };
}

/** What indexing a constant-price plan assumes, said where every other assumption is. */
function indexedAssumption(priced: PlanPrices): Assumption {
  const plan = priced.asWritten;
  return {
    about: `plans[${plan.id}].priceBasis`,
    statement: `Plan ${plan.id} is written in constant ${String(priced.year)} prices (${plan.total.amount.toFixed()} ${plan.total.currency}); it is brought to current prices with the scenario's GDP deflator, each year × P(year) ÷ P(${String(priced.year)}).`,
    reason: 'GDP, defence spending and exchange rates are in current prices; a plan compared with them must be too.',
  };
}

/** The scenario's targets, each checked, with a problem for one listed twice and a warning for related spending the scenario lacks. */
function compileTargets(
  scenario: Scenario,
  { currency, mode, years }: { currency: string; mode: RoundingMode; years: readonly number[] },
  { fx, hasRelated }: { fx: CompiledScenario['fx']; hasRelated: boolean },
  found: Findings,
): Pick<CompiledScenario, 'targets' | 'targetYears'> & { assumptions: Assumption[] } {
  const targets: Target[] = [];
  const targetYears: (YearSeries<Target> | undefined)[] = [];
  const assumptions: Assumption[] = [];
  const ids = new Set<string>();
  (scenario.targets ?? []).forEach((spec, i) => {
    // A target with amounts in other currencies has a form per year; the first year's stands for it.
    const foreign = typeof spec === 'string' ? [] : found.attempt(['targets', i], () => foreignAmounts(spec, currency));
    if (foreign === undefined) return; // a currency code that is not one
    const converted =
      typeof spec === 'string' || foreign.length === 0
        ? undefined
        : inYears(spec, i, foreign, { currency, mode, years }, fx, found);
    const target =
      converted === undefined
        ? found.attempt(['targets', i], () => targetOf(spec, currency))
        : converted.byYear?.[years[0] ?? Number.NaN];
    targetYears.push(converted?.byYear);
    if (converted !== undefined) assumptions.push(converted.assumption);
    if (target === undefined) return;
    if (ids.has(target.id))
      found.problem('invalid_plan', ['targets', i], `the target ${show(target.id)} is listed twice`);
    ids.add(target.id);
    if (target.category === 'defence-related' && !hasRelated)
      found.warnings.push(
        `target ${target.id} is about defence-related spending, which the scenario does not give: compared with zero`,
      );
    targets.push(target);
  });
  return { targets, targetYears, assumptions };
}

/**
 * A custom target with amounts in other currencies, in each year (compileTargets.ts), with the assumption
 * it makes; a problem at each amount whose currency the scenario has no rates for.
 */
function inYears(
  spec: TargetSpec,
  i: number,
  foreign: readonly ForeignAmount[],
  reporting: { currency: string; mode: RoundingMode; years: readonly number[] },
  fx: CompiledScenario['fx'],
  found: Findings,
): { byYear: YearSeries<Target> | undefined; assumption: Assumption } {
  const { currency } = reporting;
  const missing = foreign.filter((amount) => !fx.some((entry) => entry.quote === amount.currency));
  for (const amount of missing)
    found.problem(
      'missing_field',
      ['targets', i, ...amount.path, 'currency'],
      `target ${spec.id} has an amount in ${amount.currency}: ${needsRate(amount.currency, currency)}`,
    );
  return {
    byYear:
      missing.length > 0
        ? undefined
        : found.attempt(['targets', i], () => targetByYear(spec, fx, reporting.years, reporting), ['fx']),
    assumption: convertedTargetAssumption(spec.id, foreign, currency),
  };
}
