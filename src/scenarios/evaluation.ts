// The sections of a scenario's result, each worked out on first use: evaluate() asks for all of them,
// a metric only for the one it reads, so that sweeps and goal seeks pay for what they use.
import { implausibleOf } from './plausibility';
import { provenanceOf } from './replaced';
import { shadowedOf } from './shadowed';
import { publishedOf } from './published';
import { gdpVintageOf } from './gdpBasis';
import { ZERO, type Decimal } from '../decimal/core';
import { exactTimes } from '../decimal/exact';
import { productRounded, quotient, quotientRounded, sumOfAmounts } from '../decimal/scaledInteger';
import { LARGEST_EXPONENT, NUMBER_LIMITS } from '../decimal/limits';
import {
  gapOfTarget,
  targetGap,
  type SpendingByCategory,
  type TargetGap,
  type TargetGapOptions,
  type TargetGapRow,
} from '../economy/targetGap';
import type { Target } from '../economy/targets';
import { fail } from '../errors/fail';
import type { ExchangeRate } from '../fx/types';
import { makeMoney, type Money } from '../money/core';
import { currencyOf } from '../money/currencies';
import type { Schedule } from '../plans/schedule';
import type { YearRange, YearSeries } from '../series/types';
import type { CompiledScenario, SpendingRule } from './compile';
import { memo, type PartCache } from './compileMemo';
import type { MetricContext } from './metricName';
import type { ViewSeries } from './metrics';
import { withOldNames } from './deprecated';
import type { ConvertedSeries, CurrencyView, PlanResult, ScenarioResult, SpendingResult, TargetResult } from './result';

/** Compiled parts (GDP, a plan's schedule) converted into a view's currency, by the compiled rates and the part. */
const SHARED_VIEWS = new WeakMap<
  object,
  WeakMap<object, { readonly mode: string; readonly series: ConvertedSeries }>
>();

/** A scenario's result, section by section, each computed once. @internal */
export class Evaluation {
  readonly model: CompiledScenario;
  private readonly minorUnits: number;
  private defenceSection: SpendingResult | undefined;
  private defenceAmountsSection: SpendingAmounts | undefined;
  private relatedAmountsSection: SpendingAmounts | undefined;
  private relatedSection: SpendingResult | null | undefined;
  private plansSection: PlanResult[] | undefined;
  private viewsSection: Record<string, CurrencyView> | undefined;
  private zerosSection: ZeroSpending | undefined;
  private readonly targetSections = new Map<string, TargetResult>();
  private readonly viewCache = new Map<string, CurrencyView>();
  private readonly convertedCache = new Map<string, ConvertedSeries>();

  constructor(model: CompiledScenario) {
    this.model = model;
    this.minorUnits = currencyOf(model.currency).minorUnits;
  }

  defence(): SpendingResult {
    this.defenceSection ??= this.withPerCapita(this.defenceAmounts());
    return this.defenceSection;
  }

  /** Defence spending without per-capita figures: what amount metrics need. */
  defenceAmounts(): SpendingAmounts {
    this.defenceAmountsSection ??= this.spending(this.model.defence);
    return this.defenceAmountsSection;
  }

  related(): SpendingResult | undefined {
    // Stryker disable next-line ConditionalExpression: a cache; the section computed again is equal
    if (this.relatedSection === undefined) {
      const amounts = this.relatedAmounts();
      this.relatedSection = amounts === undefined ? null : this.withPerCapita(amounts);
    }
    return this.relatedSection ?? undefined;
  }

  /** Defence-related spending without per-capita figures. */
  relatedAmounts(): SpendingAmounts | undefined {
    if (this.model.related === undefined) return undefined;
    this.relatedAmountsSection ??= this.spending(this.model.related);
    return this.relatedAmountsSection;
  }

  plans(): PlanResult[] {
    this.plansSection ??= this.model.plans.map((plan, i) => {
      const written = this.model.prices[i];
      const own = this.model.currencies[i];
      return {
        id: plan.id,
        name: plan.name,
        total: plan.total,
        schedule: this.model.schedules[i] as PlanResult['schedule'],
        prices: 'current',
        ...(written === undefined
          ? {}
          : {
              constantPrices: {
                year: written.year,
                total: written.asWritten.total,
                schedule: written.schedule,
                priceIndex: written.index,
              },
            }),
        ...(own === undefined
          ? {}
          : {
              ownCurrency: {
                currency: own.asWritten.total.currency,
                total: own.asWritten.total,
                schedule: own.schedule,
              },
            }),
      };
    });
    return this.plansSection;
  }

  views(): Record<string, CurrencyView> {
    // Stryker disable next-line ConditionalExpression: a cache; the views computed again are equal
    if (this.viewsSection !== undefined) return this.viewsSection;
    const views: Record<string, CurrencyView> = {};
    for (const { quote } of this.model.fx) views[quote] = this.view(quote) as CurrencyView;
    this.viewsSection = views;
    return views;
  }

  view(currency: string): CurrencyView | undefined {
    // Stryker disable next-line LogicalOperator: two caches of the same views
    const cached = this.viewsSection?.[currency] ?? this.viewCache.get(currency);
    // Stryker disable next-line ConditionalExpression: a cache; the view computed again is equal
    if (cached !== undefined) return cached;
    const fx = this.model.fx.find((entry) => entry.quote === currency);
    // Stryker disable next-line ConditionalExpression: metric names are checked against the views there are
    if (fx === undefined) return undefined;
    const plans: Record<string, ConvertedSeries> = {};
    for (const plan of this.plans()) plans[plan.id] = this.viewPlan(currency, plan.id) as ConvertedSeries;
    // Stryker disable next-line StringLiteral: any category but defence is the related one
    const related = this.viewSpending(currency, 'related');
    const view: CurrencyView = {
      currency,
      rates: ratesOf(fx.rates),
      gdp: (this.viewGdp(currency) as ConvertedSeries).byYear,
      defence: this.viewSpending(currency, 'defence') as ConvertedSeries,
      ...(related === undefined ? {} : { related }),
      plans,
    };
    this.viewCache.set(currency, view);
    return view;
  }

  /**
   * One series of a view, without the rest of it; with `years`, a category's spending converted in those
   * years alone (a metric of 2026–2030 in dollars converts five years, not the scenario's eleven).
   */
  viewSeries(
    currency: string,
    series: ViewSeries,
    years?: YearRange,
  ): { readonly byYear: YearSeries<Money> } | undefined {
    if (series.kind === 'gdp') return this.viewGdp(currency);
    if (series.kind === 'plan') return this.viewPlan(currency, series.plan);
    // Stryker disable next-line ConditionalExpression,StringLiteral: the whole series, converted or cached, has the years too
    if (years === undefined || this.convertedCache.has(`${series.kind}|${currency}`))
      return this.viewSpending(currency, series.kind);
    const rules = series.kind === 'defence' ? this.model.defence : this.model.related;
    // Stryker disable next-line ConditionalExpression: related spending named is checked by metricName.ts
    if (rules === undefined) return undefined;
    const some: Record<number, Money> = {};
    for (let year = years.from; year <= years.to; year++) {
      const rule = rules[year];
      // An amount written in the view's currency is kept as written (as asWrittenIn keeps it).
      if (rule?.basis === 'amount' && rule.written?.currency === currency) {
        some[year] = rule.written;
        continue;
      }
      const amount = this.amountIn(rules, year);
      if (amount !== undefined) some[year] = makeMoney(amount, this.model.currency);
    }
    // The years asked for: no total (a metric of a year or a range sums its own).
    return { byYear: this.convertYears(currency, some) };
  }

  /**
   * GDP in a view's currency. Shared by every variant with the same compiled GDP and rates (a sweep over
   * the share of GDP converts it once, not once a point).
   */
  viewGdp(currency: string): ConvertedSeries | undefined {
    const gdp = this.model.gdp;
    // A GDP that could still change (a scenario not frozen) is converted each time.
    return this.sharedView(currency, gdp, Object.isFrozen(gdp), () => this.convert(currency, gdp));
  }

  /**
   * A series of a compiled part in a view's currency, converted once per part, rates and rounding mode and
   * shared by every variant that keeps them (frozen: nothing may change it).
   */
  private sharedView(
    currency: string,
    part: object,
    shareable: boolean,
    convert: () => ConvertedSeries,
  ): ConvertedSeries | undefined {
    const fx = this.model.fx.find((entry) => entry.quote === currency);
    // Stryker disable next-line ConditionalExpression: metric names are checked against the views there are
    if (fx === undefined) return undefined;
    let byPart = SHARED_VIEWS.get(fx);
    if (byPart === undefined) {
      byPart = new WeakMap();
      SHARED_VIEWS.set(fx, byPart);
    }
    const hit = byPart.get(part);
    // Stryker disable next-line ConditionalExpression,OptionalChaining: a cache; the series converted again is equal
    if (hit?.mode === this.model.mode) return hit.series;
    const series = convert();
    // Stryker disable next-line ConditionalExpression: a cache of unchanging parts only; another converted again is equal
    if (shareable) byPart.set(part, { mode: this.model.mode, series: Object.freeze(series) });
    return series;
  }

  /** A category's spending in a view's currency: amounts written in that currency kept as written. */
  viewSpending(currency: string, category: 'defence' | 'related'): ConvertedSeries | undefined {
    const key = `${category}|${currency}`;
    const cached = this.convertedCache.get(key);
    // Stryker disable next-line ConditionalExpression: a cache; the series converted again is equal
    if (cached !== undefined) return cached;
    const spending = category === 'defence' ? this.defenceAmounts() : this.relatedAmounts();
    if (spending === undefined) return undefined;
    const series = this.convert(currency, asWrittenIn(spending, currency));
    this.convertedCache.set(key, series);
    return series;
  }

  /** A plan in a view's currency: converted year by year, or as written when written in that currency. */
  viewPlan(currency: string, id: string): ConvertedSeries | undefined {
    const key = `plan:${id}|${currency}`;
    const cached = this.convertedCache.get(key);
    // Stryker disable next-line ConditionalExpression: a cache; the series converted again is equal
    if (cached !== undefined) return cached;
    const plan = this.plans().find((candidate) => candidate.id === id);
    // Stryker disable next-line ConditionalExpression: metric names are checked against the plans there are
    if (plan === undefined) return undefined;
    // A plan written in the view's currency is shown as written, not converted there and back.
    const own = plan.ownCurrency?.currency === currency ? plan.ownCurrency : undefined;
    // A plan's schedule is compiled once per plan and never changed: its view is shared by the variants.
    const series =
      own === undefined
        ? this.sharedView(currency, plan.schedule, true, () => this.convert(currency, totalsByYear(plan.schedule)))
        : (withOldNames({ byYear: totalsByYear(own.schedule), total: own.total }) as ConvertedSeries);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache; the series converted again is equal
    if (series !== undefined) this.convertedCache.set(key, series);
    return series;
  }

  /**
   * A series converted into a view's currency, each year at its rate, multiplied and rounded in one
   * integer step per amount (see productRounded): the views are the largest part of an evaluation.
   */
  private convert(currency: string, series: YearSeries<Money>): ConvertedSeries {
    const amounts = this.convertYears(currency, series);
    const total = sumOfAmounts(amounts, currencyOf(currency).minorUnits);
    return withOldNames({ byYear: Object.freeze(amounts), total: makeMoney(total, currency) }) as ConvertedSeries;
  }

  /** Each year of a series converted (an amount already in the view's currency kept as written), without a total. */
  private convertYears(currency: string, series: YearSeries<Money>): Record<number, Money> {
    const { rates, fractions } = this.model.fx.find(
      (entry) => entry.quote === currency,
    ) as CompiledScenario['fx'][number];
    const mode = this.model.mode;
    const scale = currencyOf(currency).minorUnits;
    const amounts: Record<number, Money> = {};
    for (const key in series) {
      const rate = rates[Number(key)];
      const value = series[Number(key)];
      // Stryker disable next-line ConditionalExpression,LogicalOperator: rates cover every year of GDP, spending and plans (compile)
      if (rate === undefined || value === undefined) continue;
      if (value.currency === currency) {
        // Written in the view's currency (asWrittenIn): kept as written.
        amounts[Number(key)] = value;
        continue;
      }
      const fraction = fractions[Number(key)];
      const converted =
        fraction === undefined
          ? productRounded(value.amount, rate.rate, scale, mode)
          : quotientRounded(exactTimes(value.amount, fraction.times, ['fx']), fraction.over, scale, mode);
      if (converted.e > LARGEST_EXPONENT) tooLargeInView(value, rate, Number(key));
      amounts[Number(key)] = makeMoney(converted, currency);
    }
    return amounts;
  }

  targets(): TargetResult[] {
    return this.model.targets.map((target) => this.target(target.id) as TargetResult);
  }

  target(id: string): TargetResult | undefined {
    const cached = this.targetSections.get(id);
    // Stryker disable next-line ConditionalExpression: a cache; the section computed again is equal
    if (cached !== undefined) return cached;
    const index = this.model.targets.findIndex((candidate) => candidate.id === id);
    const target = this.model.targets[index];
    // Stryker disable next-line ConditionalExpression: metric names are checked against the targets there are
    if (target === undefined) return undefined;
    const defence = this.defenceAmounts();
    // Without related spending in the scenario, it is zero in every year (compile warns of it).
    const related = this.relatedAmounts() ?? this.zeros();
    const options = {
      round: this.model.mode,
      shares: { defence: defence.shareOfGdp, 'defence-related': related.shareOfGdp },
    };
    const spending = { defence: defence.byYear, 'defence-related': related.byYear };
    const byYear = this.model.targetYears[index];
    const gap =
      byYear === undefined
        ? // A compiled scenario is never changed; its GDP covers its years, and its spending no others.
          gapOfTarget(spending, this.model.gdp, target, options, true, this.model.years)
        : gapByYear(spending, this.model.gdp, byYear, options);
    const result = targetResult(target, gap.rows, gap.undetermined);
    this.targetSections.set(id, result);
    return result;
  }

  get gdp(): YearSeries<Money> {
    return this.model.gdp;
  }

  context(): MetricContext {
    return metricContext(this.model);
  }

  get currency(): string {
    return this.model.currency;
  }

  get years(): { readonly from: number; readonly to: number } {
    return this.model.scenario.years;
  }

  result(): ScenarioResult {
    const model = this.model;
    const related = this.related();
    return {
      name: model.scenario.name,
      currency: model.currency,
      years: { from: model.scenario.years.from, to: model.scenario.years.to },
      gdp: model.gdp,
      population: model.population,
      defence: this.defence(),
      ...(related === undefined ? {} : { related }),
      plans: this.plans(),
      views: this.views(),
      targets: this.targets(),
      totals: {
        gdp: makeMoney(gdpTotalOf(model), model.currency),
        defence: this.defence().total,
        ...(related === undefined ? {} : { related: related.total }),
      },
      ...provenanceOf(model),
      changes: model.changes,
      shadowed: shadowedOf(model),
      warnings: [
        ...implausibleOf(model).map(({ warning }) => warning.message),
        ...shadowedOf(model).map(({ warning }) => warning),
        ...model.warnings,
        ...this.targetWarnings(),
      ],
      plausibility: implausibleOf(model).map(({ warning }) => warning),
      published: publishedOf(model, this),
      ...gdpVintageField(model.scenario),
    };
  }

  /** A warning for each target that cannot be judged in a due year, naming the years. */
  private targetWarnings(): string[] {
    return this.targets().flatMap((result) => {
      const target = this.model.targets.find((candidate) => candidate.id === result.id) as Target;
      const years = undeterminedDue(target, result.undetermined);
      if (years.length === 0 || target.rule === 'counting-limit') return [];
      return [
        `target ${target.id} cannot be judged in ${years.join(', ')}: it is due, and the scenario gives no ${target.category === 'defence' ? 'defence' : target.category} spending there`,
      ];
    });
  }

  /** A category's spending in some years alone: the whole section's when it is there, else those years worked out. */
  spendingIn(category: 'defence' | 'related', years: YearRange): YearSeries<Money> | undefined {
    const section = category === 'defence' ? this.defenceAmountsSection : this.relatedAmountsSection;
    // Stryker disable next-line ConditionalExpression: the section has the same years, worked out the same way
    if (section !== undefined) return section.byYear;
    const rules = category === 'defence' ? this.model.defence : this.model.related;
    // Stryker disable next-line ConditionalExpression: related spending named is checked by metricName.ts
    if (rules === undefined) return undefined;
    const amounts: Record<number, Money> = {};
    for (let year = years.from; year <= years.to; year++) {
      const amount = this.amountIn(rules, year);
      if (amount !== undefined) amounts[year] = makeMoney(amount, this.model.currency);
    }
    return amounts;
  }

  /** A year's spending by its rule: the amount given, or the share × the rounded GDP, rounded once. */
  private amountIn(rules: YearSeries<SpendingRule>, year: number): Decimal | undefined {
    const rule = rules[year];
    const gdpOfYear = this.model.gdp[year];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: GDP covers every year (compile refuses less); a rule's absence is the case
    if (rule === undefined || gdpOfYear === undefined) return undefined;
    return rule.basis === 'amount'
      ? rule.amount.amount.toDecimalPlaces(this.minorUnits, ROUNDING[this.model.mode])
      : productRounded(gdpOfYear.amount, rule.share, this.minorUnits, this.model.mode);
  }

  /** Spending by year from its rules: amounts as given (rounded), shares × the rounded GDP, rounded once. */
  private spending(rules: YearSeries<SpendingRule>): SpendingAmounts {
    const { currency, gdp } = this.model;
    const amounts: Record<number, Money> = {};
    const shareOfGdp: Record<number, Decimal> = {};
    const basis: Record<number, 'share' | 'amount'> = {};
    const written: Record<number, Money> = {};
    const missingYears: number[] = [];
    for (const year of this.model.years) {
      const rule = rules[year];
      // Undefined exactly when the year has no rule (GDP covers every year: compile refuses less).
      const amount = this.amountIn(rules, year);
      // Stryker disable next-line ConditionalExpression,LogicalOperator: amount is undefined exactly when rule is; both are named for the types
      if (rule === undefined || amount === undefined) {
        missingYears.push(year);
        continue;
      }
      amounts[year] = makeMoney(amount, currency);
      if ('written' in rule) written[year] = rule.written;
      shareOfGdp[year] = rule.basis === 'share' ? rule.share : quotient(amount, (gdp[year] as Money).amount);
      basis[year] = rule.basis;
    }
    return withOldNames({
      byYear: amounts,
      shareOfGdp,
      basis,
      total: makeMoney(sumOfAmounts(amounts, this.minorUnits, this.model.years), currency),
      missingYears,
      ...ownCurrencyOf(written),
    }) as unknown as SpendingAmounts; // withOldNames adds the deprecated `amounts`
  }

  /** Spending with its per-capita figures, for the years with a population. */
  private withPerCapita(spending: SpendingAmounts): SpendingResult {
    const { currency, mode, population } = this.model;
    const perCapita: Record<number, Money> = {};
    for (const key in spending.byYear) {
      const year = Number(key);
      const people = population[year];
      const amount = spending.byYear[year];
      if (people !== undefined && amount !== undefined) {
        perCapita[year] = makeMoney(quotientRounded(amount.amount, people, this.minorUnits, mode), currency);
      }
    }
    return withOldNames({ ...spending, perCapita });
  }

  /** Zero spending in every year: the related spending of a scenario without any. */
  private zeros(): ZeroSpending {
    this.zerosSection ??= zeroSpending(this.model.years, this.model.currency);
    return this.zerosSection;
  }
}

/** A schedule's totals by year. */
function totalsByYear(schedule: Schedule): Record<number, Money> {
  const byYear: Record<number, Money> = {};
  for (const row of schedule.rows) byYear[row.year] = row.total;
  return byYear;
}

// A view's rates by year, read once per compiled rates (compiled once, never changed) and shared, frozen.
const viewRates = new WeakMap<object, YearSeries<Decimal>>();

function ratesOf(rates: CompiledScenario['fx'][number]['rates']): YearSeries<Decimal> {
  let series = viewRates.get(rates);
  // Stryker disable next-line ConditionalExpression: a cache; the rates read again are equal
  if (series === undefined) {
    series = Object.freeze(Object.fromEntries(Object.entries(rates).map(([year, rate]) => [year, rate.rate])));
    viewRates.set(rates, series);
  }
  return series;
}

// GDP's total over the scenario's years, kept per compiled GDP (frozen) and years: variants that keep both share it.
const gdpTotals: PartCache<Decimal> = new WeakMap();

function gdpTotalOf(model: CompiledScenario): Decimal {
  const { years } = model;
  return memo(gdpTotals, model.gdp, `${String(years[0])}-${String(years.at(-1))}`, () =>
    sumOfAmounts(model.gdp, currencyOf(model.currency).minorUnits, years),
  );
}

interface ZeroSpending {
  readonly byYear: YearSeries<Money>;
  readonly shareOfGdp: YearSeries<Decimal>;
}

// Zero spending for a scenario's years, kept per years list (compiled once per scenario, shared by its
// evaluations) and frozen, as nothing may change it.
const zeroSpendingCache = new WeakMap<readonly number[], Map<string, ZeroSpending>>();

function zeroSpending(years: readonly number[], currency: string): ZeroSpending {
  let byCurrency = zeroSpendingCache.get(years);
  // Stryker disable next-line ConditionalExpression: a cache; a new one holds the same zeros
  if (byCurrency === undefined) {
    byCurrency = new Map();
    zeroSpendingCache.set(years, byCurrency);
  }
  let zeros = byCurrency.get(currency);
  // Stryker disable next-line ConditionalExpression: a cache; zeros built again are equal
  if (zeros === undefined) {
    const zero = makeMoney(ZERO, currency);
    const byYear: Record<number, Money> = {};
    const shareOfGdp: Record<number, Decimal> = {};
    for (const year of years) {
      byYear[year] = zero;
      shareOfGdp[year] = ZERO;
    }
    zeros = { byYear: Object.freeze(byYear), shareOfGdp: Object.freeze(shareOfGdp) };
    byCurrency.set(currency, zeros);
  }
  return zeros;
}

/** An amount converted beyond the largest amount: refused, naming the rate that took it there. */
function tooLargeInView(value: Money, rate: ExchangeRate, year: number): never {
  return fail(
    'out_of_range',
    `${value.amount.toFixed()} ${value.currency} in ${String(year)} at ${rate.rate.toString()} is beyond the largest amount budget-whatif handles (${NUMBER_LIMITS.largest} ${rate.quote})`,
    ['fx', `${rate.base}/${rate.quote}`],
    rate.rate,
  );
}

/** Spending without per-capita figures. @internal */
export type SpendingAmounts = Omit<SpendingResult, 'perCapita'>;

const ROUNDING = { up: 0, down: 1, ceil: 2, floor: 3, 'half-up': 4, 'half-down': 5, 'half-even': 6 } as const;

/**
 * A target's result: its rows, the years that could not be judged, and what it comes to. Met where due
 * only when at least one due year was judged and every due year was met; a due year without spending makes
 * it undetermined (unless another is missed). @internal
 */
export function targetResult(
  target: Target,
  rows: readonly TargetGapRow[],
  undetermined: readonly number[],
): TargetResult {
  const due = rows.filter((row) => row.due);
  let status: TargetResult['status'];
  if (target.rule === 'counting-limit') status = 'counting-limit';
  else if (due.some((row) => !row.met)) status = 'missed';
  else if (undeterminedDue(target, undetermined).length > 0) status = 'undetermined';
  else status = due.length > 0 ? 'met' : 'not-yet-due';
  return {
    id: target.id,
    name: target.name,
    category: target.category,
    rule: target.rule,
    status,
    rows,
    undetermined,
    metWhereDue: status === 'met',
    ...(target.wording === undefined ? {} : { wording: target.wording }),
    ...(target.note === undefined ? {} : { note: target.note }),
  };
}

/** The undetermined years in which a target is due: from its deadline, or every year without one. @internal */
export function undeterminedDue(target: Target, undetermined: readonly number[]): number[] {
  const by = target.by;
  return by === undefined ? [...undetermined] : undetermined.filter((year) => year >= by);
}

// A compiled scenario is never changed, and a sweep reads metrics from thousands of evaluations of few.
const contexts = new WeakMap<CompiledScenario, MetricContext>();

/** What metric names can refer to in a compiled scenario. @internal */
export function metricContext(model: CompiledScenario): MetricContext {
  let context = contexts.get(model);
  // Stryker disable next-line ConditionalExpression: a cache; the context worked out again is equal
  if (context === undefined) {
    context = {
      currency: model.currency,
      views: model.fx.map((entry) => entry.quote),
      hasRelated: model.related !== undefined,
      plans: model.plans.map((plan) => ({ id: plan.id, items: plan.items.map((item) => item.id) })),
      targets: model.targets.map((target) => target.id),
    };
    contexts.set(model, context);
  }
  return context;
}

/** The amounts written in another currency, as written, with their total there; nothing when none is. */
function ownCurrencyOf(written: YearSeries<Money>): Pick<SpendingAmounts, 'ownCurrency'> {
  let total: Money | undefined;
  for (const key in written) {
    const amount = written[Number(key)] as Money;
    total = total === undefined ? amount : makeMoney(total.amount.plus(amount.amount), amount.currency);
  }
  return total === undefined ? {} : { ownCurrency: { currency: total.currency, byYear: written, total } };
}

/** Spending by year for a view: the years written in the view's currency as written (not converted there and back). */
function asWrittenIn(spending: Pick<SpendingResult, 'byYear' | 'ownCurrency'>, currency: string): YearSeries<Money> {
  const own = spending.ownCurrency;
  return own?.currency === currency ? { ...spending.byYear, ...own.byYear } : spending.byYear;
}

/**
 * The gap to a target that has a form of its own in each year (an amount in another currency, converted
 * at each year's rate): each year against its form, the rows in order.
 */
function gapByYear(
  spending: SpendingByCategory,
  gdp: YearSeries<Money>,
  byYear: YearSeries<Target>,
  options: TargetGapOptions,
): Pick<TargetGap, 'rows' | 'undetermined'> {
  const rows: TargetGapRow[] = [];
  const undetermined: number[] = [];
  for (const key in byYear) {
    const year = Number(key);
    const one = <TValue>(series: YearSeries<TValue> | undefined): YearSeries<TValue> =>
      series?.[year] === undefined ? {} : { [year]: series[year] };
    const gap = targetGap(
      { defence: one(spending.defence), 'defence-related': one(spending['defence-related']) },
      one(gdp),
      byYear[year] as Target,
      options,
    );
    rows.push(...gap.rows);
    undetermined.push(...gap.undetermined);
  }
  return { rows, undetermined };
}

/** The result's `gdpVintage`, when the scenario names one that no change replaced. */
function gdpVintageField(scenario: CompiledScenario['scenario']): { readonly gdpVintage?: string } {
  const vintage = gdpVintageOf(scenario);
  return vintage === undefined ? {} : { gdpVintage: vintage };
}
