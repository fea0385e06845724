import { fail } from '../errors/fail';

/**
 * The sizes a scenario may have, beyond which its text or document is refused with `input_too_large`
 * before any work: a file of 10 MB is already a thousand times a real scenario, and a document nested
 * 64 levels deep is ten times the deepest a scenario file needs (a plan's item's phasing's amounts), and
 * a text of 10,000 characters in it (a name, a note, a quote) is a long page: reports print each name, so a
 * megabyte-long one is refused at its path rather than printed.
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
  /** The longest text inside a scenario (a name, a description, a source's quote), in characters. */
  readonly stringLength: number;
} = Object.freeze({ textLength: 10_000_000, depth: 64, aliases: 100, pathLength: 1_000, stringLength: 10_000 });

/**
 * Refuse text whose nesting goes deeper than {@link SCENARIO_LIMITS}.depth before a parser sees it: yaml's
 * parser recurses once per level, and thousands of levels exhaust the stack, where V8 may even abort the
 * whole process (a regular expression compiled with no stack left). One pass, an upper bound on the
 * depth: brackets and braces outside quotes and comments, plus the block indentation levels open and the
 * "- " and "? " indicators that start a line.
 *
 * @internal
 */
export function checkTextDepth(text: string): void {
  const limit = SCENARIO_LIMITS.depth;
  let flow = 0;
  let quote = '';
  let comment = false;
  const indents: number[] = [];
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      lineStart = true;
      comment = false;
      if (quote === "'") quote = '';
      continue;
    }
    if (comment) continue;
    if (lineStart && flow === 0 && quote === '') {
      lineStart = false;
      let indent = 0;
      while (text[i + indent] === ' ') indent++;
      let indicators = 0;
      let at = i + indent;
      while ((text[at] === '-' || text[at] === '?') && (text[at + 1] === ' ' || text[at + 1] === '\n')) {
        indicators++;
        at += 2;
        while (text[at] === ' ') at++;
      }
      while (indents.length > 0 && (indents.at(-1) as number) >= indent) indents.pop();
      indents.push(indent);
      if (indents.length + indicators > limit) tooDeep();
      i = at - 1;
      continue;
    }
    lineStart = false;
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] as string))) comment = true;
    else if (c === '[' || c === '{') {
      if (++flow + indents.length > limit) tooDeep();
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
}

function tooDeep(): never {
  return fail(
    'input_too_large',
    `the text nests deeper than ${String(SCENARIO_LIMITS.depth)} levels; a scenario needs fewer than 10`,
    [],
  );
}

/**
 * Refuse a document nested deeper than {@link SCENARIO_LIMITS}.depth, or holding a text longer than
 * {@link SCENARIO_LIMITS}.stringLength (named by its path), without recursion. @internal
 */
export function checkDepth(document: unknown): void {
  const stack: Walked[] = [{ value: document, depth: 0 }];
  const seen = new Set<object>();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, depth } = next;
    if (typeof value === 'string' && value.length > SCENARIO_LIMITS.stringLength) tooLong(next, value.length);
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    if (depth >= SCENARIO_LIMITS.depth)
      fail(
        'input_too_large',
        `the document nests deeper than ${String(SCENARIO_LIMITS.depth)} levels; a scenario needs fewer than 10`,
        [],
      );
    seen.add(value);
    for (const [key, child] of Object.entries(value))
      stack.push({ value: child, depth: depth + 1, from: { key, parent: next } });
  }
}

/** A value met on the walk, with the way back to the root for an error's path (made only on failure). */
interface Walked {
  readonly value: unknown;
  readonly depth: number;
  /** Where it was met: its key in its parent (none for the root). */
  readonly from?: { readonly key: string; readonly parent: Walked };
}

function tooLong(walked: Walked, length: number): never {
  const path: (string | number)[] = [];
  for (let at = walked.from; at !== undefined; at = at.parent.from)
    path.unshift(Array.isArray(at.parent.value) ? Number(at.key) : at.key);
  return fail(
    'input_too_large',
    `a text in a scenario has at most ${SCENARIO_LIMITS.stringLength.toLocaleString('en')} characters; this one has ${length.toLocaleString('en')}`,
    path,
  );
}
