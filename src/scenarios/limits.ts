import { fail } from '../errors/fail';

/**
 * The sizes a scenario may have, beyond which its text or document is refused with `input_too_large`
 * before any work: a file of 10 MB is already a thousand times a real scenario, and a document nested
 * 64 levels deep is ten times the deepest a scenario file needs (a plan's item's phasing's amounts).
 * Numbers inside it are held to {@link budget-whatif!NUMBER_LIMITS}; YAML aliases are expanded at most
 * 100 times (a "billion laughs" file is refused).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { SCENARIO_LIMITS } from 'budget-whatif/scenarios';
 * SCENARIO_LIMITS.depth; // => 64
 * ```
 */
export const SCENARIO_LIMITS: {
  /** The longest scenario text, in characters. */
  readonly textLength: number;
  /** The deepest nesting of objects and lists. */
  readonly depth: number;
  /** The most YAML alias expansions. */
  readonly aliases: number;
  /** The longest override path, in characters. */
  readonly pathLength: number;
} = Object.freeze({ textLength: 10_000_000, depth: 64, aliases: 100, pathLength: 1_000 });

/** Refuse a document nested deeper than {@link SCENARIO_LIMITS}.depth, without recursion. @internal */
export function checkDepth(document: unknown): void {
  const stack: { value: unknown; depth: number }[] = [{ value: document, depth: 0 }];
  const seen = new Set<object>();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, depth } = next;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    if (depth >= SCENARIO_LIMITS.depth)
      fail(
        'input_too_large',
        `the document nests deeper than ${String(SCENARIO_LIMITS.depth)} levels; a scenario needs fewer than 10`,
        [],
      );
    seen.add(value);
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
}
