// Controlled rounding's documented order (issue 11): cells round up largest fractional part first, ties
// by row and then column; column totals exact; rows within one unit, or exactly their given totals.
import { describe, expect, it } from 'vitest';
import { controlledRounding, type Rational } from '../../src/plans/controlledRounding';

const q = (num: number, den: number): Rational => ({ num: BigInt(num), den: BigInt(den) });
const table = (rows: readonly (readonly Rational[])[], totals?: readonly bigint[]): number[][] =>
  controlledRounding(rows, totals).map((row) => row.map(Number));

describe('controlledRounding', () => {
  it('breaks a tie by the earlier row', () => {
    // Three thirds of one unit: the first row takes it.
    expect(table([[q(1, 3)], [q(1, 3)], [q(1, 3)]])).toEqual([[1], [0], [0]]);
  });

  it('rounds up the largest fractional part, across denominators', () => {
    // 1/3 + 2/5 + 4/15 = 5/15 + 6/15 + 4/15 = 1: the unit goes to 2/5, the largest.
    expect(table([[q(1, 3)], [q(2, 5)], [q(4, 15)]])).toEqual([[0], [1], [0]]);
    expect(table([[q(4, 15)], [q(1, 3)], [q(2, 5)]])).toEqual([[0], [0], [1]]);
    // Whole parts stay: 1.25 + 2.5 + 0.25 = 4 → 1, 3, 0.
    expect(table([[q(5, 4)], [q(5, 2)], [q(1, 4)]])).toEqual([[1], [3], [0]]);
  });

  it('keeps every row within one unit of its total, and columns exact', () => {
    // Rows of 1.5: each 1 or 2; columns of 1 each: exactly one round-up per column.
    const result = table([
      [q(1, 2), q(1, 2), q(1, 2)],
      [q(1, 2), q(1, 2), q(1, 2)],
    ]);
    expect(result).toEqual([
      [1, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('gives rows their totals when asked', () => {
    expect(
      table(
        [
          [q(1, 2), q(1, 2)],
          [q(1, 2), q(1, 2)],
        ],
        [2n, 0n],
      ),
    ).toEqual([
      [1, 1],
      [0, 0],
    ]);
    expect(
      table(
        [
          [q(1, 2), q(1, 2)],
          [q(1, 2), q(1, 2)],
        ],
        [0n, 2n],
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('refuses a column whose total is not whole', () => {
    expect(() => controlledRounding([[q(1, 2)]])).toThrow('a column total is not a whole number');
  });
});

describe('controlledRounding of nothing', () => {
  it('is nothing', () => {
    expect(controlledRounding([])).toEqual([]);
  });
});
