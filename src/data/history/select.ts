// What the history readers share: the checks of their arguments, and a key's values, filtered and in the
// order they were published.
import { isDecimal } from '../../decimal/core';
import { isMoney } from '../../money/core';
import { fail, show, type Path } from '../../errors/fail';
import { STAGES, type PublishedValue, type Stage, type VintageFilter } from './types';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The last day a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` can mean, as the number YYYYMMDD: a value
 * dated by month or year is known for sure only from the end of it. Refuses anything else, by name.
 * @internal
 */
export function lastDayOf(value: unknown, path: Path): number {
  const match = typeof value === 'string' ? PARTIAL_DATE.exec(value) : null;
  if (match !== null) {
    const year = Number(match[1]);
    const month = match[2] === undefined ? 12 : Number(match[2]);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = match[3] === undefined ? last : Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= last) return year * 10000 + month * 100 + day;
  }
  return fail(
    'invalid_date',
    `expected a date written YYYY-MM-DD (or YYYY-MM, or YYYY), received ${show(value)}`,
    path,
    value,
  );
}

/** A history's values under a key, filtered, in the order they were published (equal dates: as written). @internal */
export function selected(history: unknown, key: unknown, filter: unknown): readonly PublishedValue[] {
  const values = valuesOf(history, key);
  const keep = filterOf(filter);
  return values
    .map((value, index) => ({ value, index, day: checkedValue(value, ['history', 'entries', String(key), index]) }))
    .filter((entry) => keep(entry.value))
    .sort((a, b) => a.day - b.day || a.index - b.index)
    .map((entry) => entry.value);
}

/** The keys of a history, years in order, then any others (`total`) as written. @internal */
export function keysOf(history: unknown): readonly string[] {
  return Object.keys(entriesOf(history));
}

function entriesOf(history: unknown): Readonly<Record<string, unknown>> {
  const entries: unknown =
    typeof history === 'object' && history !== null ? (history as { entries?: unknown }).entries : undefined;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
    fail(
      'invalid_type',
      `expected a figure history ({ name, entries }) such as lithuania.history.defenceSpending, received ${show(history)}`,
      ['history'],
      history,
    );
  return entries as Readonly<Record<string, unknown>>;
}

function valuesOf(history: unknown, key: unknown): readonly PublishedValue[] {
  const entries = entriesOf(history);
  if (!(typeof key === 'string' && key !== '') && !Number.isInteger(key))
    fail('invalid_type', `expected a year such as 2025 or a key such as 'total', received ${show(key)}`, ['key'], key);
  const values = Object.hasOwn(entries, String(key)) ? entries[String(key)] : [];
  if (!Array.isArray(values))
    fail('invalid_type', `the history's values for ${String(key)} are not a list`, ['history', 'entries', String(key)]);
  return values as readonly PublishedValue[];
}

/**
 * Check one published value's shape (a history built by hand may hold anything) and return the last day
 * its date can mean.
 */
function checkedValue(value: PublishedValue, path: Path): number {
  const problem = (field: string, expected: string, received: unknown): never =>
    fail('invalid_type', `expected ${expected}, received ${show(received)}`, [...path, field], received);
  if (typeof value !== 'object' || (value as unknown) === null)
    fail(
      'invalid_type',
      `expected a published value ({ value, stage, date, basis, source }), received ${show(value)}`,
      path,
      value,
    );
  const measure: unknown = value.value;
  if (typeof measure !== 'object' || measure === null) problem('value', '{ amount?, shareOfGdp? }', measure);
  const { amount, shareOfGdp } = measure as { amount?: unknown; shareOfGdp?: unknown };
  if (amount === undefined && shareOfGdp === undefined) problem('value', 'an amount, a share of GDP or both', measure);
  if (amount !== undefined && !isExactMoney(amount)) problem('value', 'an amount made with money()', amount);
  if (shareOfGdp !== undefined && !isDecimal(shareOfGdp)) problem('value', 'a share made with decimal()', shareOfGdp);
  if (!STAGES.includes(value.stage)) problem('stage', `one of ${STAGES.join(', ')}`, value.stage);
  if (typeof value.basis !== 'string') problem('basis', 'a string', value.basis);
  if (typeof value.source !== 'object' || (value.source as unknown) === null)
    problem('source', 'a source', value.source);
  return lastDayOf(value.date, [...path, 'date']);
}

/** Money with a Decimal amount: the money module's test reads only the currency. */
function isExactMoney(value: unknown): boolean {
  return isMoney(value) && isDecimal(value.amount);
}

function filterOf(filter: unknown): (value: PublishedValue) => boolean {
  if (filter === undefined) return () => true;
  if (typeof filter !== 'object' || filter === null)
    fail('invalid_type', `expected { stage?, basis? }, received ${show(filter)}`, ['filter'], filter);
  const { stage, basis } = filter as VintageFilter;
  const stages = stage === undefined ? undefined : checkedStages(stage);
  if (basis !== undefined && typeof basis !== 'string')
    fail('invalid_type', `basis is a string such as "NATO's definition", received ${show(basis)}`, ['basis'], basis);
  return (value) =>
    (stages === undefined || stages.includes(value.stage)) && (basis === undefined || value.basis === basis);
}

function checkedStages(stage: unknown): readonly Stage[] {
  const list: readonly unknown[] = Array.isArray(stage) ? stage : [stage];
  for (const [index, one] of list.entries())
    if (!STAGES.includes(one as Stage))
      fail(
        'unknown_id',
        `${show(one)} is not a stage: ${STAGES.join(', ')}`,
        Array.isArray(stage) ? ['stage', index] : ['stage'],
        one,
      );
  return list as readonly Stage[];
}
