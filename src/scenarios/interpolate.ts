// Paths between years: a yearly value written as anchor years and a rule (`interpolate`) is resolved,
// before the schema reads the file, into every year between its anchors, so that the canonical form lists
// each value a reader relies on; the rule and the values it gave are stated as an assumption.
import { D, type Decimal } from '../decimal/core';
import { fail, show, type Path } from '../errors/fail';
import type { Assumption } from '../sources/Source';
import { readValue, type ValueKind } from './vocabulary';
import { isRecord } from './lists';

/**
 * How the years between two anchor years of a yearly value are filled: `linear` (a straight line),
 * `step` (each anchor's value held until the next, and after the last), or `constant-growth` (the same
 * rate of growth each year; for GDP, amounts, populations and exchange rates).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { Interpolation } from 'budget-whatif/scenarios';
 * const rule: Interpolation = 'linear';
 * ```
 */
export type Interpolation = 'linear' | 'step' | 'constant-growth';

const RULES: readonly Interpolation[] = ['linear', 'step', 'constant-growth'];
// Values of a path that are not finite decimals (a third of a point, a 7th root) are rounded here.
const PATH_DECIMALS = 20;

/** The yearly values of a scenario (besides each `fx` pair): where, of what kind, whether they take a `default`. @internal */
export const YEARLY_VALUES: readonly {
  readonly path: readonly string[];
  readonly kind: ValueKind;
  readonly withDefault: boolean;
}[] = [
  { path: ['economy', 'gdp', 'known'], kind: 'gdp', withDefault: false },
  { path: ['economy', 'gdp', 'series'], kind: 'gdp', withDefault: false },
  { path: ['economy', 'gdp', 'realGrowth'], kind: 'rate', withDefault: true },
  { path: ['economy', 'gdp', 'deflator'], kind: 'rate', withDefault: true },
  { path: ['economy', 'gdp', 'nominalGrowth'], kind: 'rate', withDefault: true },
  { path: ['economy', 'population'], kind: 'population', withDefault: true },
  { path: ['defence', 'shareOfGdp'], kind: 'share', withDefault: true },
  { path: ['defence', 'amounts'], kind: 'amount', withDefault: false },
  { path: ['defence', 'related', 'shareOfGdp'], kind: 'share', withDefault: true },
  { path: ['defence', 'related', 'amounts'], kind: 'amount', withDefault: false },
];

/**
 * A scenario document with every path (`interpolate`) resolved into its years, and an assumption stating
 * each; the document itself when it has none. Problems are thrown at their paths. @internal
 */
export function resolvePaths(document: unknown): unknown {
  if (!isRecord(document)) return document;
  const stated: Assumption[] = [];
  let resolved: Record<string, unknown> = document;
  for (const { path, kind, withDefault } of [...YEARLY_VALUES, ...fxPairs(document)]) {
    const values = at(document, path);
    if (!isRecord(values) || !Object.hasOwn(values, 'interpolate')) continue;
    const { record, assumption } = resolvePath(values, kind, withDefault, path);
    resolved = replaced(resolved, path, record);
    stated.push(assumption);
  }
  if (stated.length === 0) return document;
  const own = resolved['assumptions'] ?? [];
  // Assumptions that are not a list are the schema's to refuse, as written.
  return Array.isArray(own) ? { ...resolved, assumptions: [...(own as unknown[]), ...stated] } : resolved;
}

function fxPairs(document: Record<string, unknown>): { path: string[]; kind: ValueKind; withDefault: boolean }[] {
  const fx = document['fx'];
  return isRecord(fx) ? Object.keys(fx).map((pair) => ({ path: ['fx', pair], kind: 'fx', withDefault: true })) : [];
}

/** One yearly value's anchors filled in by its rule. */
function resolvePath(
  values: Record<string, unknown>,
  kind: ValueKind,
  withDefault: boolean,
  path: readonly string[],
): { record: Record<string, unknown>; assumption: Assumption } {
  const rule = ruleOf(values['interpolate'], kind, [...path, 'interpolate']);
  const anchors = Object.keys(values)
    .filter((key) => /^\d{4}$/.test(key))
    .map((key) => ({ year: Number(key), value: readValue(kind, values[key], [...path, key]) }));
  if (anchors.length < 2)
    fail(
      'missing_year',
      `a path runs between two anchor years or more, received ${String(anchors.length)}`,
      [...path, 'interpolate'],
      anchors.length,
    );
  if (rule === 'constant-growth') {
    const zero = anchors.find((anchor) => !anchor.value.gt(0));
    if (zero !== undefined)
      fail('out_of_range', 'constant growth runs between values above zero', [...path, String(zero.year)], '0');
  }
  const filled: { year: number; value: Decimal }[] = [];
  anchors.forEach((anchor, i) => {
    filled.push(anchor);
    const next = anchors[i + 1];
    if (next !== undefined)
      for (let year = anchor.year + 1; year < next.year; year++)
        filled.push({ year, value: between(rule, anchor, next, year) });
  });
  // Anchors, a default and any other key stay as written, for the schema to read (and refuse) as usual.
  const record: Record<string, unknown> = Object.fromEntries(
    Object.entries(values).filter(([key]) => key !== 'interpolate'),
  );
  for (const { year, value } of filled)
    if (!Object.hasOwn(record, String(year))) record[String(year)] = value.toString();
  const holdsLast = rule === 'step' && withDefault && !Object.hasOwn(values, 'default');
  if (holdsLast) record['default'] = (anchors[anchors.length - 1] as { value: Decimal }).value.toString();
  return { record, assumption: statedPath(path, rule, filled, holdsLast) };
}

function ruleOf(raw: unknown, kind: ValueKind, path: Path): Interpolation {
  const rule = RULES.find((candidate) => candidate === raw);
  if (rule === undefined)
    return fail('invalid_type', `expected one of ${RULES.join(', ')}, received ${show(raw)}`, path, raw);
  if (rule === 'constant-growth' && (kind === 'share' || kind === 'rate'))
    fail(
      'invalid_type',
      `constant-growth is for GDP, amounts, populations and exchange rates; a ${kind === 'share' ? 'share of GDP' : 'rate'} takes linear or step`,
      path,
      raw,
    );
  return rule;
}

/** The value in `year` between two anchors: exact where it is a finite decimal, else to 20 decimal places. */
function between(
  rule: Interpolation,
  from: { year: number; value: Decimal },
  to: { year: number; value: Decimal },
  year: number,
): Decimal {
  if (rule === 'step') return from.value;
  const done = new D(year - from.year).div(to.year - from.year);
  if (rule === 'linear') {
    const rise = to.value.minus(from.value).times(year - from.year);
    const step = rise.div(to.year - from.year);
    return from.value.plus(isFiniteQuotient(rise, to.year - from.year) ? step : step.toDecimalPlaces(PATH_DECIMALS));
  }
  return from.value.times(to.value.div(from.value).pow(done)).toDecimalPlaces(PATH_DECIMALS);
}

/**
 * Whether `dividend ÷ divisor` (a whole divisor) is a finite decimal: it is when the divisor, once its
 * common factors with the dividend's digits are taken out, has no prime factors but 2 and 5.
 */
function isFiniteQuotient(dividend: Decimal, divisor: number): boolean {
  const digits = BigInt(dividend.abs().times(new D(10).pow(dividend.decimalPlaces())).toFixed());
  let rest = BigInt(divisor) / gcd(digits, BigInt(divisor));
  for (const prime of [2n, 5n]) while (rest % prime === 0n) rest /= prime;
  return rest === 1n;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

function statedPath(
  path: readonly string[],
  rule: Interpolation,
  filled: readonly { year: number; value: Decimal }[],
  holdsLast: boolean,
): Assumption {
  const words = { linear: 'in a straight line', step: 'in steps', 'constant-growth': 'at a constant rate of growth' }[
    rule
  ];
  const values = filled.map(({ year, value }) => `${String(year)}: ${value.toString()}`).join(', ');
  return {
    about: path.join('.'),
    statement: `${path.join('.')} runs ${words} between its anchor years (${rule}): ${values}${holdsLast ? ', and the last after it' : ''}.`,
    reason: `Written as a path in the scenario file; each year's value is exact where it is a finite decimal, else rounded half-even to ${String(PATH_DECIMALS)} decimal places.`,
  };
}

function at(document: Record<string, unknown>, path: readonly string[]): unknown {
  let node: unknown = document;
  for (const key of path) node = isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  return node;
}

/** A copy of the document with the value at `path` replaced (the path exists). */
function replaced(document: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [key = '', ...rest] = path;
  const child = document[key];
  return { ...document, [key]: rest.length === 0 || !isRecord(child) ? value : replaced(child, rest, value) };
}
