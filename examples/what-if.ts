// What-ifs on the Lithuania baseline: slower growth, a weaker euro, a 20% overrun on the mines, a
// two-year delay of the border plan; a sweep of the share of GDP; the share needed for €25 billion over
// 2026–2030; and a tornado of the inputs of 2026–2030 spending in dollars.
// Every figure of the baseline is cited in the scenario (scenarios/lithuania-baseline.json).
// Run: npm run build && npx tsx --tsconfig tsconfig.examples.json examples/what-if.ts
import { format, money, type Decimal } from 'budget-whatif';
import {
  evaluate,
  getScenario,
  goalSeek,
  metric,
  sweep,
  tornado,
  withOverrides,
  type Scenario,
} from 'budget-whatif/scenarios';

const bn = (value: Decimal, currency = 'EUR'): string =>
  format(money(value.toFixed(2), currency), { notation: 'compact', maximumFractionDigits: 2 });
const baseline = getScenario('lithuania-baseline');

const variants: [string, Scenario][] = [
  ['baseline', baseline],
  [
    'slower growth (2% real from 2027)',
    withOverrides(baseline, [{ path: 'economy.gdp.realGrowth.default', value: '2%' }]),
  ],
  ['weaker euro (EUR/USD 1.05)', withOverrides(baseline, [{ path: 'fx.EUR/USD.default', value: '1.05' }])],
  [
    '20% overrun on mines',
    withOverrides(baseline, [
      { path: 'plans[border-countermobility].items[anti-tank-mines].amount', value: '960000000' },
      { path: 'plans[border-countermobility].total', value: '1260000000' },
    ]),
  ],
  [
    'border plan two years late',
    withOverrides(baseline, [
      { path: 'plans[border-countermobility].years.from', value: 2027 },
      { path: 'plans[border-countermobility].years.to', value: 2036 },
    ]),
  ],
];

console.log(
  '2026–2030                              defence (EUR)  defence (USD)  border plan 2026–2030  core 3.5% met 2030',
);
for (const [label, scenario] of variants) {
  const result = evaluate(scenario);
  const cells = [
    bn(metric(result, 'defence.2026-2030').value),
    bn(metric(result, 'defence.2026-2030.usd').value, 'USD'),
    bn(metric(result, 'plans.border-countermobility.2026-2030').value),
    metric(result, 'targets.nato-hague-core-3.5pct.met.2030').value.eq(1) ? 'yes' : 'no',
  ];
  console.log(
    `  ${label.padEnd(36)} ${cells[0]?.padStart(13) ?? ''}  ${cells[1]?.padStart(13) ?? ''}  ${cells[2]?.padStart(21) ?? ''}  ${cells[3]?.padStart(18) ?? ''}`,
  );
}

console.log('\nSweep: defence spending 2026–2030 by share of GDP from 2027 (2026 is the voted budget)');
const shares = ['5%', '5.25%', '5.5%', '5.75%', '6%'];
const table = sweep(baseline, {
  path: 'defence.shareOfGdp.default',
  values: shares,
  metrics: ['defence.2026-2030', 'defence.2026-2030.usd'],
});
for (const row of table.rows) {
  const eur = row.metrics['defence.2026-2030']?.value;
  const usd = row.metrics['defence.2026-2030.usd']?.value;
  if (eur !== undefined && usd !== undefined)
    console.log(`  ${String(row.value).padStart(6)}  ${bn(eur).padStart(9)}  ${bn(usd, 'USD').padStart(9)}`);
}

const target = goalSeek(baseline, {
  vary: 'defence.shareOfGdp.default',
  metric: 'defence.2026-2030',
  target: '25000000000',
});
console.log(
  `\nThe share of GDP (2027–2030) that spends €25 billion over 2026–2030: ${target.value.times(100).toDecimalPlaces(4).toString()}% ` +
    `(${target.exact ? 'exact' : 'approximate'}, ${target.method}, ${String(target.iterations)} evaluations)`,
);

const chart = tornado(baseline, {
  metric: 'defence.2026-2030.usd',
  inputs: [
    { path: 'economy.gdp.realGrowth.default', low: '1.5%', high: '4%' },
    { path: 'economy.gdp.deflator.default', low: '1.5%', high: '3.5%' },
    { path: 'fx.EUR/USD.default', low: '1.05', high: '1.20' },
    { path: 'defence.shareOfGdp.default', low: '5%', high: '6%' },
  ],
});
console.log(`\nTornado of defence spending 2026–2030 in USD (baseline ${bn(chart.base.value, 'USD')})`);
for (const row of chart.rows) {
  console.log(
    `  ${row.path.padEnd(32)} ${String(row.low).padStart(5)} → ${bn(row.atLow, 'USD').padStart(8)}   ${String(row.high).padStart(5)} → ${bn(row.atHigh, 'USD').padStart(8)}   swing ${bn(row.swing, 'USD')}`,
  );
}
