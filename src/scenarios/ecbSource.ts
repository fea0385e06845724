// Rates from data: a pair written `{ "source": "ecb", "basis": "annual-average", "default": ... }` takes the
// ECB's annual averages for the complete years of the embedded table that the scenario needs, crossed
// through the euro as exact fractions, and its default for the rest. Resolved, like paths between years,
// before the schema reads the file: the canonical form lists each year's rate, a source backs the years
// from the data, and an assumption names the years the default stands in for.
import { ANNUAL_AVERAGES } from '../data/ecb/annualAverages.generated';
import { fail, show } from '../errors/fail';
import type { Assumption, Source } from '../sources/Source';
import { isRecord } from './lists';

const ECB_TABLE_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip';

/**
 * A scenario document with every pair of rates from the ECB resolved into its years, with their source and
 * what was assumed; the document itself when it has none. Problems are thrown at their paths. @internal
 */
export function resolveEcbRates(document: unknown): unknown {
  if (!isRecord(document) || !isRecord(document['fx'])) return document;
  const years = neededYears(document);
  const fx: Record<string, unknown> = { ...document['fx'] };
  const sources: Source[] = [];
  const assumptions: Assumption[] = [];
  let changed = false;
  for (const [pair, values] of Object.entries(fx)) {
    if (!isRecord(values) || !Object.hasOwn(values, 'source')) continue;
    changed = true;
    const resolved = fromTable(pair, values, years);
    fx[pair] = resolved.values;
    if (resolved.source !== undefined) sources.push(resolved.source);
    if (resolved.assumption !== undefined) assumptions.push(resolved.assumption);
  }
  if (!changed) return document;
  return {
    ...document,
    fx,
    ...appended(document, 'sources', sources),
    ...appended(document, 'assumptions', assumptions),
  };
}

/** One pair's values: the table's annual averages for the years it covers and the file does not write. */
function fromTable(
  pair: string,
  values: Record<string, unknown>,
  years: readonly number[],
): { values: Record<string, unknown>; source?: Source; assumption?: Assumption } {
  const at = ['fx', pair];
  if (values['source'] !== 'ecb')
    fail(
      'invalid_type',
      `expected "ecb" (the ECB's reference rates, embedded), received ${show(values['source'])}`,
      [...at, 'source'],
      values['source'],
    );
  const basis = values['basis'];
  if (basis === 'on')
    fail(
      'invalid_type',
      'basis "on" (one day\'s rate) is not read in a scenario file: read it with rateOn from budget-whatif/ecb and write it as the rate',
      [...at, 'basis'],
      basis,
    );
  if (basis !== 'annual-average')
    fail('invalid_type', `expected "annual-average" (or "on"), received ${show(basis)}`, [...at, 'basis'], basis);
  if (Object.hasOwn(values, 'partial'))
    fail(
      'invalid_type',
      "a scenario file takes the table's complete years only; write a partial year's average (annualAverage with { partial: true }) as that year's rate",
      [...at, 'partial'],
      values['partial'],
    );
  const [base = '', quote = ''] = pair.split('/');
  for (const code of [base, quote])
    if (code !== 'EUR' && ANNUAL_AVERAGES[code] === undefined)
      fail('unknown_currency', `the embedded ECB table has no ${code} rates`, [...at, 'source'], code);
  const rest = Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'source' && key !== 'basis'));
  const filled: string[] = [];
  for (const year of years) {
    const rate = averageOf(base, quote, String(year));
    if (rate === undefined || Object.hasOwn(rest, String(year))) continue;
    rest[String(year)] = rate;
    filled.push(String(year));
  }
  const assumed = years.filter((year) => !filled.includes(String(year)) && !Object.hasOwn(values, String(year)));
  return {
    values: rest,
    ...(filled.length === 0 ? {} : { source: sourceOf(pair, base, quote, filled) }),
    ...(assumed.length === 0 ? {} : { assumption: assumedOf(pair, assumed, values['default'], filled) }),
  };
}

/** The annual average of a pair in a year, as an exact rate: the table's decimal, or a fraction crossed through the euro. */
function averageOf(base: string, quote: string, year: string): string | undefined {
  const perEuro = (code: string): string | undefined => (code === 'EUR' ? '1' : ANNUAL_AVERAGES[code]?.[year]);
  const [b, q] = [perEuro(base), perEuro(quote)];
  if (b === undefined || q === undefined) return undefined;
  return b === '1' ? q : `${q}/${b}`;
}

function sourceOf(pair: string, base: string, quote: string, filled: readonly string[]): Source {
  const series = [base, quote].filter((code) => code !== 'EUR').map((code) => `EXR.A.${code}.EUR.SP00.A`);
  return {
    publisher: 'European Central Bank',
    title: `Euro foreign exchange reference rates, annual averages (${series.join(', ')})`,
    url: ECB_TABLE_URL,
    note: `The arithmetic mean of each complete year's daily reference rates, rounded half-even to the ECB's decimals, from the table embedded in budget-whatif${series.length > 1 ? `; ${pair} crossed through the euro as an exact fraction` : ''}.`,
    about: filled.map((year) => `fx.${pair}.${year}`).join(', '),
  };
}

function assumedOf(pair: string, years: readonly number[], given: unknown, filled: readonly string[]): Assumption {
  const span = years.length === 1 ? String(years[0]) : `${String(years[0])}–${String(years.at(-1))}`;
  return {
    about: `fx.${pair}.default`,
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
