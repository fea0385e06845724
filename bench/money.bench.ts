// Money: allocate into 10 and 1,000 parts against Dinero.js v2 on the same input, and a loop of
// add + multiply + round. Targets (issue 2): our allocate into 10 parts no slower than Dinero.js's.
import { allocate as dineroAllocate, dinero } from 'dinero.js';
import { EUR } from 'dinero.js/currencies';
import { Bench } from 'tinybench';
import { add, allocate, money, multiply, round } from 'budget-whatif';
import { find, measure, printRatio, printTable } from './report';

const TOTAL = money('1100000000.00', 'EUR');
const TEN = Array.from({ length: 10 }, (_, i) => i + 1);
const THOUSAND = Array.from({ length: 1000 }, (_, i) => i + 1);
const DINERO_TOTAL = dinero({ amount: 110_000_000_000, currency: EUR }); // €1.1 billion in cents
const OPERATIONS = 100_000;

export async function benchMoney(): Promise<void> {
  const bench = new Bench({ time: 1000, warmupTime: 200 });
  bench
    .add('budget-whatif allocate €1.1bn into 10 parts', () => allocate(TOTAL, TEN))
    .add('Dinero.js v2 allocate €1.1bn into 10 parts', () => dineroAllocate(DINERO_TOTAL, TEN))
    .add('budget-whatif allocate €1.1bn into 1,000 parts', () => allocate(TOTAL, THOUSAND))
    .add('Dinero.js v2 allocate €1.1bn into 1,000 parts', () => dineroAllocate(DINERO_TOTAL, THOUSAND));
  const rows = await measure(bench);

  const loop = new Bench({ time: 3000, warmupTime: 500, iterations: 5 });
  const step = money('1.01', 'EUR');
  loop.add(`${String(OPERATIONS)} × add + multiply + round`, () => {
    let acc = money('0', 'EUR');
    for (let i = 0; i < OPERATIONS; i++) acc = round(multiply(add(acc, step), '1.0001'));
    return acc;
  });
  rows.push(...(await measure(loop)));

  printTable('Money', rows);
  printRatio(
    'allocate into 10 parts, budget-whatif / Dinero.js (target ≤ 1)',
    find(rows, 'budget-whatif allocate €1.1bn into 10 parts'),
    find(rows, 'Dinero.js v2 allocate €1.1bn into 10 parts'),
  );
  printRatio(
    'allocate into 1,000 parts, budget-whatif / Dinero.js',
    find(rows, 'budget-whatif allocate €1.1bn into 1,000 parts'),
    find(rows, 'Dinero.js v2 allocate €1.1bn into 1,000 parts'),
  );
}
