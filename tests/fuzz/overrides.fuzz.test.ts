import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  compare,
  evaluate,
  getScenario,
  goalSeek,
  listMetrics,
  metric,
  sweep,
  withOverrides,
  type Override,
} from '../../src/scenarios/index';
import { checkResult, fuzz } from './harness';
import { NUMERIC_VALUES, SPECIAL_KEYS, SPECIAL_VALUES } from './mutate';

// Path segments: the scenario's own keys and ids, prototype names, selectors, years, odd characters.
const KEY = fc.constantFrom(
  'economy',
  'gdp',
  'base',
  'amount',
  'year',
  'realGrowth',
  'deflator',
  'nominalGrowth',
  'known',
  'series',
  'population',
  'default',
  '2024',
  '2026',
  '2030',
  'fx',
  'EUR/USD',
  'defence',
  'shareOfGdp',
  'amounts',
  'related',
  'plans',
  'items',
  'total',
  'share',
  'remainder',
  'phasing',
  'kind',
  'ratio',
  'years',
  'from',
  'to',
  'targets',
  'name',
  'currency',
  'rounding',
  'mode',
  'sources',
  'assumptions',
  'priceBasis',
  ...SPECIAL_KEYS,
);
const SELECT = fc.constantFrom(
  '[border-countermobility]',
  '[anti-tank-mines]',
  '[other-measures]',
  '[0]',
  '[1]',
  '[99]',
  '[nato-wales-2pct]',
  '[__proto__]',
  '[]',
  '[',
  ']',
  '[[x]]',
);
const SEPARATOR = fc.constantFrom('.', '.', '.', '', '..', ' ');

/** Every place of the baseline as an override path (list elements by id where they have one). */
function pathsOf(node: unknown, at: string): string[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) => {
    const id = (child as { id?: unknown } | null)?.id;
    const here = Array.isArray(node) ? `${at}[${typeof id === 'string' ? id : key}]` : at === '' ? key : `${at}.${key}`;
    return [here, ...pathsOf(child, here)];
  });
}
const REAL_PATHS = pathsOf(getScenario('lithuania-baseline'), '');

/** A path: mostly one the baseline has, sometimes built from segments, broken or random. */
export const overridePath: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...REAL_PATHS) },
  {
    weight: 6,
    arbitrary: fc
      .array(fc.tuple(KEY, fc.option(SELECT, { freq: 4 }), SEPARATOR), { minLength: 1, maxLength: 6 })
      .map((parts) =>
        parts.map(([key, select, separator], i) => `${i === 0 ? '' : separator}${key}${select ?? ''}`).join(''),
      ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'defence.shareOfGdp.default',
      'defence.shareOfGdp.2030',
      'defence.amounts.2026',
      'economy.gdp.realGrowth.default',
      'economy.gdp.deflator.2025',
      'economy.gdp.base.amount',
      'fx.EUR/USD.default',
      'plans[border-countermobility].total',
      'plans[border-countermobility].items[anti-tank-mines].amount',
      'plans[border-countermobility].years.to',
      'plans[border-countermobility].phasing',
      'targets[nato-wales-2pct]',
      'years.to',
      'name',
      'economy.gdp',
      'defence',
      'plans',
      'targets',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const overrideValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NUMERIC_VALUES) },
  { weight: 5, arbitrary: fc.constantFrom(...SPECIAL_VALUES, undefined) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => `${String(n / 10)}%`) },
);

const override: fc.Arbitrary<Override> = fc.record({ path: overridePath, value: overrideValue });
const baseline = getScenario('lithuania-baseline');

describe('fuzz: overrides', () => {
  it('withOverrides gives a scenario that evaluates and adds up, or a clean error', () => {
    fuzz(fc.array(override, { minLength: 1, maxLength: 3 }), (overrides) => {
      const variant = withOverrides(baseline, overrides);
      checkResult(evaluate(variant));
      // An unchanged variant compares as all zeros; a changed one compares without error.
      compare(baseline, variant);
    });
  });

  it('a sweep over any path and values, or a goal seek on it, ends cleanly', () => {
    fuzz(
      fc.record({
        path: fc.oneof(
          {
            weight: 3,
            arbitrary: fc.constantFrom(
              'defence.shareOfGdp.default',
              'economy.gdp.realGrowth.default',
              'fx.EUR/USD.default',
              'plans[border-countermobility].items[anti-tank-mines].amount',
            ),
          },
          { weight: 1, arbitrary: overridePath },
        ),
        values: fc.array(overrideValue, { minLength: 1, maxLength: 3 }),
        metric: fc.constantFrom(
          'defence.2026-2030',
          'defence.total.usd',
          'targets.nato-wales-2pct.gap.2030',
          'gdp.2035',
          'defence.share.2030',
          'nope',
        ),
        target: fc.constantFrom('25000000000', '30000000000', '0', '-1', '1e20', 'x', '5.5%', '%', '-5%', ' 5 % '),
        bounds: fc.option(fc.tuple(fc.constantFrom(...NUMERIC_VALUES), fc.constantFrom(...NUMERIC_VALUES)), {
          freq: 2,
        }),
      }),
      ({ path, values, metric: name, target, bounds }) => {
        try {
          sweep(baseline, { path, values, metrics: [name] });
        } finally {
          goalSeek(baseline, { vary: path, metric: name, target, ...(bounds === null ? {} : { bounds }) });
        }
      },
      Math.max(50, Math.floor(Number(process.env['FUZZ_RUNS'] ?? 1500) / 10)),
    );
  });

  it('every metric of a fuzzed variant reads back', () => {
    fuzz(
      fc.array(override, { minLength: 1, maxLength: 2 }),
      (overrides) => {
        const result = evaluate(withOverrides(baseline, overrides));
        for (const name of listMetrics(result)) metric(result, name);
      },
      Math.max(20, Math.floor(Number(process.env['FUZZ_RUNS'] ?? 1500) / 20)),
    );
  });
});
