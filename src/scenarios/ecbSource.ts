// Rates from data: a pair written `{ "source": "ecb", "basis": "annual-average", "default": ... }` takes the
// ECB's annual averages for the complete years of the embedded table that the scenario needs, crossed
// through the euro as exact fractions, and its default for the rest; with `"partial": true`, a year the
// daily table covers only in part (the current one) takes the average of the days it has. `{ "source":
// "ecb", "basis": "on", "date": ... }` takes one day's reference rate for every year the file does not
// write. Resolved, like paths between years, before the schema reads the file: the canonical form lists
// each year's rate, a source backs the years from the data, and an assumption names what stands in for
// data (a default, one day's rate, a partial year). The daily table is the caller's (`options.rates`):
// the scenarios entry does not load it.
import { ANNUAL_AVERAGES } from '../data/ecb/annualAverages.generated';
import { BudgetWhatIfError } from '../errors/BudgetWhatIfError';
import { fail, show, type Path } from '../errors/fail';
import { tryStep } from '../errors/tryStep';
import { annualAverage, type AnnualAverage } from '../fx/annualAverage';
import { rateOn } from '../fx/rateOn';
import type { ExchangeRate, RateTable } from '../fx/types';
import type { Assumption, Source } from '../sources/Source';
import { isRecord } from './lists';

const ECB_TABLE_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip';

/**
 * A scenario document with every pair of rates from the ECB resolved into its years, with their source and
 * what was assumed; the document itself when it has none. Problems are thrown at their paths. @internal
 */
export function resolveEcbRates(document: unknown, table?: RateTable): unknown {
  if (!isRecord(document) || !isRecord(document['fx'])) return document;
  const years = neededYears(document);
  const fx: Record<string, unknown> = { ...document['fx'] };
  const sources: Source[] = [];
  const assumptions: Assumption[] = [];
  for (const [pair, values] of Object.entries(fx)) {
    // A key that is not a pair is the schema's to refuse, as written.
    if (!isRecord(values) || !Object.hasOwn(values, 'source') || !/^[A-Z]{3}\/[A-Z]{3}$/.test(pair)) continue;
    if (pair.slice(0, 3) === pair.slice(4))
      fail('invalid_type', `${pair} is one currency: a pair names two, such as "EUR/USD"`, ['fx', pair], pair);
    if (values['source'] !== 'ecb')
      fail(
        'invalid_type',
        `expected "ecb" (the ECB's reference rates, embedded), received ${show(values['source'])}`,
        ['fx', pair, 'source'],
        values['source'],
      );
    const resolved = values['basis'] === 'on' ? onDate(pair, values, table) : fromTable(pair, values, years, table);
    fx[pair] = resolved.values;
    if (resolved.source !== undefined) sources.push(resolved.source);
    assumptions.push(...resolved.assumptions);
  }
  return {
    ...document,
    fx,
    ...appended(document, 'sources', sources),
    ...appended(document, 'assumptions', assumptions),
  };
}

/** What a pair from the table resolves to: its yearly values, the source of those from data, what was assumed. */
interface Resolved {
  readonly values: Record<string, unknown>;
  readonly source?: Source;
  readonly assumptions: readonly Assumption[];
}

/**
 * One pair's values: the table's annual averages for the years it covers and the file does not write; with
 * `partial`, the average so far of a year the daily table covers in part.
 */
function fromTable(
  pair: string,
  values: Record<string, unknown>,
  years: readonly number[],
  table: RateTable | undefined,
): Resolved {
  const at = ['fx', pair];
  const [base, quote] = codesOf(pair, at, (code) => ANNUAL_AVERAGES[code] !== undefined);
  if (values['basis'] !== 'annual-average')
    fail(
      'invalid_type',
      `expected "annual-average" (or "on"), received ${show(values['basis'])}`,
      [...at, 'basis'],
      values['basis'],
    );
  if (Object.hasOwn(values, 'date'))
    fail('invalid_type', 'a date goes with basis "on" (one day\'s rate)', [...at, 'date'], values['date']);
  const partial = values['partial'];
  if (partial !== undefined && typeof partial !== 'boolean')
    fail('invalid_type', `expected partial: true or false, received ${show(partial)}`, [...at, 'partial'], partial);
  const rest = written(values, ['source', 'basis', 'partial']);
  const filled: string[] = [];
  const partYears: PartYear[] = [];
  for (const year of years) {
    if (Object.hasOwn(rest, String(year))) continue;
    const whole = averageOf(base, quote, String(year));
    const part =
      whole === undefined && partial === true
        ? partOf(base, quote, year, needTable(table, [...at, 'partial']))
        : undefined;
    const rate = whole ?? part?.rate;
    if (rate === undefined) continue;
    rest[String(year)] = rate;
    filled.push(String(year));
    if (part !== undefined) partYears.push({ year, ...part });
  }
  const assumed = years.filter((year) => !filled.includes(String(year)) && !Object.hasOwn(values, String(year)));
  return {
    values: rest,
    ...(filled.length === 0 ? {} : { source: sourceOf(pair, [base, quote], filled, partYears) }),
    assumptions: [
      ...partYears.map((part) => partAssumption(pair, part)),
      ...(assumed.length === 0 ? [] : [assumedOf(pair, assumed, values['default'], filled)]),
    ],
  };
}

/** One day's reference rate for every year the file does not write: the pair's default. */
function onDate(pair: string, values: Record<string, unknown>, table: RateTable | undefined): Resolved {
  const at = ['fx', pair];
  const daily = needTable(table, [...at, 'basis']);
  const [base, quote] = codesOf(pair, at, (code) => daily.columns[code] !== undefined);
  for (const key of ['default', 'partial'])
    if (Object.hasOwn(values, key))
      fail(
        'invalid_type',
        key === 'default'
          ? 'basis "on" gives the default (one day\'s rate for every year the file does not write): no default beside it'
          : 'partial goes with basis "annual-average"',
        [...at, key],
        values[key],
      );
  if (!Object.hasOwn(values, 'date'))
    fail('missing_field', 'basis "on" needs the date of the rate, "YYYY-MM-DD"', [...at, 'date']);
  const policy = values['policy'] ?? 'exact';
  if (policy !== 'exact' && policy !== 'previous')
    fail('invalid_type', `expected policy "exact" or "previous", received ${show(policy)}`, [...at, 'policy'], policy);
  // The rate of each currency a euro buys on the day (policy "previous": the last reference day before it).
  const perEuro = (code: string): ExchangeRate | undefined =>
    code === 'EUR'
      ? undefined
      : underPath([...at, 'date'], () => rateOn(daily, 'EUR', code, values['date'] as string, { policy }));
  const [b, q] = [perEuro(base), perEuro(quote)];
  // One of the two is not the euro (a pair of two currencies); rateOn dates every rate it gives.
  const date = (b ?? q)?.date as string;
  const asked = values['date'] as string;
  const day = date === asked ? date : `${date} (the last reference day before ${asked})`;
  const over = q?.rate.toString() ?? '1';
  const rate = b === undefined ? over : `${over}/${b.rate.toString()}`;
  return {
    values: { ...written(values, ['source', 'basis', 'date', 'policy']), default: rate },
    source: {
      publisher: 'European Central Bank',
      title: `Euro foreign exchange reference rates of ${date} (${seriesOf([base, quote], 'D').join(', ')})`,
      url: ECB_TABLE_URL,
      note: `The reference rate of ${day}, from the daily table passed to parseScenario${b === undefined ? '' : `; ${pair} ${q === undefined ? 'the inverse' : 'crossed through the euro'}, as an exact fraction`}.`,
      about: `fx.${pair}.default`,
    },
    assumptions: [
      {
        about: `fx.${pair}.default`,
        statement: `${pair} in every year the file does not write is the ECB's reference rate of ${day}, ${rate}, held constant.`,
        reason:
          'One day\'s rate stands for years whose own rates are unknown or not wanted: the file asked for it (basis "on").',
      },
    ],
  };
}

/** The two codes of a pair from the table, each one it has (`has`). */
function codesOf(pair: string, at: Path, has: (code: string) => boolean): [string, string] {
  const [base, quote] = pair.split('/') as [string, string];
  for (const code of [base, quote])
    if (code !== 'EUR' && !has(code))
      fail('unknown_currency', `the ECB's table has no ${code} rates`, [...at, 'source'], code);
  return [base, quote];
}

/** The file's own values of a pair, without the keys that asked for data. */
function written(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !keys.includes(key)));
}

function needTable(table: RateTable | undefined, at: Path): RateTable {
  if (table === undefined)
    fail(
      'missing_field',
      "this reads the ECB's daily table, which the scenarios entry does not load: pass it, parseScenario(document, { rates: ecb }) with ecb from budget-whatif/ecb (the CLI does)",
      at,
    );
  return table;
}

/** A step reading the daily table, its problems moved to `at` (the field that asked for it). */
function underPath<T>(at: Path, read: () => T): T {
  const outcome = tryStep(read);
  if ('value' in outcome) return outcome.value;
  // rateOn speaks to code; a file sets the same option as a key.
  const inFile = (message: string): string =>
    message.replace("pass { policy: 'previous' } to use it", 'write "policy": "previous" to use it');
  throw new BudgetWhatIfError(
    outcome.error.issues.map((issue) => ({ ...issue, path: at, message: inFile(issue.message) })),
  );
}

/** A year the daily table covers in part: the average so far, with its days. */
interface PartYear {
  readonly year: number;
  readonly rate: string;
  readonly days: number;
  readonly first: string;
  readonly last: string;
}

/** The average so far of a year the daily table covers in part; `undefined` for a year it lacks. */
function partOf(base: string, quote: string, year: number, table: RateTable): Omit<PartYear, 'year'> | undefined {
  // A year the table has whole is not partial: one before the embedded averages takes the default.
  const perEuro = (code: string): AnnualAverage | undefined => {
    const outcome = tryStep(() => annualAverage(table, 'EUR', code, year, { partial: true }));
    return 'value' in outcome && outcome.value.partial ? outcome.value : undefined;
  };
  const side = (code: string): AnnualAverage | 'EUR' | undefined => (code === 'EUR' ? 'EUR' : perEuro(code));
  const [b, q] = [side(base), side(quote)];
  if (b === undefined || q === undefined) return undefined;
  const text = (average: AnnualAverage | 'EUR'): string => (average === 'EUR' ? '1' : average.rate.toString());
  // The days of the currency other than the euro (of the base, for a cross: the ECB fixes both on the same days).
  const days = (b === 'EUR' ? q : b) as AnnualAverage;
  return {
    rate: b === 'EUR' ? text(q) : `${text(q)}/${text(b)}`,
    days: days.days,
    first: days.first,
    last: days.last,
  };
}

function daysOf(count: number, kind: string): string {
  return `${String(count)} ${kind}day${count === 1 ? '' : 's'}`;
}

function partAssumption(pair: string, part: PartYear): Assumption {
  return {
    about: `fx.${pair}.${String(part.year)}`,
    statement: `${pair} in ${String(part.year)} is the average of ${daysOf(part.days, 'reference ')} only, ${part.first} to ${part.last}: the year is not complete in the table.`,
    reason: "The year's average is not known until it ends; the file asked for the days there are (partial: true).",
  };
}

/** The annual average of a pair in a year, as an exact rate: the table's decimal, or a fraction crossed through the euro. */
function averageOf(base: string, quote: string, year: string): string | undefined {
  // Stryker disable next-line OptionalChaining: codesOf has checked that the table has both codes.
  const perEuro = (code: string): string | undefined => (code === 'EUR' ? '1' : ANNUAL_AVERAGES[code]?.[year]);
  const [b, q] = [perEuro(base), perEuro(quote)];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the embedded currencies cover the same years, so one is missing only with the other.
  if (b === undefined || q === undefined) return undefined;
  return b === '1' ? q : `${q}/${b}`;
}

function sourceOf(
  pair: string,
  codes: readonly string[],
  filled: readonly string[],
  parts: readonly PartYear[],
): Source {
  const series = seriesOf(codes, 'A');
  const partly = parts.map(
    (part) => `${String(part.year)} from ${daysOf(part.days, '')}, ${part.first} to ${part.last}`,
  );
  return {
    publisher: 'European Central Bank',
    title: `Euro foreign exchange reference rates, annual averages (${series.join(', ')})`,
    url: ECB_TABLE_URL,
    note: `The arithmetic mean of each complete year's daily reference rates, rounded half-even to the ECB's decimals, from the table embedded in budget-whatif${series.length > 1 ? `; ${pair} crossed through the euro as an exact fraction` : ''}${partly.length === 0 ? '' : `; partial years from the daily table: ${partly.join('; ')}`}.`,
    about: filled.map((year) => `fx.${pair}.${year}`).join(', '),
  };
}

/** The ECB's series for the codes other than the euro: annual (`A`) or daily (`D`). */
function seriesOf(codes: readonly string[], frequency: 'A' | 'D'): string[] {
  return codes.filter((code) => code !== 'EUR').map((code) => `EXR.${frequency}.${code}.EUR.SP00.A`);
}

function assumedOf(pair: string, years: readonly number[], given: unknown, filled: readonly string[]): Assumption {
  const span = years.length === 1 ? String(years[0]) : `${String(years[0])}–${String(years.at(-1))}`;
  return {
    about: `fx.${pair}.default`,
    // Stryker disable next-line ConditionalExpression: a default that is not a string is a safe integer (the same digits either way) or is refused by compile.
    statement: `${pair} in ${span} is the file's default, ${typeof given === 'string' ? given : show(given)}, not the ECB's: ${filled.length === 0 ? 'the embedded table has no complete year of them' : `the embedded table gives ${filled.join(', ')}`}.`,
    reason:
      "Rates of years the ECB's table does not cover (the future, or before it starts) are unknown; the default stands in for them.",
  };
}

/** The years a scenario reads rates for: its own, and every plan's. */
function neededYears(document: Record<string, unknown>): number[] {
  const years = new Set<number>();
  const add = (range: unknown): void => {
    if (!isRecord(range)) return;
    const { from, to } = range;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: years that are not whole numbers are refused by the schema, whatever is read here.
    if (!Number.isInteger(from) || !Number.isInteger(to)) return;
    for (let year = Math.max(from as number, 1900); year <= Math.min(to as number, 2200); year++) years.add(year);
  };
  add(document['years']);
  if (Array.isArray(document['plans'])) for (const plan of document['plans']) if (isRecord(plan)) add(plan['years']);
  return [...years].sort((a, b) => a - b);
}

function appended(document: Record<string, unknown>, key: string, added: readonly unknown[]): Record<string, unknown> {
  const own = document[key] ?? [];
  // A list that is not one is the schema's to refuse, as written.
  return added.length === 0 || !Array.isArray(own) ? {} : { [key]: [...(own as unknown[]), ...added] };
}

/** The daily table of the options, checked to look like one. @internal */
export function rateTableOf(options: unknown): RateTable | undefined {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    fail('invalid_type', `expected options { rates? }, received ${show(options)}`, ['options'], options);
  const rates: unknown = (options as { rates?: unknown }).rates;
  if (rates === undefined) return undefined;
  if (!isRecord(rates) || !Array.isArray(rates['dates']) || !isRecord(rates['columns']))
    fail(
      'invalid_type',
      `expected a rate table (ecb from budget-whatif/ecb), received ${show(rates)}`,
      ['options', 'rates'],
      rates,
    );
  return rates as unknown as RateTable;
}
