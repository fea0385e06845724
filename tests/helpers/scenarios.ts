import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseScenario, type Scenario } from '../../src/scenarios/index';

/**
 * The built-in baseline as plain, unfrozen JSON, to edit in tests: the shipped file
 * `scenarios/lithuania-baseline.json` without its `$schema` (`npm run data:check` checks that it is the
 * built-in, written out by scripts/build-scenarios.ts). Read from the file, not from `getScenario`, so that tables of cases built while a
 * test file is collected run no library code (see tests/helpers/once.ts).
 */
export function baselineJson(): Record<string, unknown> {
  const scenario = JSON.parse(
    readFileSync(new URL('../../scenarios/lithuania-baseline.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  delete scenario['$schema'];
  return scenario;
}

/**
 * A scenario file (YAML) whose deflator is not a number, on line 8, the value from column 26 (4 spaces and
 * `deflator: { default: ` before it); with `"2.5%"` in its place, a valid scenario.
 */
export const BAD_DEFLATOR_YAML = [
  'name: Bad deflator',
  'currency: EUR',
  'years: { from: 2025, to: 2030 }',
  'economy:',
  '  gdp:',
  '    base: { year: 2024, amount: "77940000000" }',
  '    realGrowth: { default: "3%" }',
  '    deflator: { default: "abc" }',
  'defence: { shareOfGdp: { default: "5%" } }',
  '',
].join('\n');

/** A small valid scenario, easy to check by hand: GDP €100bn in 2024, 10% nominal growth, 2025–2027. */
export function smallScenario(): Scenario {
  return {
    name: 'Small',
    currency: 'EUR',
    years: { from: 2025, to: 2027 },
    economy: { gdp: { base: { year: 2024, amount: '100000000000' }, nominalGrowth: { default: '0.1' } } },
    fx: { 'EUR/USD': { default: '1.25' } },
    defence: { shareOfGdp: { default: '0.05' }, amounts: { '2025': '4000000000' } },
    plans: [
      {
        id: 'plan',
        total: '300',
        years: { from: 2025, to: 2027 },
        items: [
          { id: 'a', amount: '100' },
          { id: 'b', remainder: true },
        ],
      },
    ],
    targets: ['nato-wales-2pct', 'lithuania-2026-2030'],
  };
}

/** Set a value deep inside a JSON document (creating objects on the way), for malformed variants. */
export function set(
  document: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
  let node: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((key) => {
    node[key] ??= {};
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path.at(-1) as string | number;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

/** Random valid scenarios: GDP, growth, shares, amounts, a plan with random items and phasing, targets. */
export const randomScenarios: fc.Arbitrary<Scenario> = fc
  .record({
    gdp: fc.bigInt({ min: 10n ** 9n, max: 10n ** 14n }),
    growth: fc.integer({ min: -50, max: 150 }),
    share: fc.integer({ min: 0, max: 1000 }),
    from: fc.integer({ min: 2020, max: 2030 }),
    length: fc.integer({ min: 1, max: 12 }),
    amountYear: fc.option(fc.bigInt({ min: 0n, max: 10n ** 12n }), { nil: undefined }),
    total: fc.bigInt({ min: 0n, max: 10n ** 13n }),
    part: fc.integer({ min: 0, max: 100 }),
    phasing: fc.constantFrom('even', 'front-loaded', 'back-loaded', 's-curve'),
    rate: fc.integer({ min: 50, max: 300 }),
    mode: fc.constantFrom('half-even', 'half-up', 'floor', 'ceil'),
  })
  .map(({ gdp, growth, share, from, length, amountYear, total, part, phasing, rate, mode }) =>
    parseScenario({
      name: 'Random',
      currency: 'EUR',
      years: { from, to: from + length - 1 },
      economy: {
        gdp: {
          base: { year: from - 1, amount: (gdp / 100n).toString() + '.' + (gdp % 100n).toString().padStart(2, '0') },
          nominalGrowth: { default: `${String(growth / 10)}%` },
        },
      },
      fx: { 'EUR/USD': { default: (rate / 100).toFixed(2) } },
      defence: {
        shareOfGdp: { default: `${(share / 100).toFixed(2)}%` },
        ...(amountYear === undefined ? {} : { amounts: { [String(from)]: amountYear.toString() } }),
      },
      plans: [
        {
          id: 'plan',
          total: total.toString(),
          years: { from, to: from + length - 1 },
          phasing: phasing === 'even' || phasing === 's-curve' ? { kind: phasing } : { kind: phasing, ratio: '3' },
          items: [
            { id: 'a', amount: ((total * BigInt(part)) / 100n).toString() },
            { id: 'b', remainder: true },
          ],
        },
      ],
      targets: ['nato-wales-2pct', 'lithuania-2026-2030', 'nato-hague-related-1.5pct'],
      rounding: { mode },
    }),
  );
