// How uncertain is Lithuania's 2026–2030 defence spending? The baseline scenario run 100,000 times with
// uncertain growth, inflation, exchange rate, share of GDP and cost of the mines: p5/p50/p95 of spending
// in euros and dollars and of the border plan in dollars, and the probability of reaching 5% of GDP in
// each year. The seed makes every figure reproducible.
// Run: npm run build && npx tsx --tsconfig tsconfig.examples.json examples/monte-carlo.ts
import { format, money, type Decimal } from 'budget-whatif';
import { evaluate, getScenario, withOverrides } from 'budget-whatif/scenarios';
import { ci90, follow, normal, pert, simulate, uniform, type Summary } from 'budget-whatif/uncertainty';

const MINES = 'plans[border-countermobility].items[anti-tank-mines].amount';

// Each distribution is an assumption, stated with why; the centres are the baseline's cited figures.
const assumptions = [
  [
    'Real growth from 2027: normal, mean 3%, sd 1 point',
    'The mean is the baseline’s 3% (European Commission, autumn 2025, for 2026). The spread is an assumption: forecasts for 2025–2027 span 2.3–3.2% (EC, Bank of Lithuania, OECD) and growth was 0.3% in 2023, 2.8% in 2024.',
  ],
  [
    'GDP deflator from 2027: normal, mean 2.5%, sd 1 point',
    'The baseline’s 2.5% is itself an assumption (no deflator forecast was found); so is the spread.',
  ],
  [
    'EUR/USD: lognormal, 90% between 1.04 and 1.21',
    'The 5th and 95th percentiles of the ECB’s daily euro reference rate in 2015–2025 (ECB, data/raw/ecb-eurofxref-hist.csv).',
  ],
  [
    'Defence share of GDP from 2027: uniform, 5% to 6%',
    'The State Defence Council’s band for 2026–2030 (Delfi, 17 January 2025); no point in it is favoured.',
  ],
  [
    'Anti-tank mines: PERT, €720m, most likely €800m, €1.2bn',
    'Most likely the announced €800 million (AFP, 5 May 2025). The range, −10% to +50%, is an assumption: defence procurement overruns more often than it saves. Other measures stay at €300 million, so a dearer mine raises the plan’s total.',
  ],
];

const baseline = getScenario('lithuania-baseline');
const economy = {
  'economy.gdp.realGrowth.default': normal('3%', '1%'),
  'economy.gdp.deflator.default': normal('2.5%', '1%'),
};
const result = simulate(baseline, {
  trials: 100_000,
  seed: 2026,
  inputs: {
    ...economy,
    'fx.EUR/USD.default': ci90('1.04', '1.21'),
    'defence.shareOfGdp.default': uniform('5%', '6%'),
    [MINES]: pert('720000000', '800000000', '1200000000'),
    'plans[border-countermobility].total': follow(MINES, { plus: '300000000' }),
  },
  metrics: ['defence.2026-2030', 'defence.2026-2030.usd', 'plans.border-countermobility.total.usd'],
});

const bn = (value: Decimal | undefined, currency: string): string =>
  value === undefined
    ? '—'
    : format(money(value.toFixed(2), currency), { notation: 'compact', maximumFractionDigits: 2 });
const spread = (summary: Summary | undefined, currency: string): string =>
  ['p5', 'p50', 'p95'].map((p) => bn(summary?.percentiles[p], currency).padStart(9)).join('  ');

console.log(`${String(result.trials)} trials, seed ${String(result.seed)}, ${result.generator}\n`);
console.log('Assumptions');
for (const [what, why] of assumptions) console.log(`  ${what ?? ''}\n      ${why ?? ''}`);

console.log('\n                                          p5        p50        p95');
const labels = ['Defence spending 2026–2030 (EUR)', 'Defence spending 2026–2030 (USD)', 'Border plan 2025–2034 (USD)'];
result.metrics.forEach((metric, i) => {
  console.log(`  ${(labels[i] ?? metric.name).padEnd(36)} ${spread(metric.summary, metric.unit)}`);
});

// The same question when the budget is set in euros, at exactly 5% of the GDP forecast for 2027–2030:
// then GDP decides the share, and a stronger economy pushes it below 5%. Growth is drawn once per trial
// for every year (an input on `.default`), so a trial is above the forecast in every year or in none.
const forecast = evaluate(baseline).gdp;
const inEuros = withOverrides(
  baseline,
  [2027, 2028, 2029, 2030].map((year) => ({
    path: `defence.amounts.${String(year)}`,
    value: forecast[year]?.amount.times('0.05').toFixed(2) ?? '0',
  })),
);
const euroBudget = simulate(inEuros, { trials: 100_000, seed: 2026, inputs: economy, metrics: ['defence.2030'] });

const odds = (targets: typeof result.targets, year: number): string =>
  (
    targets
      .find((target) => target.id === 'nato-hague-total-5pct')
      ?.rows.find((row) => row.year === year)
      ?.probability.times(100)
      .toFixed(1) ?? '—'
  ).padStart(6);
console.log('\nProbability of spending at least 5% of GDP');
console.log('        share of GDP set at 5–6%    euros set at 5% of the GDP forecast');
for (const year of [2026, 2027, 2028, 2029, 2030])
  console.log(
    `  ${String(year)}  ${odds(result.targets, year)}%                      ${odds(euroBudget.targets, year)}%`,
  );
