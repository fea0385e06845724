import { tryStep } from '../errors/tryStep';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { BudgetWhatIfError, type BudgetWhatIfIssue } from '../errors/BudgetWhatIfError';
import { fail, show } from '../errors/fail';
import { checkDepth, checkTextDepth, SCENARIO_LIMITS } from './limits';
import { parseScenario, type ParseScenarioOptions } from './parseScenario';
import type { Scenario } from './types';

/**
 * The {@link parseScenarioText} function options.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ParseScenarioTextOptions } from 'budget-whatif/scenarios';
 * const options: ParseScenarioTextOptions = { format: 'yaml' };
 * ```
 */
export interface ParseScenarioTextOptions extends ParseScenarioOptions {
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
 * @param options - the format, and the daily rate table; see {@link ParseScenarioTextOptions}.
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
  if (typeof text !== 'string') return fail('invalid_type', `expected the text of a file, received ${show(text)}`, []);
  if (text.length > SCENARIO_LIMITS.textLength)
    return fail(
      'input_too_large',
      `the text has ${String(text.length)} characters; a scenario has at most ${String(SCENARIO_LIMITS.textLength)}`,
      [],
    );
  const format = checkFormat(options.format) ?? (text.trimStart().startsWith('{') ? 'json' : 'yaml');
  checkTextDepth(text);
  const lines = new LineCounter();
  let document: Document.Parsed | undefined;
  let value: unknown;
  if (format === 'json') {
    try {
      value = JSON.parse(text);
    } catch (error) {
      // JSON.parse's message names a position; YAML, a superset of JSON, gives the line.
      document = parseYaml(text, lines, false);
      const at = document.errors[0]?.linePos?.[0];
      throw new BudgetWhatIfError([
        {
          code: 'invalid_syntax',
          path: [],
          message: `not valid JSON: ${clip((error as Error).message)}`,
          ...(at === undefined ? {} : { line: at.line, column: at.col }),
        },
      ]);
    }
  } else {
    document = parseYaml(text, lines, true);
    if (document.errors.length > 0) {
      throw new BudgetWhatIfError(
        uniqueErrors(document.errors).map((error) => {
          const at = error.linePos?.[0];
          return {
            code: /call stack/i.test(error.message) ? 'input_too_large' : 'invalid_syntax',
            path: [],
            message: /call stack/i.test(error.message)
              ? `not valid YAML: nested deeper than ${String(SCENARIO_LIMITS.depth)} levels`
              : `not valid YAML: ${clip(error.message)}`,
            ...(at === undefined ? {} : { line: at.line, column: at.col }),
          };
        }),
      );
    }
    value = toValue(document);
  }
  checkDepth(value);
  const outcome = tryStep(() => parseScenario(value, options.rates === undefined ? {} : { rates: options.rates }));
  if ('value' in outcome) return outcome.value;
  document ??= parseYaml(text, lines, false);
  const located = document;
  throw new BudgetWhatIfError(outcome.error.issues.map((issue) => locate(issue, located, lines)));
}

/**
 * Parse YAML (or JSON, for the lines of its errors). yaml's parser recurses once per level of nesting and
 * may overflow the stack on thousands of levels before it reports an error of its own.
 */
function parseYaml(text: string, lines: LineCounter, uniqueKeys: boolean): Document.Parsed {
  try {
    return parseDocument(text, { lineCounter: lines, uniqueKeys });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return fail('input_too_large', `not valid YAML: nested deeper than ${String(SCENARIO_LIMITS.depth)} levels`, []);
  }
}

/**
 * The document as plain data. yaml throws plain errors here (an alias to no anchor, more alias
 * expansions than SCENARIO_LIMITS.aliases, a stack overflow): each becomes an `invalid_syntax` issue.
 */
function toValue(document: Document.Parsed): unknown {
  try {
    return document.toJS({ maxAliasCount: SCENARIO_LIMITS.aliases });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const why = /alias count/i.test(message)
      ? `its aliases expand more than ${String(SCENARIO_LIMITS.aliases)} times`
      : /call stack/i.test(message)
        ? `nested deeper than ${String(SCENARIO_LIMITS.depth)} levels`
        : clip(message);
    return fail('invalid_syntax', `not valid YAML: ${why}`, []);
  }
}

/** yaml reports a nesting overflow once per level it unwinds: each message once. */
function uniqueErrors<TError extends { readonly message: string }>(errors: readonly TError[]): TError[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.message) && seen.add(error.message));
}

/** The first line of a parser's message, at most 200 characters: it may quote the text it read. */
function clip(message: string): string {
  const line = message.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

function checkFormat(format: unknown): 'json' | 'yaml' | undefined {
  if (format === undefined || format === 'json' || format === 'yaml') return format;
  return fail('invalid_type', `format is "json" or "yaml", received ${show(format)}`, ['options', 'format'], format);
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
