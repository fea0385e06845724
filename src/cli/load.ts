import {
  BUILTIN_SCENARIOS,
  evaluate,
  getScenario,
  parseScenarioText,
  withOverrides,
  type Scenario,
  type ScenarioResult,
} from '../scenarios/index';
import { plausibilityOfScenario, shadowedOfScenario } from '../scenarios/evaluate';
import { ecb } from '../data/ecb/eurofxref';
import { UsageError, type CliIo } from './io';

/**
 * A scenario named on the command line: a built-in name (`lithuania-baseline`), `-` for standard input,
 * or a JSON or YAML file. A file that does not exist is a usage error; a file with problems gives the
 * scenario's own errors, each with its line.
 *
 * @internal
 */
export async function loadScenario(source: string, io: CliIo): Promise<{ scenario: Scenario; label: string }> {
  if (BUILTIN_SCENARIOS.includes(source)) return { scenario: getScenario(source), label: source };
  const label = source === '-' ? '<stdin>' : source;
  const content = await readText(
    source,
    io,
    `${label}: no such file, and not a built-in scenario (${BUILTIN_SCENARIOS.join(', ')})`,
  );
  const yaml = /\.ya?ml$/i.test(source);
  // The CLI reads rates of one day and partial years from the ECB's daily table (the library asks for it).
  const options = yaml ? { format: 'yaml' as const, rates: ecb } : { rates: ecb };
  return { scenario: withFile(label, () => parseScenarioText(content, options)), label };
}

/**
 * The text of a file named on the command line, or of standard input for `-`; a file that does not exist
 * is a {@link UsageError} with `missing` as its message.
 *
 * @internal
 */
export async function readText(source: string, io: CliIo, missing: string): Promise<string> {
  try {
    return source === '-' ? await io.readStdin() : await io.readFile(source);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new UsageError(missing);
    throw new UsageError(`${source}: cannot read it: ${fileProblem(code, error)}`);
  }
}

/**
 * What went wrong with a file, in words: the system's error code named, never a stack trace.
 *
 * @internal
 */
export function fileProblem(code: unknown, error: unknown): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ERR_STRING_TOO_LONG':
      return 'the file is too large';
    default:
      return error instanceof Error ? (error.message.split('\n')[0] ?? String(code)) : String(error);
  }
}

/** Overrides from `--set path=value`: integers as numbers, `{…}`/`[…]` as JSON, anything else as text. @internal */
export function applySets(scenario: Scenario, sets: readonly string[]): Scenario {
  if (sets.length === 0) return scenario;
  const overrides = sets.map((set) => {
    const at = set.indexOf('=');
    if (at <= 0) throw new UsageError(`--set takes path=value, received "${set}"`);
    const path = set.slice(0, at);
    const raw = set.slice(at + 1);
    let value: unknown = raw;
    if (/^-?\d+$/.test(raw) && Number.isSafeInteger(Number(raw))) value = Number(raw);
    else if (/^[[{]/.test(raw)) {
      try {
        value = JSON.parse(raw);
      } catch {
        throw new UsageError(`--set ${path}: the value is not valid JSON: ${raw}`);
      }
    }
    return { path, value };
  });
  return withFile('--set', () => withOverrides(scenario, overrides, { from: '--set' }));
}

/** The file an error came from, for the message (see errors.ts). @internal */
export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(file);
  }
}

/** Run `read`, tagging any error with the file it is about. @internal */
export function withFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new FileError(file, error);
  }
}

/**
 * Evaluate a scenario named `label`, writing each implausible value to standard error as a warning, or,
 * with `--strict`, refusing it (a validation error: exit 2).
 *
 * @internal
 */
export function evaluatePlausibly(scenario: Scenario, label: string, strict: boolean, io: CliIo): ScenarioResult {
  const result = withFile(label, () => evaluate(scenario, { strict }));
  warn([...result.plausibility, ...result.shadowed.map(({ warning }) => ({ message: warning }))], label, io);
  return result;
}

/**
 * As {@link evaluatePlausibly}, for a command that works out variants of the scenario rather than its
 * result (compare, sweep, goal-seek, simulate): the check alone, without a whole evaluation.
 *
 * @internal
 */
export function checkPlausibly(scenario: Scenario, label: string, strict: boolean, io: CliIo): void {
  const implausible = withFile(label, () => plausibilityOfScenario(scenario, strict));
  const shadowed = shadowedOfScenario(scenario).map(({ warning }) => ({ message: warning }));
  warn([...implausible, ...shadowed], label, io);
}

function warn(warnings: readonly { readonly message: string }[], label: string, io: CliIo): void {
  for (const warning of warnings) io.stderr(`${label}: warning: ${warning.message}\n`);
}
