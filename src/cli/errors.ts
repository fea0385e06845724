import { formatPath } from '../errors/BudgetWhatIfError';
import { isBudgetWhatIfError } from '../errors/isBudgetWhatIfError';
import { UsageError, type CliIo } from './io';
import { FileError } from './load';

/**
 * Write an error to standard error and return the exit code: 2 for usage and validation errors (each
 * problem on its own line, as `file:line:column: path: message`), 1 for anything else.
 *
 * @internal
 */
export function reportError(error: unknown, io: CliIo): number {
  const file = error instanceof FileError ? error.file : undefined;
  const inner = error instanceof FileError ? error.cause : error;
  if (inner instanceof UsageError) {
    io.stderr(`budget-whatif: ${inner.message}\n`);
    return 2;
  }
  if (isBudgetWhatIfError(inner)) {
    const lines = inner.issues.map((issue) => {
      const where = [
        file ?? 'budget-whatif',
        ...(issue.line === undefined ? [] : [String(issue.line)]),
        ...(issue.column === undefined ? [] : [String(issue.column)]),
      ].join(':');
      const path = issue.path.length === 0 ? '' : `${formatPath(issue.path)}: `;
      return `${where}: ${path}${issue.message}`;
    });
    io.stderr(`${lines.join('\n')}\n`);
    return 2;
  }
  // A bug of ours, not the user's: one line, and the stack only when asked for.
  const message =
    inner instanceof Error ? (io.debug === true ? (inner.stack ?? inner.message) : inner.message) : String(inner);
  io.stderr(
    `budget-whatif: unexpected error${file === undefined ? '' : ` with ${file}`}: ${message}${io.debug === true ? '' : ' (BUDGET_WHATIF_DEBUG=1 shows where)'}\n`,
  );
  return 1;
}
