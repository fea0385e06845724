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
  const cols = rows === 0 ? 0 : row(cells, 0).length;
  const floor = cells.map((line) => line.map((q) => q.num / q.den));
  const fraction = cells.map((line) => line.map((q) => q.num % q.den));
  // Every index below is in range by construction: a read outside the table is a bug, and throws.
  const isFractional = (y: number, i: number): boolean => at(fraction, y, i) > 0n;

  // How many cells each column must round up: its exact total less its rounded-down cells.
  const columnNeed = Array.from({ length: cols }, (_, i) => {
    let exact: Rational = { num: 0n, den: 1n };
    let floors = 0n;
    for (let y = 0; y < rows; y++) {
      exact = addRational(exact, at(cells, y, i));
      floors += at(floor, y, i);
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
      fractional = addRational(fractional, { num: at(fraction, y, i), den: at(cells, y, i).den });
    const given = rowTotals?.[y];
    if (given === undefined) {
      const lo = fractional.num / fractional.den;
      rowLo.push(lo);
      rowHi.push(fractional.num % fractional.den === 0n ? lo : lo + 1n);
    } else {
      const floors = row(floor, y).reduce((a, b) => a + b, 0n);
      rowLo.push(given - floors);
      rowHi.push(given - floors);
    }
  }

  // Stryker disable next-line ArrayDeclaration,ArrowFunction,BooleanLiteral: an unset flag reads as false, as a false one does.
  const up: boolean[][] = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const isUp = (y: number, i: number): boolean => row(up, y)[i] === true;
  const rowCount = new Array<bigint>(rows).fill(0n);
  const columnCount = new Array<bigint>(cols).fill(0n);
  const set = (y: number, i: number, value: boolean): void => {
    row(up, y)[i] = value;
    const step = value ? 1n : -1n;
    rowCount[y] = (rowCount[y] as bigint) + step;
    columnCount[i] = (columnCount[i] as bigint) + step;
  };

  // Greedy: largest fractional part first. Cells are listed row by row and the sort is stable (ES2019),
  // so equal parts keep that order: ties go by row, then column, and the result is deterministic.
  const order: [number, number][] = [];
  for (let y = 0; y < rows; y++) for (let i = 0; i < cols; i++) if (isFractional(y, i)) order.push([y, i]);
  order.sort(([ya, ia], [yb, ib]) => {
    // fraction(a)/den(a) against fraction(b)/den(b), cross-multiplied: positive when b's part is larger.
    const difference = at(fraction, yb, ib) * at(cells, ya, ia).den - at(fraction, ya, ia) * at(cells, yb, ib).den;
    return Number(difference > 0n) - Number(difference < 0n);
  });
  for (const [y, i] of order) {
    if ((rowCount[y] as bigint) < (rowHi[y] as bigint) && (columnCount[i] as bigint) < (columnNeed[i] as bigint))
      set(y, i, true);
  }

  // Repair 1: fill every column, moving round-ups between rows along alternating paths.
  for (let i = 0; i < cols; i++) {
    while ((columnCount[i] as bigint) < (columnNeed[i] as bigint)) {
      // Stryker disable next-line all: a rounding always exists (Cox and Ernst), so an augmenting path is always found
      if (!augmentColumn(i)) throw new Error('controlledRounding: no feasible rounding (a column cannot be filled)');
    }
  }
  // Repair 2: lift every row to its lower bound, taking round-ups from rows above theirs.
  for (let y = 0; y < rows; y++) {
    while ((rowCount[y] as bigint) < (rowLo[y] as bigint)) {
      // Stryker disable next-line all: a rounding always exists (Cox and Ernst), so an augmenting path is always found
      if (!augmentRow(y)) throw new Error('controlledRounding: no feasible rounding (a row cannot reach its total)');
    }
  }

  return floor.map((line, y) => line.map((value, i) => (isUp(y, i) ? value + 1n : value)));

  /** Give column `start` one more round-up: column → row (cell off) → … → a row with room. */
  function augmentColumn(start: number): boolean {
    const cameFrom = new Map<string, string>(); // node → previous node, nodes "c:i" and "r:y"
    const queue: string[] = [`c:${String(start)}`];
    cameFrom.set(queue[0] as string, '');
    // Stryker disable next-line EqualityOperator: the search returns on the path it always finds, before the queue runs dry
    while (queue.length > 0) {
      const node = queue.shift() as string;
      const index = Number(node.slice(2));
      if (node.startsWith('c:')) {
        for (let y = 0; y < rows; y++) {
          const next = `r:${String(y)}`;
          if (!isFractional(y, index) || isUp(y, index) || cameFrom.has(next)) continue;
          cameFrom.set(next, node);
          if ((rowCount[y] as bigint) < (rowHi[y] as bigint)) return flip(next, cameFrom);
          queue.push(next);
        }
      } else {
        for (let i = 0; i < cols; i++) {
          const next = `c:${String(i)}`;
          if (!isUp(index, i) || cameFrom.has(next)) continue;
          cameFrom.set(next, node);
          queue.push(next);
        }
      }
    }
    // Stryker disable next-line BooleanLiteral: unreachable for the same reason
    return false;
  }

  /** Give row `start` one more round-up: row → column (cell off) → row (cell on) → … → a row above its floor. */
  function augmentRow(start: number): boolean {
    const cameFrom = new Map<string, string>();
    const queue: string[] = [`r:${String(start)}`];
    cameFrom.set(queue[0] as string, '');
    // Stryker disable next-line EqualityOperator: the search returns on the path it always finds, before the queue runs dry
    while (queue.length > 0) {
      const node = queue.shift() as string;
      const index = Number(node.slice(2));
      if (node.startsWith('r:')) {
        for (let i = 0; i < cols; i++) {
          const next = `c:${String(i)}`;
          if (!isFractional(index, i) || isUp(index, i) || cameFrom.has(next)) continue;
          cameFrom.set(next, node);
          queue.push(next);
        }
      } else {
        for (let y = 0; y < rows; y++) {
          const next = `r:${String(y)}`;
          if (!isUp(y, index) || cameFrom.has(next)) continue;
          cameFrom.set(next, node);
          if (y !== start && (rowCount[y] as bigint) > (rowLo[y] as bigint)) return flip(next, cameFrom);
          queue.push(next);
        }
      }
    }
    // Stryker disable next-line BooleanLiteral: unreachable for the same reason
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
      set(y, i, !isUp(y, i));
      node = previous;
      previous = cameFrom.get(node) as string;
    }
    return true;
  }
}

/** The greatest common divisor of two positive integers (denominators). */
function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function addRational(a: Rational, b: Rational): Rational {
  const den = (a.den / gcd(a.den, b.den)) * b.den;
  return { num: a.num * (den / a.den) + b.num * (den / b.den), den };
}

// The two guards below are never met by correct code, so no test can reach them: they turn an index bug
// (or a mutant that makes one) into an error instead of a silent zero.
/** Row `y` of a table; a row outside the table is a bug. */
function row<T>(table: readonly (readonly T[])[], y: number): T[] {
  const line = table[y];
  // Stryker disable next-line all: unreachable guard (see above)
  if (line === undefined) throw new Error(`controlledRounding: no row ${String(y)}`);
  return line as T[];
}

/** Cell (y, i) of a table; a cell outside the table is a bug. */
function at<T>(table: readonly (readonly T[])[], y: number, i: number): T {
  const value = row(table, y)[i];
  // Stryker disable next-line all: unreachable guard (see above)
  if (value === undefined) throw new Error(`controlledRounding: no cell (${String(y)}, ${String(i)})`);
  return value;
}
