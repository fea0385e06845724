import { BudgetWhatIfError } from './BudgetWhatIfError';
import type { BudgetWhatIfIssue } from './BudgetWhatIfError';
import type { ErrorCode } from './codes';

/** A path into the caller's input, outermost key first. @internal */
export type Path = readonly (string | number)[];

/** Throw a {@link BudgetWhatIfError} with one issue. @internal */
export function fail(code: ErrorCode, message: string, path: Path = [], received?: unknown): never {
  const issue: BudgetWhatIfIssue =
    received === undefined ? { code, path, message } : { code, path, message, received: show(received) };
  throw new BudgetWhatIfError([issue]);
}

/** The most characters of a received string a message repeats: a 10 MB input is not echoed whole. */
const MAX_SHOWN = 200;

/** Render any received value for an error message: strings quoted, bigints with `n`, objects as JSON. @internal */
export function show(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}...` : value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'symbol':
      return value.toString();
    case 'boolean':
      return String(value);
    case 'object':
      if (value === null) return 'null';
      if (isDecimalLike(value)) return `Decimal(${value.toString()})`; // eslint-disable-line @typescript-eslint/no-base-to-string -- a Decimal prints its digits
      try {
        const json = JSON.stringify(value);
        return json.length > 200 ? `${json.slice(0, 197)}...` : json;
      } catch {
        return Object.prototype.toString.call(value);
      }
    default:
      return String(value);
  }
}

function isDecimalLike(value: object): value is { toString(): string } {
  return (value as { toStringTag?: unknown }).toStringTag === '[object Decimal]';
}
