import { LineCounter, parseDocument, type Document } from 'yaml';
import { BudgetWhatIfError, type BudgetWhatIfIssue } from '../errors/BudgetWhatIfError';
import { isBudgetWhatIfError } from '../errors/isBudgetWhatIfError';
import { parseScenario } from './parseScenario';
import type { Scenario } from './types';

/**
 * The {@link parseScenarioText} function options.
 *
 * @category Scenarios
 * @example
 * ```ts
 * const options: ParseScenarioTextOptions = { format: 'yaml' };
 * ```
 */
export interface ParseScenarioTextOptions {
  /** `json` or `yaml`. Default: JSON when the text starts with `{`, YAML otherwise. */
  readonly format?: 'json' | 'yaml';
}

/**
 * Read a scenario from the text of a JSON or YAML file and check it: {@link parseScenario} with the line
 * and column of every problem in the text (`line`, `column` on each issue).
 *
 * No file is read here: the CLI reads files and hands over their text.
 *
 * @param text - the file's content.
 * @param options - the format; see {@link ParseScenarioTextOptions}.
 * @returns the scenario.
 * @throws {@link budget-whatif!BudgetWhatIfError} `invalid_syntax` for text that is not JSON or YAML (with its line), and
 *   the errors of {@link parseScenario} with lines and columns.
 * @category Scenarios
 * @example
 * ```ts
 * import { parseScenarioText } from 'budget-whatif/scenarios';
 * try {
 *   parseScenarioText('name: x\ncurrency: EURO\n');
 * } catch (error) {
 *   // error.issues[…] names "currency" at line 2, among the missing fields
 * }
 * ```
 */
export function parseScenarioText(text: string, options: ParseScenarioTextOptions = {}): Scenario {
  const format = options.format ?? (text.trimStart().startsWith('{') ? 'json' : 'yaml');
  const lines = new LineCounter();
  let document: Document.Parsed | undefined;
  let value: unknown;
  if (format === 'json') {
    try {
      value = JSON.parse(text);
    } catch (error) {
      // JSON.parse's message names a position; YAML, a superset of JSON, gives the line.
      document = parseDocument(text, { lineCounter: lines });
      const at = document.errors[0]?.linePos?.[0];
      throw new BudgetWhatIfError([
        {
          code: 'invalid_syntax',
          path: [],
          message: `not valid JSON: ${(error as Error).message}`,
          ...(at === undefined ? {} : { line: at.line, column: at.col }),
        },
      ]);
    }
  } else {
    document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    if (document.errors.length > 0) {
      throw new BudgetWhatIfError(
        document.errors.map((error) => {
          const at = error.linePos?.[0];
          return {
            code: 'invalid_syntax',
            path: [],
            message: `not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
            ...(at === undefined ? {} : { line: at.line, column: at.col }),
          };
        }),
      );
    }
    value = document.toJS();
  }
  try {
    return parseScenario(value);
  } catch (error) {
    if (!isBudgetWhatIfError(error)) throw error;
    document ??= parseDocument(text, { lineCounter: lines });
    const located = document;
    throw new BudgetWhatIfError(error.issues.map((issue) => locate(issue, located, lines)));
  }
}

/** The line and column of an issue's value (of its key, for an unknown key; else of its nearest ancestor the text has). */
function locate(issue: BudgetWhatIfIssue, document: Document.Parsed, lines: LineCounter): BudgetWhatIfIssue {
  if (issue.code === 'unknown_key' && issue.path.length > 0) {
    const parent = document.getIn(issue.path.slice(0, -1), true) as
      { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
    const key = parent?.items?.find((pair) => pair.key?.value === issue.path.at(-1))?.key;
    const start = key?.range?.[0];
    if (start !== undefined) {
      const at = lines.linePos(start);
      return { ...issue, line: at.line, column: at.col };
    }
  }
  for (let depth = issue.path.length; depth >= 0; depth--) {
    const node = document.getIn(issue.path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) {
      const at = lines.linePos(start);
      return { ...issue, line: at.line, column: at.col };
    }
  }
  return issue;
}
