import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../scenarios/issues';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options every command takes. @internal */
export const COMMON: Options = {
  help: { type: 'boolean', short: 'h' },
};

/** The options of the commands that print tables: `--format`, `--out`, `--locale`. @internal */
export const OUTPUT: Options = {
  format: { type: 'string' },
  out: { type: 'string' },
  locale: { type: 'string' },
};

/** `--set path=value`, repeatable. @internal */
export const SET: Options = {
  set: { type: 'string', multiple: true },
  strict: { type: 'boolean' },
};

/**
 * Parse a command's arguments strictly: an unknown flag or a missing value is a {@link UsageError} that
 * names it and points to `--help`.
 *
 * @internal
 */
export function parse(
  command: string,
  args: readonly string[],
  options: Options,
): { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...COMMON, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /\. To specify a positional argument.*$/s,
      '',
    );
    // "Unknown option '--frmat'": say which option was meant, when one is close.
    const unknown = /Unknown option '--?([^']+)'/.exec(message)?.[1];
    const nearest = unknown === undefined ? undefined : closest(unknown, Object.keys({ ...COMMON, ...options }));
    const hint = nearest === undefined ? '' : `; did you mean --${nearest}?`;
    throw new UsageError(`${message}${hint}\nSee: budget-whatif ${command} --help`);
  }
}

/** A string option, or `undefined`. @internal */
export function text(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable string option, as a list. @internal */
export function list(values: Record<string, unknown>, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A whole number option, or a {@link UsageError}. @internal */
export function whole(values: Record<string, unknown>, name: string, fallback: number): number {
  const value = text(values, name);
  if (value === undefined) return fallback;
  if (!/^\d[\d_]*$/.test(value)) throw new UsageError(`--${name} takes a whole number, received "${value}"`);
  return Number(value.replaceAll('_', ''));
}

/** The one positional a command needs, or a {@link UsageError}. @internal */
export function one(positionals: readonly string[], what: string, command: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} needs ${what}\nSee: budget-whatif ${command} --help`);
  if (positionals.length > 1)
    throw new UsageError(
      `${command} takes one ${what}, received ${String(positionals.length)}: ${positionals.join(' ')}`,
    );
  return positionals[0] as string;
}

/** A locale Intl knows, or a {@link UsageError}. @internal */
export function checkLocale(locale: string | undefined): string {
  if (locale === undefined) return 'en';
  try {
    if (Intl.NumberFormat.supportedLocalesOf([locale]).length === 0) throw new RangeError(locale);
  } catch {
    throw new UsageError(`--locale: "${locale}" is not a locale this Node.js knows (try en, en-GB, lt-LT)`);
  }
  return locale;
}
