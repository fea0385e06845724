import { expect } from 'vitest';
import { money, toMinorUnits, type Plan, type PlanInput, type Schedule } from '../../src/index';

/** Each row's cells in minor units, for compact expectations. */
export function cells(table: Schedule): bigint[][] {
  return table.rows.map((row) => table.items.map((item) => toMinorUnits(row.items[item.id] ?? row.total)));
}

/** Check the three sums of a schedule with plain bigint arithmetic: rows, columns and the grand total. */
export function expectReconciled(plan: Plan, table: Schedule): void {
  const grid = cells(table);
  table.rows.forEach((row, y) => {
    expect(
      (grid[y] ?? []).reduce((a, b) => a + b, 0n),
      `row ${String(row.year)}`,
    ).toBe(toMinorUnits(row.total));
  });
  plan.items.forEach((item, i) => {
    expect(
      grid.reduce((sum, row) => sum + (row[i] ?? 0n), 0n),
      `item ${item.id}`,
    ).toBe(toMinorUnits(item.amount));
  });
  expect(table.rows.reduce((sum, row) => sum + toMinorUnits(row.total), 0n)).toBe(toMinorUnits(plan.total));
  expect(plan.items.reduce((sum, item) => sum + toMinorUnits(item.amount), 0n)).toBe(toMinorUnits(plan.total));
  const last = table.rows.at(-1);
  if (last !== undefined) expect(toMinorUnits(last.cumulative)).toBe(toMinorUnits(plan.total));
}

/** The border plan as printed (€1.1bn over 2025–2034, €800m of mines, the rest other measures), to vary in tests. */
export const BORDER_PLAN: PlanInput = {
  id: 'border-countermobility',
  name: 'Border plan',
  total: money('1100000000', 'EUR'),
  years: { from: 2025, to: 2034 },
  items: [
    { id: 'anti-tank-mines', amount: '800000000' },
    { id: 'other-measures', remainder: true },
  ],
};
