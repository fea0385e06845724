// What "5–6% of GDP every year from 2026 to 2030" comes to, next to NATO's targets, the border plan and
// Lithuania's neighbours. Every figure comes from the embedded, cited dataset (lithuania.*); the
// assumptions are printed with their reasons.
// Run: npm run build && npx tsx --tsconfig tsconfig.examples.json examples/gdp-scenarios.ts
import {
  annualAverage,
  convertSeries,
  format,
  formatSource,
  gdpPath,
  lithuania,
  mapSeries,
  money,
  ratio,
  requiredShare,
  schedule,
  sliceSeries,
  spendingAtShare,
  sumSeries,
  TARGETS,
  targetGap,
  type Decimal,
  type Figure,
  type Money,
  type RatesByYear,
  type YearSeries,
} from 'budget-whatif';
import { ecb } from 'budget-whatif/ecb';

const bn = (amount: Money): string => format(amount, { notation: 'compact', maximumFractionDigits: 2 });
const pct = (share: Decimal, places = 2): string => `${share.times(100).toFixed(places)}%`;
// Forecast figures by year, then a default for the years no forecast covers.
const asRates = (values: YearSeries<Figure<Decimal>>, fallback: string): RatesByYear => ({
  default: fallback,
  ...mapSeries(values, (figure) => figure.value),
});

// GDP: Eurostat 2024, grown by the European Commission's Autumn 2025 forecasts.
const base = lithuania.gdp.versions['eurostat-2025'].values[2024];
if (base === undefined) throw new Error('no 2024 GDP');
const realGrowth = lithuania.realGrowth.versions['ec-autumn-2025'].values;
const inflation = lithuania.inflation.versions['ec-autumn-2025'].values;
const gdp = gdpPath({
  base: { year: 2024, amount: base.value },
  realGrowth: asRates(realGrowth, '0.03'),
  deflator: asRates(inflation, '0.025'),
  to: 2030,
});
console.log(`GDP base: ${bn(base.value)} in 2024 (${formatSource(base.source)})`);
console.log('Assumptions:');
console.log(
  '  - real growth: EC Autumn 2025 for 2025–2026, then 3.0% a year (its 2026 figure held; no later official forecast)',
);
console.log(
  '  - deflator: EC Autumn 2025 HICP inflation for 2025–2026, then 2.5% (no GDP-deflator forecast was found; HICP stands in)',
);
console.log('  - EUR/USD: 1.1300 for 2026–2030, the ECB average of 2025 (rates of future years are unknown)');
console.log('  - defence-related spending (The Hague 1.5%): none counted, for want of data\n');

const years = { from: 2026, to: 2030 };
const gdpPlan = sliceSeries(gdp, years);
const usdRate = annualAverage(ecb, 'EUR', 'USD', 2025);

console.log('Defence spending at 5%, 5.5% and 6% of GDP, 2026–2030');
console.log(
  `  year  ${'GDP'.padStart(10)}${'5%'.padStart(11)}${'5.5%'.padStart(11)}${'6%'.padStart(11)}${'5.5% in USD'.padStart(14)}`,
);
const atShares = (['0.05', '0.055', '0.06'] as const).map((share) => spendingAtShare(gdpPlan, share));
const usd = convertSeries(atShares[1] ?? {}, usdRate);
for (let year = years.from; year <= years.to; year++) {
  const cells = atShares.map((series) => bn(series[year] ?? money('0', 'EUR')).padStart(11)).join('');
  console.log(
    `  ${String(year)}  ${bn(gdpPlan[year] ?? money('0', 'EUR')).padStart(10)}${cells}${bn(usd[year] ?? money('0', 'USD')).padStart(14)}`,
  );
}
const totals = atShares.map((series) => bn(sumSeries(series)).padStart(11)).join('');
console.log(`  total ${bn(sumSeries(gdpPlan)).padStart(10)}${totals}${bn(sumSeries(usd)).padStart(14)}`);

console.log('\nThe gap to each target at 5.5% of GDP (0 = met; "(not due)" before the deadline)');
const core = atShares[1] ?? {};
const related: YearSeries<Money> = mapSeries(gdpPlan, () => money('0', 'EUR'));
for (const target of Object.values(TARGETS)) {
  const spending = target.category === 'defence-related' ? related : core;
  const rows = targetGap(spending, gdpPlan, target).rows;
  const cells = rows.map(
    (row) =>
      `${String(row.year)} ${row.met ? 'met' : `${row.gapPoints.toFixed(2)} pp off`}${row.due ? '' : ' (not due)'}`,
  );
  console.log(`  ${target.id.padEnd(27)} ${cells.join(' | ')}`);
}

console.log('\nThe border plan (even phasing, an assumption) against defence spending at 5.5% and GDP');
const plan = schedule(lithuania.borderPlan);
for (const row of plan.rows.filter((r) => r.year >= years.from && r.year <= years.to)) {
  const defence = core[row.year] ?? money('1', 'EUR');
  const ofGdp = gdpPlan[row.year] ?? money('1', 'EUR');
  console.log(
    `  ${String(row.year)}  ${bn(row.total)} = ${pct(ratio(row.total, defence))} of defence spending, ${pct(ratio(row.total, ofGdp), 3)} of GDP`,
  );
}

const in2030 = gdpPlan[2030];
if (in2030 !== undefined) {
  const needed = requiredShare(money('6000000000', 'EUR'), in2030);
  console.log(`\nTo spend €6 billion in 2030 on a GDP of ${bn(in2030)}: ${pct(needed, 3)} of GDP`);
}

console.log('\nNATO estimates of defence spending, % of GDP (August 2025 release; 2025 estimated)');
const countries = lithuania.natoShareOfGdp;
console.log(
  `  year ${Object.keys(countries)
    .map((code) => code.padStart(7))
    .join('')}`,
);
for (const year of [2014, 2018, 2022, 2023, 2024, 2025]) {
  const cells = Object.values(countries).map((country) => {
    const figure = country.values[year];
    return (figure === undefined ? '–' : pct(figure.value)).padStart(7);
  });
  console.log(`  ${String(year)} ${cells.join('')}`);
}
