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
      args: joinNegativeValues(args, { ...COMMON, ...options }),
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
export function whole(
  values: Record<string, unknown>,
  name: string,
  fallback: number,
  range: { readonly min: number; readonly max: number; readonly maxText?: string },
): number {
  const value = text(values, name);
  if (value === undefined) return fallback;
  const number = Number(value.replaceAll('_', ''));
  if (!/^\d[\d_]*$/.test(value) || number < range.min || number > range.max)
    throw new UsageError(
      `--${name} is a whole number from ${range.min.toLocaleString('en')} to ${range.maxText ?? range.max.toLocaleString('en')}, received "${value}"`,
    );
  return number;
}

/**
 * `--trials -5` as `--trials=-5`: a value that starts with a dash would otherwise read as an option
 * ("argument is ambiguous"); joined, it reaches the option's own check, which names the range.
 */
function joinNegativeValues(args: readonly string[], options: Options): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    const takesValue = name !== undefined && Object.hasOwn(options, name) && options[name]?.type === 'string';
    if (takesValue && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/** The one positional a command needs, or a {@link UsageError}. @internal */
export function one(positionals: readonly string[], what: string, command: string): string {
  if (positionals.length === 0)
    throw new UsageError(`${command} needs a ${what}\nSee: budget-whatif ${command} --help`);
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
