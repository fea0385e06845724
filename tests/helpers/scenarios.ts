import { getScenario, type Scenario } from '../../src/scenarios/index';

/** The built-in baseline as plain, unfrozen JSON, to edit in tests. */
export function baselineJson(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(getScenario('lithuania-baseline'))) as Record<string, unknown>;
}

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
