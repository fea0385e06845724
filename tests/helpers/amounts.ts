import type { Money } from '../../src/index';

/** The amounts of a list of Money as plain strings with `scale` decimals, for readable expectations. */
export function amounts(values: readonly Money[], scale = 2): string[] {
  return values.map((value) => value.amount.toFixed(scale));
}
