import type { ReplacedAssumption } from '../scenarios/replaced';
import type { Change } from '../scenarios/types';
import type { Assumption } from '../sources/Source';

/**
 * One change in words: `fx.EUR/USD.default: 1.13 → 1.05 (--set)`; a value the change added or removed
 * reads `none`.
 *
 * @param change - a change, as {@link budget-whatif/scenarios!withOverrides} records it.
 * @returns the change in words.
 * @category Reports
 * @example
 * ```ts
 * import { formatChange } from 'budget-whatif/reports';
 * formatChange({ path: 'fx.EUR/USD.default', before: '1.13', after: '1.05', from: '--set' }); // => 'fx.EUR/USD.default: 1.13 → 1.05 (--set)'
 * ```
 */
export function formatChange(change: Change): string {
  return `${change.path}: ${changeValue(change.before, 'none')} → ${changeValue(change.after, 'none')} (${change.from})`;
}

/** A value before or after a change as text: a string as it is, anything else as JSON, `absent` for none. @internal */
export function changeValue(value: unknown, absent: string): string {
  return value === undefined ? absent : typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The changes from a scenario as written, as a line for the top of a report: none when there are none.
 *
 * @internal
 */
export function changesNote(changes: readonly Change[], prefix = 'Changed from the scenario as written'): string[] {
  if (changes.length === 0) return [];
  return [`${prefix} (${counted(changes.length, 'override')}): ${changes.map(formatChange).join('; ')}.`];
}

/** `1 override`, `2 overrides`. @internal */
export function counted(count: number, what: string): string {
  return `${String(count)} ${what}${count === 1 ? '' : 's'}`;
}

/**
 * What a still-made assumption no longer covers, as a sentence to follow it: the changes that set some of
 * its figures (` Except where the changes above set a figure: …`), or nothing when none did.
 *
 * @internal
 */
export function exceptions(partlyReplaced: readonly ReplacedAssumption[], assumption: Assumption): string {
  const by = partlyReplaced.find((entry) => entry.assumption === assumption)?.by ?? [];
  return by.length === 0 ? '' : ` Except where the changes above set a figure: ${by.map(formatChange).join('; ')}.`;
}
