import type { Decimal } from '../decimal/core';
import { fail } from '../errors/fail';
import { underPath } from '../errors/underPath';
import { isNonEmptyList } from './lists';
import type { MetricValue } from './metrics';
import { readAll } from './sweep';
import type { Scenario } from './types';
import { withOverrides } from './withOverrides';

/**
 * One input of a {@link tornado}: a path and its low and high values.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { TornadoInput } from 'budget-whatif/scenarios';
 * const growth: TornadoInput = { path: 'economy.gdp.realGrowth.default', low: '0.015', high: '0.04' };
 * ```
 */
export interface TornadoInput {
  /** The override path; see {@link Override}. */
  readonly path: string;
  /** The low value, written as in a scenario file. */
  readonly low: unknown;
  /** The high value. */
  readonly high: unknown;
}

/**
 * One bar of a {@link Tornado}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, tornado, type TornadoRow } from 'budget-whatif/scenarios';
 * const [widest]: readonly TornadoRow[] = tornado(getScenario('lithuania-baseline'), {
 *   metric: 'defence.2030', inputs: [{ path: 'defence.shareOfGdp.default', low: '5%', high: '6%' }],
 * }).rows;
 * widest?.swing.gt(0); // => true
 * ```
 */
export interface TornadoRow {
  /** The input's path. */
  readonly path: string;
  /** The input's values, as given. */
  readonly low: unknown;
  /** The input's values, as given. */
  readonly high: unknown;
  /** The metric with the input at its low value. */
  readonly atLow: Decimal;
  /** The metric with the input at its high value. */
  readonly atHigh: Decimal;
  /** `|atHigh − atLow|`: how much the metric swings over the input's range. */
  readonly swing: Decimal;
}

/**
 * The result of {@link tornado}: the metric's base value and one bar per input, widest first.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, tornado, type Tornado } from 'budget-whatif/scenarios';
 * const chart: Tornado = tornado(getScenario('lithuania-baseline'), { metric: 'defence.2030', inputs: [{ path: 'fx.EUR/USD.default', low: '1.05', high: '1.2' }] });
 * chart.rows[0]?.swing.toString(); // => '0'
 * ```
 */
export interface Tornado {
  /** The metric. */
  readonly metric: string;
  /** Its value in the scenario as it is. */
  readonly base: MetricValue;
  /** One row per input, by swing, largest first (ties in the order given). */
  readonly rows: readonly TornadoRow[];
}

/**
 * The {@link tornado} function options.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { TornadoOptions } from 'budget-whatif/scenarios';
 * const options: TornadoOptions = {
 *   metric: 'defence.2026-2030.usd',
 *   inputs: [{ path: 'fx.EUR/USD.default', low: '1.05', high: '1.2' }],
 * };
 * ```
 */
export interface TornadoOptions {
  /** The metric whose swing is measured; see {@link metric}. */
  readonly metric: string;
  /** The inputs, each moved to its low and its high value alone. */
  readonly inputs: readonly TornadoInput[];
}

/**
 * How much each uncertain input moves a metric: each input set to its low and its high value in turn,
 * the others as they are; the bars sorted by swing, largest first.
 *
 * @param scenario - the scenario.
 * @param options - the metric and the inputs with their ranges; see {@link TornadoInput}.
 * @returns the chart's data; see {@link Tornado}.
 * @throws {@link budget-whatif!BudgetWhatIfError} `empty_input` for no inputs; the errors of {@link withOverrides} (with
 *   the input's index) and of {@link metric}.
 * @category Scenarios
 * @example
 * ```ts
 * import { getScenario, tornado } from 'budget-whatif/scenarios';
 * const chart = tornado(getScenario('lithuania-baseline'), {
 *   metric: 'defence.2026-2030.usd',
 *   inputs: [
 *     { path: 'economy.gdp.realGrowth.default', low: '0.015', high: '0.04' },
 *     { path: 'fx.EUR/USD.default', low: '1.05', high: '1.2' },
 *     { path: 'defence.shareOfGdp.default', low: '5%', high: '6%' },
 *   ],
 * });
 * chart.rows[0]?.path; // => 'defence.shareOfGdp.default'
 * ```
 */
export function tornado(scenario: Scenario, options: TornadoOptions): Tornado {
  if (!isNonEmptyList(options.inputs)) fail('empty_input', 'a tornado needs at least one input', ['inputs']);
  const base = readAll(scenario, [options.metric])[options.metric] as MetricValue;
  const rows = options.inputs.map((input, i): TornadoRow => {
    const read = (value: unknown, end: 'low' | 'high'): Decimal =>
      underPath(['inputs', i, end], () => {
        // Stryker disable next-line ObjectLiteral: the variant gives one metric and is dropped; its record of changes is never shown.
        const variant = withOverrides(scenario, [{ path: input.path, value }], { from: 'tornado' });
        return (readAll(variant, [options.metric])[options.metric] as MetricValue).value;
      });
    const atLow = read(input.low, 'low');
    const atHigh = read(input.high, 'high');
    return { path: input.path, low: input.low, high: input.high, atLow, atHigh, swing: atHigh.minus(atLow).abs() };
  });
  // Array sort is stable: inputs with equal swings keep their given order.
  return { metric: options.metric, base, rows: rows.sort((a, b) => b.swing.comparedTo(a.swing)) };
}
