import type { ErrorCode } from './codes';

/**
 * One problem found in the input: what kind, where, and what was received.
 *
 * @category Errors
 * @example
 * ```ts
 * import type { BudgetWhatIfIssue } from 'budget-whatif';
 * const issue: BudgetWhatIfIssue = {
 *   code: 'invalid_number',
 *   path: ['plans', 0, 'total'],
 *   message: 'expected a decimal number such as "1100000000" or "1.1e9", received "1,1 bn"',
 *   received: '"1,1 bn"',
 * };
 * ```
 */
export interface BudgetWhatIfIssue {
  /** What kind of problem this is; stable, for programs to branch on. */
  readonly code: ErrorCode;
  /** Where in the input the problem is: object keys and array indexes, outermost first. Empty at the top. */
  readonly path: readonly (string | number)[];
  /** What is wrong and what was expected, for people. */
  readonly message: string;
  /** A printable rendition of the offending value, when there is one. */
  readonly received?: string;
  /** The line (from 1) of the offending value in the text it was read from, when read from text. */
  readonly line?: number;
  /** The column (from 1) of the offending value in that line. */
  readonly column?: number;
}

/** A brand in the global symbol registry, so that ESM and CJS copies of the library recognise each other's errors. */
const BRAND = Symbol.for('budget-whatif.error');

/**
 * The one error class of budget-whatif: thrown for every bad input, carrying structured issues.
 *
 * Its `message` starts with `[budget-whatif]` and lists every issue with its path. Test for it with
 * {@link isBudgetWhatIfError} rather than `instanceof`, which fails when both the ESM and the CJS build
 * are loaded.
 *
 * @category Errors
 * @example
 * ```ts
 * import { BudgetWhatIfError, money } from 'budget-whatif';
 * try {
 *   money(0.1 + 0.2, 'EUR');
 * } catch (error) {
 *   if (error instanceof BudgetWhatIfError) console.log(error.code); // => 'unsafe_number'
 * }
 * ```
 */
export class BudgetWhatIfError extends Error {
  /** The code of the first issue, or `invalid_input` when there are several of different kinds. */
  readonly code: ErrorCode | 'invalid_input';
  /** Every problem found, in the order found; never empty. */
  readonly issues: readonly BudgetWhatIfIssue[];
  /**
   * @param issues - the problems found; at least one.
   * @param options - `cause`, when the error wraps another.
   */
  constructor(issues: readonly BudgetWhatIfIssue[], options?: { readonly cause?: unknown }) {
    super(describeIssues(issues), options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BudgetWhatIfError';
    // Non-enumerable, so it stays out of JSON and of the public type.
    Object.defineProperty(this, BRAND, { value: true });
    this.issues = Object.freeze([...issues]);
    const codes = new Set(issues.map((issue) => issue.code));
    const first = issues[0];
    this.code = codes.size === 1 && first !== undefined ? first.code : 'invalid_input';
  }
}

/** @internal */
export function isBranded(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/**
 * Render a path as people read it: `plans[0].items[1].amount`.
 *
 * @internal
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else if (/^[\w$-]+$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}...` : key)}]`;
  }
  return out;
}

function describeIssues(issues: readonly BudgetWhatIfIssue[]): string {
  const lines = issues.map((issue) => {
    const at =
      issue.line === undefined
        ? ''
        : `line ${String(issue.line)}${issue.column === undefined ? '' : `:${String(issue.column)}`}, `;
    const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
    return `${at}${where}${issue.message}`;
  });
  if (lines.length === 1) return `[budget-whatif] ${lines[0] ?? ''}`;
  return `[budget-whatif] ${String(lines.length)} problems:\n${lines.map((line) => `  - ${line}`).join('\n')}`;
}
