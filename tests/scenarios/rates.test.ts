// Issue 14, part 2: rates quoted either way round, and exact reciprocals. Figures worked by hand: a PLN
// scenario with GDP of 3,900bn in 2025 and defence at 4.7% spends 183.3bn złoty; at 4 złoty a dollar that
// is $45.825bn, at 3.95 it is 183.3bn ÷ 3.95 = $46,405,063,291.139…, $46,405,063,291.14 to the cent.
import { describe, expect, it } from 'vitest';
import { evaluate, metric, parseScenario, withOverrides } from '../../src/scenarios/index';
import { fixed, simulate } from '../../src/uncertainty/index';
import { expectIssue } from '../helpers/errors';

const polish = (fx: unknown): unknown => ({
  name: 'Poland',
  currency: 'PLN',
  years: { from: 2025, to: 2026 },
  economy: { gdp: { series: { '2025': '3900000000000', '2026': '4100000000000' } } },
  fx,
  defence: { shareOfGdp: { default: '4.7%' } },
});
const usd2025 = (fx: unknown): string =>
  metric(evaluate(parseScenario(polish(fx))), 'defence.2025.USD').value.toString();

describe('a pair quoted either way round', () => {
  it('"USD/PLN": "4.0" and "PLN/USD": "1/4" give byte-identical results', () => {
    const dollars = JSON.stringify(evaluate(parseScenario(polish({ 'USD/PLN': { default: '4.0' } }))));
    const reciprocal = JSON.stringify(evaluate(parseScenario(polish({ 'PLN/USD': { default: '1/4' } }))));
    expect(reciprocal).toBe(dollars);
    expect(usd2025({ 'USD/PLN': { default: '4.0' } })).toBe('45825000000');
    expect(usd2025({ 'PLN/USD': { default: '0.25' } })).toBe('45825000000');
  });

  it('3.95 złoty a dollar: divided exactly, rounded once, however it is written', () => {
    for (const fx of [{ 'USD/PLN': { default: '3.95' } }, { 'PLN/USD': { default: '1/3.95' } }])
      expect(usd2025(fx)).toBe('46405063291.14');
    // The other way round twice over is a plain product: 1/0.25 złoty a dollar is 0.25 dollars a złoty.
    expect(usd2025({ 'USD/PLN': { default: '1/0.25' } })).toBe('45825000000');
  });

  it('keeps a reciprocal as written in the canonical form, and in an override', () => {
    const scenario = parseScenario(polish({ 'PLN/USD': { default: ' 1 / 3.950 ' } }));
    expect(scenario.fx).toEqual({ 'PLN/USD': { default: '1/3.95' } });
    const weaker = withOverrides(scenario, [{ path: 'fx.PLN/USD.default', value: '1/4' }], { from: '--set' });
    expect(weaker.changes?.[0]).toEqual({ path: 'fx.PLN/USD.default', before: '1/3.95', after: '1/4', from: '--set' });
    expect(metric(evaluate(weaker), 'defence.2025.USD').value.toString()).toBe('45825000000');
  });

  it('a simulation divides by a rate quoted the other way round', () => {
    const result = simulate(parseScenario(polish({ 'USD/PLN': { default: '3.95' } })), {
      trials: 10,
      inputs: { 'fx.USD/PLN.default': fixed('4') },
      metrics: ['defence.2025.USD'],
    });
    expect(result.metrics[0]?.summary.mean.toString()).toBe('45825000000');
  });
});

describe('rates that cannot be read are refused at their place', () => {
  it.each([
    ['the reciprocal of zero', { 'PLN/USD': { default: '1/0' } }, 'out_of_range', ['fx', 'PLN/USD', 'default']],
    [
      'the reciprocal of a negative rate',
      { 'PLN/USD': { '2025': '1/-4', default: '0.25' } },
      'out_of_range',
      ['fx', 'PLN/USD', '2025'],
    ],
    [
      'a fraction beyond the largest number',
      { 'PLN/USD': { default: '999999999999999999999/0.0000000000000000001' } },
      'out_of_range',
      ['fx', 'PLN/USD', 'default'],
    ],
    ['the reciprocal of a word', { 'PLN/USD': { default: '1/four' } }, 'invalid_number', ['fx', 'PLN/USD', 'default']],
    [
      'a pair without the scenario’s currency',
      { 'USD/EUR': { default: '1.1' } },
      'currency_mismatch',
      ['fx', 'USD/EUR'],
    ],
    [
      'two pairs for one view',
      { 'USD/PLN': { default: '4' }, 'PLN/USD': { default: '0.25' } },
      'currency_mismatch',
      ['fx', 'PLN/USD'],
    ],
  ] as const)('%s', (_, fx, code, path) => {
    expectIssue(() => evaluate(parseScenario(polish(fx))), code, path);
  });

  it('a rate written the wrong way round is implausible against the ECB’s, whichever way the pair is quoted', () => {
    const result = evaluate(parseScenario(polish({ 'USD/PLN': { default: '0.25' } })));
    expect(result.plausibility.map((warning) => warning.path)).toEqual(['fx.USD/PLN.default']);
    expect(result.plausibility[0]?.message).toContain('the pair written the other way round?');
    expect(evaluate(parseScenario(polish({ 'PLN/USD': { default: '1/4' } }))).plausibility).toEqual([]);
  });
});
