// Issue 14, part 1: a custom target's amount in another currency. "At least $3 billion a year" in a
// scenario in euros, at 1.25 dollars a euro (1.10 in 2025): €2,400,000,000, then 3,000,000,000 ÷ 1.1 =
// €2,727,272,727.2727… → €2,727,272,727.27, then €2,400,000,000 again. Spending is 2.5% of GDP (100bn in
// 2023, growing 3% a year): €2,575,000,000, €2,652,250,000, €2,731,817,500; 2025 misses by
// €75,022,727.27. (Hand calculation.)
import { describe, expect, it } from 'vitest';
import { defineTarget, money, targetGap } from '../../src/index';
import { evaluate, metric, parseScenario } from '../../src/scenarios/index';
import { fixed, simulate } from '../../src/uncertainty/index';
import { expectIssue } from '../helpers/errors';

/** The floor of $3bn a year from 2024, patched; a key patched to `undefined` is left out. */
const floor = (patch: Record<string, unknown> = {}): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries<unknown>({
      id: 'usd-floor',
      name: 'At least $3 billion',
      atLeast: { amount: '3000000000', currency: 'USD' },
      from: 2024,
      ...patch,
    }).filter(([, value]) => value !== undefined),
  );
const scenario = (
  target: Record<string, unknown> = floor(),
  fx: unknown = { 'EUR/USD': { default: '1.25', '2025': '1.1' } },
): unknown => ({
  name: 'A floor in dollars',
  currency: 'EUR',
  years: { from: 2024, to: 2026 },
  economy: { gdp: { base: { year: 2023, amount: '100000000000' }, nominalGrowth: { default: '0.03' } } },
  fx,
  defence: { shareOfGdp: { default: '2.5%' } },
  targets: [target],
});

describe('a custom target with an amount in dollars, in a scenario in euros', () => {
  it('converts the amount in each year at its rate, rounded once, and measures the gap in euros', () => {
    const [target] = evaluate(parseScenario(scenario())).targets;
    expect(target?.rows.map((row) => row.atLeast?.amount.toString())).toEqual([
      '2400000000',
      '2727272727.27',
      '2400000000',
    ]);
    expect(target?.rows.map((row) => row.atLeast?.currency)).toEqual(['EUR', 'EUR', 'EUR']);
    expect(target?.rows.map((row) => row.status)).toEqual(['met', 'missed', 'met']);
    expect(target?.rows[1]?.gap.amount.toString()).toBe('75022727.27');
  });

  it('reads as metrics, and states the conversion among the assumptions', () => {
    const result = evaluate(parseScenario(scenario()));
    expect(metric(result, 'targets.usd-floor.atLeast.2025').value.toString()).toBe('2727272727.27');
    expect(metric(result, 'targets.usd-floor.met.2025').value.toString()).toBe('0');
    expect(result.assumptions.find((assumption) => assumption.about === 'targets[usd-floor]')?.statement).toBe(
      "Target usd-floor is written in USD (atLeast); in each year its amounts are converted to EUR at the scenario's rate for that year and rounded once.",
    );
  });

  it('an amount in the scenario’s own currency, named, is as if unnamed', () => {
    const named = evaluate(parseScenario(scenario(floor({ atLeast: { amount: '2600000000', currency: 'EUR' } }))));
    const unnamed = evaluate(parseScenario(scenario(floor({ atLeast: { amount: '2600000000' } }))));
    expect(JSON.stringify(named.targets)).toBe(JSON.stringify(unnamed.targets));
    expect(named.assumptions.map((assumption) => assumption.about)).not.toContain('targets[usd-floor]');
  });

  it('a counting limit in dollars caps what counts at its converted amount', () => {
    // Related spending of €1bn a year counts up to $1.1bn: €880m at 1.25, €1bn at 1.10.
    const document = scenario({
      id: 'capped',
      name: 'Defence and related, related up to $1.1bn',
      category: 'defence-and-related',
      counts: [
        { category: 'defence' },
        { category: 'defence-related', upTo: { amount: '1100000000', currency: 'USD' } },
      ],
      atLeast: '3.5%',
      from: 2024,
    }) as { defence: Record<string, unknown> };
    document.defence = {
      ...document.defence,
      related: { amounts: { '2024': '1000000000', '2025': '1000000000', '2026': '1000000000' } },
    };
    const [target] = evaluate(parseScenario(document)).targets;
    expect(target?.rows.map((row) => row.actual.amount.toString())).toEqual([
      '3455000000', // 2,575,000,000 + 880,000,000
      '3652250000', // 2,652,250,000 + 1,000,000,000
      '3611817500', // 2,731,817,500 + 880,000,000
    ]);
  });

  it('a simulation compares with the converted amount, and says the drawn rate does not move it', () => {
    const drawn = simulate(parseScenario(scenario()), {
      trials: 10,
      inputs: { 'defence.shareOfGdp.default': fixed('0.026') },
      metrics: ['defence.2025'],
    });
    // 2.6% of 106,090,000,000 is 2,758,340,000: above €2,727,272,727.27.
    expect(drawn.targets[0]?.rows.map((row) => row.probability.toString())).toEqual(['1', '1', '1']);
    const rate = simulate(parseScenario(scenario()), {
      trials: 10,
      inputs: { 'fx.EUR/USD.2025': fixed('1.3') },
      metrics: ['defence.2025'],
    });
    expect(rate.warnings).toContain(
      "target usd-floor's amounts in USD stay converted at the scenario's rates: drawing the rate moves spending and plans, not the target",
    );
  });
});

describe('every amount of a target may name its currency', () => {
  it('a band in dollars with a ceiling in euros: only the dollars are converted, and the words list each', () => {
    const result = evaluate(parseScenario(scenario(floor({ atMost: { amount: '2800000000', currency: 'EUR' } }))));
    expect(result.targets[0]?.rows.map((row) => row.atMost?.amount.toString())).toEqual([
      '2800000000',
      '2800000000',
      '2800000000',
    ]);
    expect(result.targets[0]?.rows[1]?.atLeast?.amount.toString()).toBe('2727272727.27');
    const two = evaluate(
      parseScenario(
        scenario(floor({ atMost: { amount: '4000000000', currency: 'USD' } }), {
          'EUR/USD': { default: '1.25' },
          'EUR/GBP': { default: '0.8' },
        }),
      ),
    );
    expect(two.assumptions.find((assumption) => assumption.about === 'targets[usd-floor]')).toEqual({
      about: 'targets[usd-floor]',
      statement:
        "Target usd-floor is written in USD (atLeast, atMost); in each year its amounts are converted to EUR at the scenario's rate for that year and rounded once.",
      reason:
        'Spending and GDP are in EUR; a bound compared with them must be too. A fixed amount in USD is a different amount in EUR each year.',
    });
  });

  it('the start of a path and a counting limit in another currency, named in the words by their paths', () => {
    const result = evaluate(
      parseScenario(
        scenario(
          floor({
            atLeast: { amount: '3000000000', currency: 'USD' },
            by: 2026,
            from: undefined,
            start: { year: 2024, value: { amount: '1600000000', currency: 'GBP' } },
          }),
          { 'EUR/USD': { default: '1.25' }, 'EUR/GBP': { default: '0.8' } },
        ),
      ),
    );
    // 2025, halfway: from €2bn (£1.6bn at 0.8 pounds a euro) to €2.4bn ($3bn at 1.25): €2.2bn.
    expect(result.targets[0]?.rows[1]?.atLeast?.amount.toString()).toBe('2200000000');
    expect(result.assumptions.find((assumption) => assumption.about === 'targets[usd-floor]')?.statement).toBe(
      "Target usd-floor is written in USD, GBP (atLeast, start.value); in each year its amounts are converted to EUR at the scenario's rate for that year and rounded once.",
    );
    const limit = evaluate(
      parseScenario(
        scenario({
          id: 'limit',
          name: 'Related counts up to $1.1bn',
          category: 'defence-related',
          countsUpTo: { amount: '1100000000', currency: 'USD' },
          from: 2024,
        }),
      ),
    );
    expect(limit.targets[0]?.rows.map((row) => row.countsUpTo?.amount.toString())).toEqual([
      '880000000',
      '1000000000',
      '880000000',
    ]);
  });

  it.each([
    [
      'counts[0].upTo',
      {
        category: 'defence-and-related',
        counts: [{ category: 'defence', upTo: { amount: '1', currency: 'CHF' } }, { category: 'defence-related' }],
        atLeast: '3%',
      },
      ['counts', 0, 'upTo'],
    ],
    [
      'countsUpTo',
      { category: 'defence-related', countsUpTo: { amount: '1', currency: 'CHF' }, atLeast: undefined },
      ['countsUpTo'],
    ],
    ['atMost', { atMost: { amount: '1', currency: 'CHF' } }, ['atMost']],
    ['start.value', { by: 2026, start: { year: 2024, value: { amount: '1', currency: 'CHF' } } }, ['start', 'value']],
  ] as const)('an amount at %s without a rate is refused there, and an unknown code too', (_, patch, at) => {
    expectIssue(() => parseScenario(scenario(floor(patch))), 'missing_field', ['targets', 0, ...at, 'currency']);
    const unknown = JSON.parse(JSON.stringify(patch).replace('"CHF"', '"XYZ"')) as Record<string, unknown>;
    expectIssue(() => parseScenario(scenario(floor(unknown))), 'unknown_currency', ['targets', 0, ...at, 'currency']);
  });
});

describe('a target amount that cannot be converted is refused at its place', () => {
  it('without a rate for its currency', () => {
    const error = expectIssue(
      () => parseScenario(scenario(floor(), { 'EUR/GBP': { default: '0.85' } })),
      'missing_field',
      ['targets', 0, 'atLeast', 'currency'],
    );
    expect(error.issues[0]?.message).toBe(
      'target usd-floor has an amount in USD: the scenario needs a rate for it, an fx pair EUR/USD or USD/EUR',
    );
  });

  it('in a currency that does not exist', () => {
    expectIssue(
      () => parseScenario(scenario(floor({ atMost: { amount: '9000000000', currency: 'US$' } }))),
      'unknown_currency',
      ['targets', 0, 'atMost', 'currency'],
    );
  });

  it('a floor in dollars above a ceiling in euros in one year only: refused, naming the year', () => {
    // $3bn at 1.10 in 2025 is €2,727,272,727.27, above €2.7bn; at 1.25 (2024, 2026) it is €2.4bn, below.
    const error = expectIssue(
      () => parseScenario(scenario(floor({ atMost: { amount: '2700000000', currency: 'EUR' } }))),
      'out_of_range',
      ['targets', 0, 'atMost'],
    );
    expect(error.issues[0]?.message).toBe("atLeast is above atMost in 2025, at that year's rate");
  });

  it('defineTarget refuses amounts in two currencies', () => {
    const error = expectIssue(
      () => defineTarget({ id: 't', name: 'two', atLeast: money('1', 'USD'), atMost: money('2', 'EUR'), from: 2026 }),
      'currency_mismatch',
      ['atMost'],
    );
    expect(error.issues[0]?.message).toBe('a target’s amounts must all be in one currency: EUR here, USD before');
  });

  it('targetGap refuses to compare an amount in one currency with GDP in another', () => {
    const target = defineTarget({ id: 't', name: '$1', atLeast: money('1', 'USD'), from: 2026 });
    expectIssue(
      () => targetGap({ 2026: money('1', 'EUR') }, { 2026: money('100', 'EUR') }, target),
      'currency_mismatch',
      ['target'],
    );
  });
});
