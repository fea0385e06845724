// Another country, another currency: Poland's 2026 defence budget in złoty, with dollar and euro views at
// the ECB's rates quoted as newspapers quote them (złoty per dollar, złoty per euro), and a path from 4.8%
// of GDP in 2026 to 5% in 2030. The budget is cited; GDP and the path are assumptions, stated as such.
// Run: npm run build && npx tsx --tsconfig tsconfig.examples.json examples/poland-pln.ts
import { format, money } from 'budget-whatif';
import { evaluate, metric, parseScenario } from 'budget-whatif/scenarios';

const minister = {
  publisher: 'Kurier Wileński (zw.lt)',
  title: 'Polska podniesie wydatki obronne do 4,8% PKB w 2026 roku',
  url: 'https://zw.lt/bezpieczenstwo/polska-podniesie-wydatki-obronne-do-48-pkb-w-2026-roku/',
  published: '2025-08-29',
  quoted:
    '„W 2026 roku na obronność przeznaczymy rekordowe 200 mld zł (prawie 47 mld euro), co stanowi ponad 4,8 proc. PKB” – powiedział Domański',
  about: 'defence.amounts.2026, economy.gdp.series.2026',
};

const scenario = parseScenario({
  name: 'Poland: the 2026 budget, then a path to 5% of GDP by 2030',
  currency: 'PLN',
  years: { from: 2026, to: 2030 },
  economy: {
    // 200 bn zł at 4.8% of GDP: 4,166.67 bn zł (an upper bound: "more than 4.8%"), then 5% a year nominal.
    gdp: { known: { '2026': '4166666666666.67' }, nominalGrowth: { default: '0.05' } },
  },
  // Złoty per dollar and per euro, as they are quoted: the ECB's annual averages where its table has the
  // year, else the 2025 averages held (an exact fraction for the dollar, crossed through the euro).
  fx: {
    'USD/PLN': { source: 'ecb', basis: 'annual-average', default: '4.2397/1.13' },
    'EUR/PLN': { source: 'ecb', basis: 'annual-average', default: '4.2397' },
  },
  defence: {
    amounts: { '2026': '200000000000' },
    shareOfGdp: { '2026': '4.8%', '2030': '5%', interpolate: 'linear' },
  },
  targets: ['nato-hague-core-3.5pct'],
  sources: [minister],
  assumptions: [
    {
      about: 'economy.gdp',
      statement: 'GDP in 2026 is the 4,166.67 bn zł that 200 bn zł at 4.8% implies, then grows 5% a year.',
      reason:
        'An illustration: the minister gave the budget and its share ("more than 4.8%"), not GDP; no forecast is cited here.',
    },
  ],
});

const result = evaluate(scenario);
const show = (name: string, currency: string): string => format(money(metric(result, name).value, currency));
console.log(`${scenario.name}\n`);
console.log(
  `Defence in 2026: ${show('defence.2026', 'PLN')} = ${show('defence.2026.USD', 'USD')} = ${show('defence.2026.EUR', 'EUR')}`,
);
console.log(
  '  (the minister said "prawie 47 mld euro", almost €47 bn, at a rate of his own; the figures above are at the ECB\'s 2025 averages)',
);
for (const year of [2027, 2028, 2029, 2030])
  console.log(
    `Defence in ${String(year)}: ${metric(result, `defence.share.${String(year)}`)
      .value.times(100)
      .toFixed(2)}% of GDP, ${show(`defence.${String(year)}`, 'PLN')} = ${show(`defence.${String(year)}.USD`, 'USD')}`,
  );
console.log(`Over 2026–2030: ${show('defence.total', 'PLN')} = ${show('defence.total.USD', 'USD')}\n`);
console.log('Assumed:');
for (const assumption of result.assumptions) console.log(`  - ${assumption.statement}\n    (${assumption.reason})`);
console.log('Sources:');
for (const source of result.sources)
  console.log(`  - ${source.publisher}, ${source.title}${source.url === undefined ? '' : `, ${source.url}`}`);
