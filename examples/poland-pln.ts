// Another country, another currency: Poland's 2026 defence budget in złoty, with dollar and euro views at
// the ECB's rates quoted as newspapers quote them (złoty per dollar, złoty per euro), and a path from 4.8%
// of GDP in 2026 to 5% in 2030. The budget and its share of GDP are cited, and GDP in 2026 follows from
// them; growth in 2027 is the European Commission's forecast; the rest is assumed, and says why.
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
  about: 'defence.amounts.2026',
};

const sejm = {
  publisher: 'Super Biznes (se.pl)',
  title: "[A report on the 2026 budget bill's first reading in the Sejm]",
  url: 'https://superbiz.se.pl/wiadomosci/budzet-2026-koniec-drozyzny-domanski-przedstawil-plan-aa-R9H2-xSgD-zQxZ.html',
  published: '2025-10-09',
  quoted: 'Projekt budżetu przewiduje rekordowe wydatki na obronę (200 mld zł, 4,81% PKB)',
  note: 'The title is described, not quoted: the headline was not checked; the words quoted were.',
  about: 'economy.gdp.known.2026',
};

const commission = {
  publisher: 'Do Rzeczy',
  title: "[A report on the European Commission's autumn 2025 forecast for Poland]",
  url: 'https://dorzeczy.pl/swiat/810048/raport-ke-bedzie-drozej.html',
  published: '2025-11-23',
  quoted: 'W roku 2027 tempo wzrostu gospodarczego nad Wisłą ma spowolnić do 2,8 proc.',
  note: 'The title is described, not quoted: the headline was not checked; the words quoted were.',
  about: 'economy.gdp.realGrowth.2027',
};

const scenario = parseScenario({
  name: 'Poland: the 2026 budget, then a path to 5% of GDP by 2030',
  currency: 'PLN',
  years: { from: 2026, to: 2030 },
  economy: {
    gdp: {
      // 200 bn zł ÷ 4.81%: 4,158,004,158,004.158… zł, to the grosz.
      known: { '2026': '4158004158004.16' },
      realGrowth: { '2027': '2.8%', default: '2.8%' },
      deflator: { default: '2.5%' },
    },
  },
  // Złoty per dollar and per euro, as they are quoted: the ECB's annual averages where its table has the
  // year, else the 2025 averages held (an exact fraction for the dollar, crossed through the euro).
  fx: {
    'USD/PLN': { source: 'ecb', basis: 'annual-average', default: '4.2397/1.13' },
    'EUR/PLN': { source: 'ecb', basis: 'annual-average', default: '4.2397' },
  },
  defence: {
    amounts: { '2026': '200000000000' },
    shareOfGdp: { '2026': '4.81%', '2030': '5%', interpolate: 'linear' },
  },
  targets: ['nato-hague-core-3.5pct'],
  sources: [{ ...minister, about: 'defence.amounts.2026' }, sejm, commission],
  assumptions: [
    {
      about: 'economy.gdp.known.2026',
      statement:
        'GDP in 2026 is the 4,158.00 bn zł that 200 bn zł at 4.81% of GDP implies (the budget bill’s own GDP, not a statistical office’s).',
      reason:
        'The bill gives the budget and its share, not GDP; the share is rounded to 0.01 points, so GDP is known to about ±0.1%.',
    },
    {
      about: 'economy.gdp.realGrowth.default, economy.gdp.deflator.default',
      statement:
        "Real growth after 2027 stays at the Commission's 2.8% for 2027, and the GDP deflator is 2.5% a year (the National Bank of Poland's inflation target).",
      reason: 'An illustration: no forecast beyond 2027 is cited here, and prices are taken to settle at the target.',
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
