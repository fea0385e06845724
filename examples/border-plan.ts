// Lithuania's border plan year by year: the even and the front-loaded schedules, and what a two-year
// delay and a 20% overrun on the mines do to them. Every table adds up across and down, to the cent.
//
// Figures: AFP, 5 May 2025 ("approximately 1.1 billion euros ... over the next 10 years", "800 million
// euros ... on anti-tank mines"); Kyiv Independent, 6 May 2025. The years 2025–2034 and the phasing are
// assumptions (see borderPlan.assumptions).
// Run: npm run build && npx tsx --tsconfig tsconfig.examples.json examples/border-plan.ts
import { borderPlan, definePlan, delay, format, overrun, schedule, type Money, type Plan } from 'budget-whatif';

// Whole euros for the tables (every amount here is a whole number of euros).
const eur = (amount: Money): string => format(amount, { maximumFractionDigits: 0, minimumFractionDigits: 0 });

function printSchedule(title: string, plan: Plan): void {
  const table = schedule(plan);
  const ids = table.items.map((item) => item.id);
  console.log(`\n${title}`);
  console.log(
    `  year  ${ids.map((id) => id.padStart(18)).join('')}${'total'.padStart(18)}${'cumulative'.padStart(18)}`,
  );
  for (const row of table.rows) {
    const cells = ids.map((id) => eur(row.items[id] ?? row.total).padStart(18)).join('');
    console.log(`  ${String(row.year)}  ${cells}${eur(row.total).padStart(18)}${eur(row.cumulative).padStart(18)}`);
  }
  const totals = table.items.map((item) => eur(item.amount).padStart(18)).join('');
  console.log(`  total ${totals}${eur(table.total).padStart(18)}`);
}

console.log(
  `${borderPlan.name}: ${format(borderPlan.total)}, ${String(borderPlan.years.from)}–${String(borderPlan.years.to)}`,
);
for (const assumption of borderPlan.assumptions)
  console.log(`  assumption (${assumption.about}): ${assumption.statement}`);

printSchedule('Even phasing (the dataset default)', borderPlan);

// The same plan, front-loaded: mines bought first, over 2025–2028, three times as much in the first
// year as in the last; the other measures spread evenly over the decade.
const frontLoaded = definePlan({
  id: borderPlan.id,
  name: `${borderPlan.name}, front-loaded`,
  total: borderPlan.total,
  years: borderPlan.years,
  items: [
    {
      id: 'anti-tank-mines',
      amount: '800000000',
      years: { from: 2025, to: 2028 },
      phasing: { kind: 'front-loaded', ratio: 3 },
    },
    { id: 'other-measures', remainder: true },
  ],
  sources: borderPlan.sources,
});
printSchedule('Front-loaded: mines over 2025–2028, ratio 3', frontLoaded);

printSchedule('Even phasing, delayed two years', delay(borderPlan, 2));

const dearer = overrun(frontLoaded, 'anti-tank-mines', '0.2');
printSchedule(`Front-loaded with a 20% overrun on mines (total ${format(dearer.total)})`, dearer);
