import { ZERO, type Decimal } from '../decimal/core';
import { evaluate } from './evaluate';
import { listMetrics, metric } from './metrics';
import type { ScenarioResult } from './result';
import type { Scenario } from './types';

/**
 * One row of a {@link Comparison}: a metric in both scenarios and the exact difference.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { compare, getScenario, type ComparisonRow } from 'budget-whatif/scenarios';
 * const row: ComparisonRow | undefined = compare(getScenario('lithuania-5pct'), getScenario('lithuania-6pct')).rows.find((r) => r.metric === 'defence.total');
 * row?.delta.gt(0); // => true
 * ```
 */
export interface ComparisonRow {
  /** The metric's name; see {@link metric}. */
  readonly metric: string;
  /** Its unit. */
  readonly unit: string;
  /** Its value in the base scenario, if it has the metric. */
  readonly base?: Decimal;
  /** Its value in the variant, if it has the metric. */
  readonly variant?: Decimal;
  /** `variant − base`, exactly, a missing value counting as zero. */
  readonly delta: Decimal;
}

/**
 * Every metric of two scenarios side by side, with exact differences.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { compare, getScenario, type Comparison } from 'budget-whatif/scenarios';
 * const same: Comparison = compare(getScenario('lithuania-baseline'), getScenario('lithuania-baseline'));
 * same.rows.every((row) => row.delta.isZero()); // => true
 * ```
 */
export interface Comparison {
  /** The base scenario's name. */
  readonly base: string;
  /** The variant's name. */
  readonly variant: string;
  /** One row per metric of either result, in a stable order (see {@link listMetrics}). */
  readonly rows: readonly ComparisonRow[];
  /** The rows whose delta is not zero. */
  readonly changed: readonly ComparisonRow[];
}

/**
 * Compare two scenarios (or their results): every series per year and in total — GDP, defence and
 * related spending, shares, per capita, plans and their items, views in other currencies, target gaps —
 * with the exact difference `variant − base`. A variant with no change gives deltas that are all exactly
 * zero.
 *
 * @param base - the base scenario, or its result.
 * @param variant - the variant, or its result.
 * @returns the rows; see {@link Comparison}.
 * @category Scenarios
 * @example
 * ```ts
 * import { compare, getScenario, withOverrides } from 'budget-whatif/scenarios';
 * const baseline = getScenario('lithuania-baseline');
 * const slower = withOverrides(baseline, [{ path: 'economy.gdp.realGrowth.default', value: '0.02' }]);
 * compare(baseline, slower).changed.some((row) => row.metric === 'defence.total'); // => true
 * ```
 */
export function compare(base: Scenario | ScenarioResult, variant: Scenario | ScenarioResult): Comparison {
  const a = isResult(base) ? base : evaluate(base);
  const b = isResult(variant) ? variant : evaluate(variant);
  const names = [...new Set([...listMetrics(a), ...listMetrics(b)])];
  const inA = new Set(listMetrics(a));
  const inB = new Set(listMetrics(b));
  const rows = names.map((name): ComparisonRow => {
    const left = inA.has(name) ? metric(a, name) : undefined;
    const right = inB.has(name) ? metric(b, name) : undefined;
    // Stryker disable next-line OptionalChaining: every name comes from one side or the other, so one is there.
    const unit = (left ?? right)?.unit ?? '';
    const delta = (right?.value ?? ZERO).minus(left?.value ?? ZERO);
    return {
      metric: name,
      unit,
      ...(left === undefined ? {} : { base: left.value }),
      ...(right === undefined ? {} : { variant: right.value }),
      delta,
    };
  });
  return { base: a.name, variant: b.name, rows, changed: rows.filter((row) => !row.delta.isZero()) };
}

function isResult(value: Scenario | ScenarioResult): value is ScenarioResult {
  return 'totals' in value;
}
