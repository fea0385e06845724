// Published beside modelled: a scenario's figure next to the same figure as a publisher printed it, with
// the difference, and the usual cause of a difference (the GDP basis) worked out in figures.
import { D, type Decimal } from '../decimal/core';
import { underPath } from '../errors/underPath';
import { readMetric, type Sections } from './metrics';
import type { CompiledScenario } from './compiled';
import { gdpBasisText } from './gdpBasis';
import type { GdpBasis, PublishedComparison } from './result';
import { overlaps } from './replaced';
import type { PublishedSpec, Scenario } from './types';

/**
 * The tolerances of {@link PUBLISHED_TOLERANCE}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { PublishedTolerance } from 'budget-whatif/scenarios';
 * const strict: PublishedTolerance = { sharePoints: '0.0001', amountRelative: '0.001' };
 * ```
 */
export interface PublishedTolerance {
  /** For a share: the largest difference, as a fraction (0.0005 is 0.05 percentage points). */
  readonly sharePoints: string;
  /** For an amount: the largest difference relative to the published value. */
  readonly amountRelative: string;
}

/**
 * How far a modelled figure may be from the published one before the result explains the difference:
 * 0.05 percentage points for a share (published shares are printed to 0.01 or 0.1 points, and a GDP basis
 * 1% apart moves a 5% share by 0.05 points), half a percent of the published value for an amount.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { PUBLISHED_TOLERANCE } from 'budget-whatif/scenarios';
 * PUBLISHED_TOLERANCE.sharePoints; // => '0.0005'
 * ```
 */
export const PUBLISHED_TOLERANCE: PublishedTolerance = { sharePoints: '0.0005', amountRelative: '0.005' };

// Once per compiled scenario: the figures depend on nothing else, and evaluate() is called again and again.
const publishedMemo = new WeakMap<CompiledScenario, readonly PublishedComparison[]>();

/** {@link publishedBeside}, once per compiled scenario. @internal */
export function publishedOf(model: CompiledScenario, sections: Sections): readonly PublishedComparison[] {
  if (model.scenario.published === undefined) return [];
  let found = publishedMemo.get(model);
  // Stryker disable next-line ConditionalExpression: a cache; a miss compares the same figures again
  if (found === undefined) {
    found = publishedBeside(sections, model.scenario);
    publishedMemo.set(model, found);
  }
  return found;
}

/** Each published figure beside its modelled value. @internal */
export function publishedBeside(sections: Sections, scenario: Scenario): PublishedComparison[] {
  const published = scenario.published ?? [];
  return published.map((spec, i) => {
    const modelled = underPath(['published', i], () => readMetric(sections, spec.metric));
    const value = new D(spec.value);
    const difference = modelled.value.minus(value);
    const beyond =
      modelled.unit === 'share'
        ? difference.abs().gt(PUBLISHED_TOLERANCE.sharePoints)
        : difference.abs().gt(value.abs().times(PUBLISHED_TOLERANCE.amountRelative));
    const changed = spendingChanges(spec.metric, scenario);
    const gdp = modelled.unit === 'share' ? gdpBasisOf(sections, spec, value, scenario) : undefined;
    const note =
      changed.length > 0
        ? `This variant changed the spending (${changed.join(', ')}): the published figure is of the spending as the scenario was written, not of this variant.`
        : beyond
          ? (spec.note ?? gdpBasisNote(sections, spec.metric, value, modelled.unit))
          : undefined;
    return {
      metric: spec.metric,
      unit: modelled.unit,
      modelled: modelled.value,
      published: value,
      difference,
      source: spec.source,
      ...(note === undefined ? {} : { note }),
      ...(gdp === undefined ? {} : { gdp }),
    };
  });
}

/**
 * For a share of GDP in a year: the scenario's GDP and what it is, beside the GDP the published share
 * implies for the same spending and what the publisher used. None for a share the scenario has no
 * spending or GDP for, or a published share of zero (it implies no GDP).
 */
function gdpBasisOf(
  sections: Sections,
  spec: PublishedSpec,
  published: Decimal,
  scenario: Scenario,
): GdpBasis | undefined {
  const share = shareMetric(spec.metric);
  const year = Number(share?.year);
  const spending = share === undefined ? undefined : readMetric(sections, `${share.section}.${share.year}`).value;
  const gdp = sections.gdp[year]?.amount;
  if (spending === undefined || gdp === undefined || published.isZero()) return undefined;
  return {
    modelled: gdp,
    modelledBasis: gdpBasisText(scenario),
    implied: spending.div(published),
    publishedBasis: spec.gdp ?? 'not named in the scenario',
  };
}

/** The section and year of a share-of-GDP metric (`defence.share.2026`), or `undefined` for any other. */
function shareMetric(metric: string): { section: 'defence' | 'related'; year: string } | undefined {
  const match = /^(defence|related)\.share\.(\d{4})$/.exec(metric);
  return match === null ? undefined : { section: match[1] as 'defence' | 'related', year: match[2] as string };
}

/**
 * The changes to the spending a share metric divides in its year (its amount, or its share where it has no
 * amount), which make the comparison one of different spending.
 */
function spendingChanges(metric: string, scenario: Scenario): string[] {
  const share = shareMetric(metric);
  if (share === undefined) return [];
  const { section, year } = share;
  const spec = section === 'defence' ? scenario.defence : scenario.defence.related;
  const prefix = section === 'defence' ? 'defence' : 'defence.related';
  const paths = [`${prefix}.amounts.${year}`];
  if (spec?.amounts?.[year] === undefined) paths.push(`${prefix}.shareOfGdp.${year}`, `${prefix}.shareOfGdp.default`);
  return (scenario.changes ?? [])
    .filter((change) => paths.some((path) => overlaps(path, change.path)))
    .map((change) => change.path);
}

/**
 * For a share of GDP in a year: the GDP the published share implies for the same spending, beside the
 * scenario's GDP for the year. For other figures: that the basis or vintage differs.
 */
function gdpBasisNote(sections: Sections, metric: string, published: Decimal, unit: string): string {
  const share = shareMetric(metric);
  const year = Number(share?.year);
  const spending = share === undefined ? undefined : readMetric(sections, `${share.section}.${share.year}`).value;
  const gdp = sections.gdp[year]?.amount;
  if (unit !== 'share' || spending === undefined || gdp === undefined || published.isZero())
    return 'The published figure differs by more than the tolerance: it may count on another basis or come from another vintage of the data.';
  const implied = spending.div(published);
  const billions = (amount: Decimal): string => `${sections.currency} ${amount.div(1e9).toFixed(1)} billion`;
  const percent = (share: Decimal): string => `${share.times(100).toFixed()}%`;
  const gap = gdp.div(implied).minus(1).times(100).abs().toFixed(1);
  return `The published ${percent(published)} puts the same spending over a GDP of ${billions(implied)} (spending ÷ published share); the scenario's GDP for ${String(year)} is ${billions(gdp)}, ${gap}% ${implied.gt(gdp) ? 'lower' : 'higher'}. The usual cause: the publisher divided by its own GDP projection (another vintage or forecast), not by this scenario's GDP path.`;
}
