// An error as the lines the page shows: each problem with its line and column in the text (when read from
// text) and its path in the scenario, in the library's words.
import { isBudgetWhatIfError } from 'budget-whatif';

/** The problems of an error, one line each: "line 3:11, currency: …". */
export function problemsOf(error: unknown): string[] {
  if (!isBudgetWhatIfError(error)) return [error instanceof Error ? error.message : String(error)];
  return error.issues.map((issue) => {
    const at =
      issue.line === undefined
        ? ''
        : `line ${String(issue.line)}${issue.column === undefined ? '' : `:${String(issue.column)}`}, `;
    const path = issue.path
      .map((key) => (typeof key === 'number' ? `[${String(key)}]` : `.${key}`))
      .join('')
      .replace(/^\./, '');
    return `${at}${path === '' ? '' : `${path}: `}${issue.message}`;
  });
}
