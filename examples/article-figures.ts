// The news article's figures, read as the intervals they stand for and checked against each other and
// against the ECB's reference rates.
//
// Article: Kyiv Independent, Tim Zadorozhnyy, "Lithuania to mine border with Russia, Belarus in new $1.2
// billion defense plan", 6 May 2025,
// https://kyivindependent.com/lithuania-to-mine-border-with-russia-belarus-in-1-2-billion-defense-plan/
// It prints "1.1 billion euros ($1.2 billion)" and "800 million euros ($905 million)".
// Run: npm run build && npx tsx --tsconfig tsconfig.examples.json examples/article-figures.ts
import {
  checkShare,
  datesConsistentWith,
  divideIntervals,
  formatInterval,
  impliedRate,
  parseQuote,
  rateOn,
  reconcileQuotes,
  type Interval,
} from 'budget-whatif';
import { ecb } from 'budget-whatif/ecb';

const show = (range: Interval, places = 5): string => formatInterval(range, { places });

const plan = { euros: parseQuote('1.1 billion euros'), dollars: parseQuote('$1.2 billion') };
const mines = { euros: parseQuote('about 800 million euros'), dollars: parseQuote('$905 million') };

console.log('What the printed figures stand for (±half a unit of the last printed digit):');
for (const quote of [plan.euros, plan.dollars, mines.euros, mines.dollars]) {
  console.log(`  ${quote.text.padEnd(26)} ${show(quote.interval, 0)}`);
}

const planRate = impliedRate(plan.euros, plan.dollars);
const minesRate = impliedRate(mines.euros, mines.dollars);
console.log('\nEUR/USD rates under which each pair agrees (bounds rounded outward):');
console.log(`  "1.1 billion euros ($1.2 billion)"    ${show(planRate)}`);
console.log(`  "800 million euros ($905 million)"    ${show(minesRate)}`);

const both = reconcileQuotes([
  { label: 'plan', a: plan.euros, b: plan.dollars },
  { label: 'mines', a: mines.euros, b: mines.dollars },
]);
if (!both.consistent) throw new Error('the article’s figures disagree');
console.log(`  both                                 ${show(both.intersection)}`);

const dates = datesConsistentWith(ecb, both.intersection, { from: '2025-04-01', to: '2025-06-30' });
console.log(`\nECB reference dates in April–June 2025 with EUR/USD in that interval (${String(dates.length)}):`);
for (const { date, rate } of dates) console.log(`  ${date}  ${rate.toFixed(4)}`);
const may5 = rateOn(ecb, 'EUR', 'USD', '2025-05-05');
console.log(
  `  (the ECB rate of the announcement, 5 May 2025, was ${may5.rate.toFixed(4)}: ${
    dates.some((d) => d.date === '2025-05-05') ? 'inside' : 'outside'
  } the interval; Kyiv Post's "$907 million" matches it)`,
);

const share = divideIntervals(mines.euros.interval, plan.euros.interval);
console.log(
  `\nThe mines' share of the plan, from the printed euro figures: ${formatInterval(share, { places: 2, percent: true })}`,
);
const threeQuarters = checkShare(mines.euros, plan.euros, 'three quarters');
console.log(
  `  BelTA's "three quarters": ${threeQuarters.verdict} (the rounded figures allow 0.75 but do not imply it)`,
);
