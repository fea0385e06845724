// Monte Carlo in the page: the messages between the page and its Web Worker, and what varies. The worker
// runs `simulate` off the main thread, so the page stays responsive; cancelling terminates it.
import type { Scenario } from 'budget-whatif/scenarios';
import { normal, uniform, ci90, type InputSpec } from 'budget-whatif/uncertainty';
import { decimal } from 'budget-whatif';
import { firstPair } from './edits';

/** A run asked of the worker. */
export interface SimulationRequest {
  readonly scenario: Scenario;
  readonly trials: number;
  readonly seed: number;
  readonly inputs: Readonly<Record<string, InputSpec>>;
}

/** The odds of one target in one year, as the page shows them. */
export interface OddsRow {
  readonly year: number;
  readonly due: boolean;
  readonly probability: string;
}

/** What the worker sends back. */
export type SimulationMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | {
      readonly kind: 'done';
      readonly trials: number;
      readonly milliseconds: number;
      readonly fan: unknown;
      readonly odds: readonly { readonly id: string; readonly name: string; readonly rows: readonly OddsRow[] }[];
      readonly warnings: readonly string[];
    }
  | { readonly kind: 'error'; readonly message: string };

/** One input the page varies, with the words that say how. */
export interface VariedInput {
  readonly path: string;
  readonly spec: InputSpec;
  readonly words: string;
}

/**
 * What a page simulation varies, centred on the variant's own values: the default share of GDP uniform
 * ±0.5 points (not below 0), real growth and the deflator normal with a 1-point sd, and the first exchange
 * rate, a decimal or a fraction (an ally's dollar rate, `1.13/4.2397`), lognormal with 90% between 0.92×
 * and 1.07× it, to five significant digits (the spread of the baseline's inputs file, 1.04–1.21 around
 * 1.13). Only the inputs the scenario has are varied.
 */
export function variedInputs(scenario: Scenario): VariedInput[] {
  const inputs: VariedInput[] = [];
  const share = scenario.defence.shareOfGdp?.['default'];
  if (share !== undefined) {
    const centre = decimal(share);
    const low = decimal(0).greaterThan(centre.minus('0.005')) ? decimal(0) : centre.minus('0.005');
    const high = centre.plus('0.005');
    inputs.push({
      path: 'defence.shareOfGdp.default',
      spec: uniform(low.toFixed(), high.toFixed()),
      words: `default share of GDP uniform from ${pct(low.toFixed())} to ${pct(high.toFixed())}`,
    });
  }
  for (const [key, label] of [
    ['realGrowth', 'real growth'],
    ['deflator', 'deflator'],
  ] as const) {
    const mean = scenario.economy.gdp[key]?.['default'];
    if (mean !== undefined)
      inputs.push({
        path: `economy.gdp.${key}.default`,
        spec: normal(mean, '0.01'),
        words: `${label} normal, mean ${pct(mean)}, sd 1 point`,
      });
  }
  const { pair, rate } = firstPair(scenario) ?? {};
  const centre = rate === undefined ? undefined : rateNumber(rate);
  if (pair !== undefined && centre !== undefined) {
    const low = centre.times('0.92').toSignificantDigits(5).toFixed();
    const high = centre.times('1.07').toSignificantDigits(5).toFixed();
    inputs.push({
      path: `fx.${pair}.default`,
      spec: ci90(low, high),
      words: `${pair} lognormal, 90% from ${low} to ${high}`,
    });
  }
  return inputs;
}

/**
 * A rate as written, a decimal (`1.13`) or a fraction of two (`1.13/4.2397`, an ally's dollar rate), as a
 * number to spread; `undefined` for anything else (the worker would refuse it anyway).
 */
function rateNumber(rate: string): ReturnType<typeof decimal> | undefined {
  const parts = /^([0-9]+(?:\.[0-9]+)?)(?:\/([0-9]+(?:\.[0-9]+)?))?$/.exec(rate);
  if (parts === null) return undefined;
  const over = decimal(parts[2] ?? '1');
  return over.isZero() ? undefined : decimal(parts[1] as string).div(over);
}

function pct(fraction: string): string {
  return `${decimal(fraction).times(100).toFixed()}%`;
}
