// Controlled rounding of a two-way table (Cox and Ernst, "Controlled rounding", INFOR 20(4), 1982).
//
// Given exact non-negative cell values q(y, i) = num / den (rationals) whose column sums are whole numbers,
// find whole numbers x(y, i), each q rounded down or up, such that
//   - every column sums exactly to its exact total,
//   - every row sums to its exact total rounded down or up (or to a given whole total),
// and so the grand total is exact. Such a rounding always exists (the constraints form a flow problem
// with integer bounds, and the exact table is a fractional solution of it). We find one as an integer
// flow: cells are rounded down, then the "round up" units are placed greedily on the cells with the
// largest fractional parts, and augmenting paths repair what the greedy pass cannot place.

/** An exact non-negative rational. @internal */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * Round a table of exact rationals (rows × columns) to whole numbers with exact column sums and rows
 * within one unit of theirs (or equal to `rowTotals` when given). @internal
 */
export function controlledRounding(cells: readonly (readonly Rational[])[], rowTotals?: readonly bigint[]): bigint[][] {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const floor = cells.map((row) => row.map((q) => q.num / q.den));
  const fraction = cells.map((row) => row.map((q) => q.num % q.den));
  const isFractional = (y: number, i: number): boolean => (fraction[y]?.[i] ?? 0n) > 0n;

  // How many cells each column must round up: its exact total less its rounded-down cells.
  const columnNeed = Array.from({ length: cols }, (_, i) => {
    let exact: Rational = { num: 0n, den: 1n };
    let floors = 0n;
    for (let y = 0; y < rows; y++) {
      exact = addRational(exact, cells[y]?.[i] as Rational);
      floors += floor[y]?.[i] ?? 0n;
    }
    if (exact.num % exact.den !== 0n) throw new Error('controlledRounding: a column total is not a whole number');
    return exact.num / exact.den - floors;
  });

  // How many cells each row may round up: its fractional sum rounded down (lo) or up (hi), or fixed.
  const rowLo: bigint[] = [];
  const rowHi: bigint[] = [];
  for (let y = 0; y < rows; y++) {
    let fractional: Rational = { num: 0n, den: 1n };
    for (let i = 0; i < cols; i++)
      fractional = addRational(fractional, { num: fraction[y]?.[i] ?? 0n, den: cells[y]?.[i]?.den ?? 1n });
    const given = rowTotals?.[y];
    if (given === undefined) {
      const lo = fractional.num / fractional.den;
      rowLo.push(lo);
      rowHi.push(fractional.num % fractional.den === 0n ? lo : lo + 1n);
    } else {
      const floors = (floor[y] ?? []).reduce((a, b) => a + b, 0n);
      rowLo.push(given - floors);
      rowHi.push(given - floors);
    }
  }

  const up: boolean[][] = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const rowCount = new Array<bigint>(rows).fill(0n);
  const columnCount = new Array<bigint>(cols).fill(0n);
  const set = (y: number, i: number, value: boolean): void => {
    (up[y] as boolean[])[i] = value;
    const step = value ? 1n : -1n;
    rowCount[y] = (rowCount[y] as bigint) + step;
    columnCount[i] = (columnCount[i] as bigint) + step;
  };

  // Greedy: largest fractional part first; ties by row, then column, so the result is deterministic.
  const order: [number, number][] = [];
  for (let y = 0; y < rows; y++) for (let i = 0; i < cols; i++) if (isFractional(y, i)) order.push([y, i]);
  order.sort(([ya, ia], [yb, ib]) => {
    const a = (fraction[ya]?.[ia] as bigint) * (cells[yb]?.[ib]?.den as bigint);
    const b = (fraction[yb]?.[ib] as bigint) * (cells[ya]?.[ia]?.den as bigint);
    return a === b ? ya - yb || ia - ib : a > b ? -1 : 1;
  });
  for (const [y, i] of order) {
    if ((rowCount[y] as bigint) < (rowHi[y] as bigint) && (columnCount[i] as bigint) < (columnNeed[i] as bigint))
      set(y, i, true);
  }

  // Repair 1: fill every column, moving round-ups between rows along alternating paths.
  for (let i = 0; i < cols; i++) {
    while ((columnCount[i] as bigint) < (columnNeed[i] as bigint)) {
      if (!augmentColumn(i)) throw new Error('controlledRounding: no feasible rounding (a column cannot be filled)');
    }
  }
  // Repair 2: lift every row to its lower bound, taking round-ups from rows above theirs.
  for (let y = 0; y < rows; y++) {
    while ((rowCount[y] as bigint) < (rowLo[y] as bigint)) {
      if (!augmentRow(y)) throw new Error('controlledRounding: no feasible rounding (a row cannot reach its total)');
    }
  }

  return floor.map((row, y) => row.map((value, i) => (up[y]?.[i] === true ? value + 1n : value)));

  /** Give column `start` one more round-up: column → row (cell off) → … → a row with room. */
  function augmentColumn(start: number): boolean {
    const cameFrom = new Map<string, string>(); // node → previous node, nodes "c:i" and "r:y"
    const queue: string[] = [`c:${String(start)}`];
    cameFrom.set(queue[0] as string, '');
    while (queue.length > 0) {
      const node = queue.shift() as string;
      const index = Number(node.slice(2));
      if (node.startsWith('c:')) {
        for (let y = 0; y < rows; y++) {
          const next = `r:${String(y)}`;
          if (!isFractional(y, index) || up[y]?.[index] === true || cameFrom.has(next)) continue;
          cameFrom.set(next, node);
          if ((rowCount[y] as bigint) < (rowHi[y] as bigint)) return flip(next, cameFrom);
          queue.push(next);
        }
      } else {
        for (let i = 0; i < cols; i++) {
          const next = `c:${String(i)}`;
          if (up[index]?.[i] !== true || cameFrom.has(next)) continue;
          cameFrom.set(next, node);
          queue.push(next);
        }
      }
    }
    return false;
  }

  /** Give row `start` one more round-up: row → column (cell off) → row (cell on) → … → a row above its floor. */
  function augmentRow(start: number): boolean {
    const cameFrom = new Map<string, string>();
    const queue: string[] = [`r:${String(start)}`];
    cameFrom.set(queue[0] as string, '');
    while (queue.length > 0) {
      const node = queue.shift() as string;
      const index = Number(node.slice(2));
      if (node.startsWith('r:')) {
        for (let i = 0; i < cols; i++) {
          const next = `c:${String(i)}`;
          if (!isFractional(index, i) || up[index]?.[i] === true || cameFrom.has(next)) continue;
          cameFrom.set(next, node);
          queue.push(next);
        }
      } else {
        for (let y = 0; y < rows; y++) {
          const next = `r:${String(y)}`;
          if (up[y]?.[index] !== true || cameFrom.has(next)) continue;
          cameFrom.set(next, node);
          if (y !== start && (rowCount[y] as bigint) > (rowLo[y] as bigint)) return flip(next, cameFrom);
          queue.push(next);
        }
      }
    }
    return false;
  }

  /** Walk a path back to its start, switching each cell on it: row←column edges on, column←row edges off. */
  function flip(end: string, cameFrom: Map<string, string>): true {
    let node = end;
    let previous = cameFrom.get(node) as string;
    while (previous !== '') {
      const [row, column] = node.startsWith('r:') ? [node, previous] : [previous, node];
      const y = Number(row.slice(2));
      const i = Number(column.slice(2));
      set(y, i, up[y]?.[i] !== true);
      node = previous;
      previous = cameFrom.get(node) as string;
    }
    return true;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function addRational(a: Rational, b: Rational): Rational {
  const den = (a.den / gcd(a.den, b.den)) * b.den;
  return { num: a.num * (den / a.den) + b.num * (den / b.den), den };
}
