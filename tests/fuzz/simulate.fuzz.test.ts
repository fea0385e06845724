import fc from 'fast-check';
import { describe, it } from 'vitest';
import { getScenario } from '../../src/scenarios/index';
import { simulate, type InputSpec } from '../../src/uncertainty/index';
import { checkValues, fuzz, RUNS } from './harness';
import { SPECIAL_VALUES } from './mutate';

const PATHS = [
  'economy.gdp.realGrowth.default',
  'economy.gdp.deflator.2027',
  'economy.gdp.base.amount',
  'fx.EUR/USD.default',
  'defence.shareOfGdp.default',
  'defence.shareOfGdp.2030',
  'defence.amounts.2026',
  'plans[border-countermobility].total',
  'plans[border-countermobility].items[anti-tank-mines].amount',
  'plans[border-countermobility].years.to',
  'economy.population.default',
  'name',
  'toString',
];

const parameter: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_VALUES) },
  { weight: 4, arbitrary: fc.double({ min: -0.5, max: 1.5, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0.03, 0.055, 0.06, 1.13, 0.02, '5%', '1%', 800_000_000, 1_200_000_000) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2_000_000_000 }) },
);

/** Well-formed distributions, with parameters that may still be out of range for their input. */
const wellFormed: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ kind: fc.constant('fixed'), value: parameter }),
  fc.tuple(parameter, parameter).map(([a, b]) => ({ kind: 'uniform', min: a, max: b })),
  fc.record({ kind: fc.constant('normal'), mean: parameter, sd: parameter }),
  fc.record({ kind: fc.constant('lognormal'), mu: parameter, sigma: parameter }),
  fc.record({ kind: fc.constant('triangular'), min: parameter, mode: parameter, max: parameter }),
  fc.record({ kind: fc.constant('pert'), min: parameter, mode: parameter, max: parameter, lambda: parameter }),
  fc.record({
    kind: fc.constant('discrete'),
    values: fc.array(parameter, { minLength: 1, maxLength: 3 }),
    weights: fc.array(parameter, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('follow'), path: fc.constantFrom(...PATHS), times: parameter, plus: parameter }),
  fc.record({
    kind: fc.constant('normal'),
    mean: parameter,
    sd: parameter,
    truncate: fc.record({ min: parameter, max: parameter }, { requiredKeys: [] }),
  }),
);

/** A distribution as plain data (what an inputs file gives): kinds, parameters and keys, right or wrong. */
const spec: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: wellFormed },
  fc.record(
    {
      kind: fc.constantFrom(
        'fixed',
        'uniform',
        'normal',
        'lognormal',
        'triangular',
        'pert',
        'discrete',
        'follow',
        'beta',
        '',
      ),
      value: parameter,
      min: parameter,
      max: parameter,
      mean: parameter,
      sd: parameter,
      mu: parameter,
      sigma: parameter,
      mode: parameter,
      lambda: parameter,
      values: fc.array(parameter, { maxLength: 4 }),
      weights: fc.array(parameter, { maxLength: 4 }),
      path: fc.constantFrom(...PATHS),
      times: parameter,
      plus: parameter,
      truncate: fc.record({ min: parameter, max: parameter }, { requiredKeys: [] }),
    },
    { requiredKeys: ['kind'] },
  ),
  fc.constantFrom(...SPECIAL_VALUES),
);

const baseline = getScenario('lithuania-baseline');

describe('fuzz: simulate inputs', () => {
  it('any inputs, correlations and options give a result without NaN, or a clean error', () => {
    fuzz(
      fc.record({
        inputs: fc.dictionary(fc.constantFrom(...PATHS), spec, { maxKeys: 3 }),
        trials: fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom(1, 2, 100, 1025) },
          { weight: 1, arbitrary: fc.constantFrom(0, -5, 1.5, 1e12, Number.NaN) },
        ),
        seed: fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom(1, 0, 7, 2 ** 53 - 1) },
          { weight: 1, arbitrary: fc.constantFrom(-1, 2 ** 53, 0.5, Number.NaN) },
        ),
        correlate: fc.boolean(),
        rho: parameter,
      }),
      ({ inputs, trials, seed, correlate, rho }) => {
        const paths = Object.keys(inputs);
        const result = simulate(baseline, {
          trials,
          seed,
          inputs: inputs as Record<string, InputSpec>,
          metrics: [
            'defence.2026-2030',
            'plans.border-countermobility.total.usd',
            'targets.nato-hague-total-5pct.met.2035',
          ],
          ...(correlate && paths.length >= 2
            ? {
                correlations: {
                  inputs: paths.slice(0, 2),
                  matrix: [
                    [1, rho],
                    [rho, 1],
                  ] as number[][],
                },
              }
            : {}),
        });
        checkValues(result.metrics, 'metrics');
        checkValues(result.targets, 'targets');
        JSON.parse(JSON.stringify(result));
      },
      Math.max(100, Math.floor(RUNS / 2)),
    );
  });
});
