// Split Lithuania's €1.1 billion border plan exactly: the mines' €800 million and the rest, then each
// over ten years, in cents that always add up. Figures: AFP, "Lithuania to spend $1.2 bn to fortify
// Russia, Belarus border", 5 May 2025 (the Ministry of National Defence's statement): "approximately 1.1
// billion euros ... over the next 10 years", "800 million euros ... on anti-tank mines".
// Run: npm start (or npm run examples).
import { add, allocate, format, money, subtract, sum, toJSON } from 'budget-whatif';

const plan = money('1100000000', 'EUR');
const mines = money('800000000', 'EUR');
const other = subtract(plan, mines);

console.log(`Border plan: ${format(plan)} (${format(plan, { notation: 'compact' })})`);
console.log(`  anti-tank mines: ${format(mines)}; other counter-mobility measures: ${format(other)}`);

// Ten years, 2025-2034 (an assumption: "over the next 10 years" from May 2025), evenly.
const years = Array.from({ length: 10 }, (_, i) => 2025 + i);
const perYear = allocate(
  plan,
  years.map(() => 1),
);
console.log('\nEven phasing, per year:');
for (const [i, year] of years.entries()) console.log(`  ${String(year)}  ${format(perYear[i] ?? plan)}`);
console.log(`  total ${format(sum(perYear))}`);

// An amount that does not divide: one cent more, split 1:1:1. The parts still sum to the total.
const awkward = money('1000000000.01', 'EUR');
const thirds = allocate(awkward, [1, 1, 1]);
console.log(
  `\n${format(awkward)} in three: ${thirds.map((part) => format(part)).join(' + ')} = ${format(sum(thirds))}`,
);

// Spreadsheets on binary floats drift; exact decimals do not.
const floatSum = Array.from({ length: 10 }, () => 0.1).reduce((a, b) => a + b, 0);
const exactSum = Array.from({ length: 10 }, () => money('0.1', 'EUR')).reduce((a, b) => add(a, b));
console.log(`\nTen times 0.1: float ${String(floatSum)}, exact ${exactSum.amount.toString()}`);

// Amounts leave as strings, never floats.
console.log(`\nJSON: ${JSON.stringify(toJSON(mines))}`);
console.log(`Lithuanian: ${format(plan, { locale: 'lt-LT', notation: 'compact' })}`);
