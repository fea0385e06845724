// Plausibility: values a scenario may hold but an analyst most likely did not mean (a share of 55% typed
// for 5.5%). Hard rules (a share above 100%) stay errors in parseScenario; these are warnings, errors
// under `strict`. The ranges are documented in docs/guide.md ("Plausibility").
import { ANNUAL_AVERAGES } from '../data/ecb/annualAverages.generated';
import { D, type Decimal } from '../decimal/core';
import type { YearSeries } from '../series/types';
import type { Money } from '../money/core';
import { readValue } from './vocabulary';
import type { CompiledScenario, SpendingRule } from './compiled';
import type { Scenario, YearlyValues } from './types';

/**
 * A value outside its plausible range: where, the value, the range, and the warning in words.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluate, getScenario, withOverrides } from 'budget-whatif/scenarios';
 * const typo = withOverrides(getScenario('lithuania-baseline'), [{ path: 'defence.shareOfGdp.default', value: '55%' }]);
 * evaluate(typo).plausibility[0]?.range; // => '0%–15%'
 * ```
 */
export interface PlausibilityWarning {
  /** Where: an override path (`defence.shareOfGdp.default`). */
  readonly path: string;
  /** The value, as the scenario holds it (`"0.55"`). */
  readonly value: string;
  /** The plausible range, in words (`0%–15%`). */
  readonly range: string;
  /** The warning, for people. */
  readonly message: string;
}

/**
 * A plausible range, both ends included, as fractions.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { PlausibleRange } from 'budget-whatif/scenarios';
 * const growth: PlausibleRange = { low: '-0.15', high: '0.2' };
 * ```
 */
export interface PlausibleRange {
  /** The lowest plausible value. */
  readonly low: string;
  /** The highest plausible value. */
  readonly high: string;
}

/**
 * The plausible ranges of {@link PLAUSIBLE_RANGES}, by what they bound.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { PLAUSIBLE_RANGES, type PlausibleRanges } from 'budget-whatif/scenarios';
 * const ranges: PlausibleRanges = PLAUSIBLE_RANGES;
 * ranges.fx.distance; // => '0.5'
 * ```
 */
export interface PlausibleRanges {
  /** Defence (or defence-related) spending as a share of GDP: no NATO ally has spent more than 15% since 2014. */
  readonly shareOfGdp: PlausibleRange;
  /** Real GDP growth: beyond the deepest recessions and fastest recoveries of EU economies since 1995. */
  readonly realGrowth: PlausibleRange;
  /** The GDP deflator: beyond the EU's highest inflation year since 1995 (2022) and any deflation. */
  readonly deflator: PlausibleRange;
  /** Nominal growth: real growth and the deflator's ranges combined, rounded out. */
  readonly nominalGrowth: PlausibleRange;
  /** An exchange rate. */
  readonly fx: {
    /** The largest relative distance from the ECB's annual average for the year. */
    readonly distance: string;
  };
}

/**
 * The plausible ranges, by what they bound. Shares and rates as fractions; `fx` is the largest relative
 * distance from the ECB's annual average for the year (or the last complete year's, for later years).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { PLAUSIBLE_RANGES } from 'budget-whatif/scenarios';
 * PLAUSIBLE_RANGES.shareOfGdp.high; // => '0.15'
 * ```
 */
export const PLAUSIBLE_RANGES: PlausibleRanges = {
  shareOfGdp: { low: '0', high: '0.15' },
  realGrowth: { low: '-0.15', high: '0.2' },
  deflator: { low: '-0.1', high: '0.3' },
  nominalGrowth: { low: '-0.2', high: '0.4' },
  fx: { distance: '0.5' },
};

const percent = (fraction: string): string => `${new D(fraction).times(100).toString()}%`;

// Worked out when a result or a strict evaluation asks, once per compiled scenario: a sweep, which reads
// metrics and never a whole result, does not pay for it.
const implausibleMemo = new WeakMap<CompiledScenario, readonly Implausible[]>();

/** The implausible values of a compiled scenario, worked out once. @internal */
export function implausibleOf(model: CompiledScenario): readonly Implausible[] {
  let found = implausibleMemo.get(model);
  // Stryker disable next-line ConditionalExpression: a cache; a miss finds the same warnings again
  if (found === undefined) {
    found = plausibilityOf(model.scenario, model.gdp, model.plans, model);
    implausibleMemo.set(model, found);
  }
  return found;
}

/** A warning and where it points, as an issue path (list elements by index). @internal */
export interface Implausible {
  readonly warning: PlausibilityWarning;
  /** The message without the path, for an issue that carries the path itself. */
  readonly detail: string;
  readonly at: readonly (string | number)[];
}

/**
 * The warnings of a scenario, given its GDP and its plans in its currency (for amounts and plans against
 * GDP); empty when all is plausible. @internal
 */
export function plausibilityOf(
  scenario: Scenario,
  gdp: YearSeries<Money>,
  plans: readonly { readonly id: string; readonly total: Money }[],
  spending?: Pick<CompiledScenario, 'defence' | 'related'>,
): Implausible[] {
  const { gdp: spec } = scenario.economy;
  return [
    ...inRange('defence.shareOfGdp', scenario.defence.shareOfGdp, PLAUSIBLE_RANGES.shareOfGdp, 'defence spending'),
    ...inRange(
      'defence.related.shareOfGdp',
      scenario.defence.related?.shareOfGdp,
      PLAUSIBLE_RANGES.shareOfGdp,
      'defence-related spending',
    ),
    ...inRange('economy.gdp.realGrowth', spec.realGrowth, PLAUSIBLE_RANGES.realGrowth, 'real growth'),
    ...inRange('economy.gdp.deflator', spec.deflator, PLAUSIBLE_RANGES.deflator, 'the GDP deflator'),
    ...inRange('economy.gdp.nominalGrowth', spec.nominalGrowth, PLAUSIBLE_RANGES.nominalGrowth, 'nominal growth'),
    ...Object.entries(scenario.fx ?? {}).flatMap(([pair, values]) => nearReference(pair, values)),
    ...amountsAsShares(
      scenario.defence.amounts,
      { gdp, converted: spending?.defence },
      ['defence', 'amounts'],
      'defence spending',
    ),
    ...amountsAsShares(
      scenario.defence.related?.amounts,
      { gdp, converted: spending?.related },
      ['defence', 'related', 'amounts'],
      'defence-related spending',
    ),
    ...(scenario.plans ?? []).flatMap((plan, i) => {
      const largest = largestGdp(gdp, plan.years.from, plan.years.to);
      // In the scenario's currency: a plan written in another is compared as converted.
      const total = plans.find((compiled) => compiled.id === plan.id)?.total.amount ?? new D(plan.total);
      if (largest === undefined || total.lte(largest.amount.amount)) return [];
      const gdpText = `${largest.amount.amount.toString()} ${scenario.currency} in ${String(largest.year)}`;
      const detail = `${plan.total} is more than a whole year's GDP (${gdpText}, the largest of the plan's years): a unit typed wrong?`;
      return [
        {
          warning: {
            path: `plans[${plan.id}].total`,
            value: plan.total,
            range: `at most a year's GDP (${gdpText})`,
            message: `plans[${plan.id}].total: ${detail}`,
          },
          detail,
          at: ['plans', i, 'total'],
        },
      ];
    }),
  ];
}

/**
 * Amounts given by year, as shares of that year's GDP, against the plausible share: in the scenario's
 * currency, as compiled (`converted`) where they are written in another.
 */
function amountsAsShares(
  amounts: Readonly<Record<string, string>> | undefined,
  { gdp, converted }: { gdp: YearSeries<Money>; converted: YearSeries<SpendingRule> | undefined },
  at: readonly string[],
  what: string,
): Implausible[] {
  const { high } = PLAUSIBLE_RANGES.shareOfGdp;
  return Object.entries(amounts ?? {}).flatMap(([year, amount]) => {
    const whole = gdp[Number(year)];
    if (whole === undefined || whole.amount.isZero()) return [];
    const rule = converted?.[Number(year)];
    const share = (rule?.basis === 'amount' ? rule.amount.amount : new D(amount)).div(whole.amount);
    if (share.lte(high)) return [];
    const path = `${at.join('.')}.${year}`;
    const shown = `${share.times(100).toSignificantDigits(3).toString()}%`;
    const written = rule?.basis === 'amount' && rule.written !== undefined ? ` ${rule.written.currency}` : '';
    const detail = `${amount}${written} is ${shown} of ${year}'s GDP, above the plausible ${percent(high)} for ${what}: a unit typed wrong?`;
    return [
      {
        warning: {
          path,
          value: amount,
          range: `at most ${percent(high)} of GDP`,
          message: `${path}: ${detail}`,
        },
        detail,
        at: [...at, year],
      },
    ];
  });
}

function inRange(
  path: string,
  values: YearlyValues | undefined,
  range: { readonly low: string; readonly high: string },
  what: string,
): Implausible[] {
  return Object.entries(values ?? {}).flatMap(([key, value]) => {
    const number = new D(value);
    if (number.gte(range.low) && number.lte(range.high)) return [];
    const words = `${percent(range.low)}–${percent(range.high)}`;
    const detail = `${percent(value)} is outside the plausible range of ${what}, ${words}: a percentage typed as a fraction, or a typo?`;
    return [
      {
        warning: {
          path: `${path}.${key}`,
          value,
          range: words,
          message: `${path}.${key}: ${detail}`,
        },
        detail,
        at: [...path.split('.'), key],
      },
    ];
  });
}

/** A pair's rates against the ECB's annual averages, crossed through the euro; pairs the table lacks are not checked. */
function nearReference(pair: string, values: YearlyValues): Implausible[] {
  const [base = '', quote = ''] = pair.split('/');
  return Object.entries(values).flatMap(([key, value]) => {
    const reference = referenceRate(base, quote, key === 'default' ? undefined : Number(key));
    if (reference === undefined) return [];
    const distance = readValue('fx', value).div(reference.rate).minus(1).abs();
    if (distance.lte(PLAUSIBLE_RANGES.fx.distance)) return [];
    const low = reference.rate.times('0.5').toSignificantDigits(6).toString();
    const high = reference.rate.times('1.5').toSignificantDigits(6).toString();
    const detail = `${value} is more than 50% from the ECB's ${reference.year} average of ${reference.rate.toSignificantDigits(6).toString()} (plausible: ${low}–${high}): the pair written the other way round?`;
    return [
      {
        warning: {
          path: `fx.${pair}.${key}`,
          value,
          range: `${low}–${high}`,
          message: `fx.${pair}.${key}: ${detail}`,
        },
        detail,
        at: ['fx', pair, key],
      },
    ];
  });
}

/** The ECB's annual average of a pair for a year (the last complete year's for a later year or the default). */
function referenceRate(
  base: string,
  quote: string,
  year: number | undefined,
): { rate: Decimal; year: string } | undefined {
  const usd = ANNUAL_AVERAGES['USD'] ?? {};
  const years = Object.keys(usd);
  const last = years.at(-1);
  if (last === undefined) return undefined;
  const chosen = year === undefined || year > Number(last) ? last : String(year);
  const perEuro = (code: string): Decimal | undefined => {
    if (code === 'EUR') return new D(1);
    const text = ANNUAL_AVERAGES[code]?.[chosen];
    return text === undefined ? undefined : new D(text);
  };
  const [a, b] = [perEuro(base), perEuro(quote)];
  if (a === undefined || b === undefined) return undefined;
  return { rate: b.div(a), year: chosen };
}

function largestGdp(gdp: YearSeries<Money>, from: number, to: number): { year: number; amount: Money } | undefined {
  let largest: { year: number; amount: Money } | undefined;
  for (let year = from; year <= to; year++) {
    const amount = gdp[year];
    if (amount !== undefined && (largest === undefined || amount.amount.gt(largest.amount.amount)))
      largest = { year, amount };
  }
  return largest;
}
