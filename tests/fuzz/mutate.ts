// Generators of hostile input: valid scenario documents mutated as an attacker or a careless script would
// (values retyped, keys deleted or added, extreme and special values, deep nesting, prototype keys,
// unicode), and the values an override or a distribution may be given.
import fc from 'fast-check';
import { getScenario } from '../../src/scenarios/index';

/** Special values: numbers at and beyond the limits, malformed numbers, other types, unicode. */
export const SPECIAL_VALUES: readonly unknown[] = [
  '0',
  '-0',
  '-1',
  '1',
  '0.5',
  '5%',
  '-5%',
  '100%',
  '101%',
  '%',
  '1e20',
  '9.99e20',
  '1e21',
  '-1e21',
  '1e38',
  '1e400',
  '1e10000000',
  '1e-40',
  '1e-41',
  '1e-400',
  '0.' + '1'.repeat(41),
  '9'.repeat(25),
  '1/3',
  ' 1',
  '1,5',
  '1_000',
  '0x10',
  'NaN',
  'Infinity',
  '-Infinity',
  '',
  ' ',
  'EUR',
  'default',
  '2030',
  '__proto__',
  '∞',
  '١٢٣',
  '１２３',
  'é'.repeat(5),
  '\u0000',
  '\u202e1',
  'a'.repeat(3000),
  0,
  -1,
  1,
  0.1,
  2025,
  1e21,
  -1e300,
  Number.MAX_SAFE_INTEGER + 2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  null,
  true,
  false,
  [],
  {},
  ['1'],
  { amount: '1' },
  { default: '0.05' },
  { kind: 'even' },
  // Paths and rates (issue 14): rules, reciprocals, reciprocals of nothing and of zero.
  'linear',
  'step',
  'constant-growth',
  '1/3.95',
  ' 1 / 4 ',
  '1/0',
  '1/',
  '1/-1',
  { '2025': '1%', '2030': '2%', interpolate: 'linear' },
  // Amounts in another currency and rates from the ECB's tables (issue 14).
  'USD',
  'usd',
  'XXX',
  { amount: '1', currency: 'USD' },
  { amount: '1', currency: 'GBP' },
  { source: 'ecb', basis: 'annual-average', default: '1.1' },
  { source: 'ecb', basis: 'annual-average', partial: true, default: '1.1' },
  { source: 'ecb', basis: 'on', date: '2025-06-30' },
  { source: 'ecb', basis: 'on', date: '2025-06-28', policy: 'previous' },
  { source: 'ecb', basis: 'on', date: '1999-01-04' },
  '2025-06-30',
  'previous',
];

/** Keys to add: prototype names, near misses, years out of range, unicode. */
export const SPECIAL_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'default',
  'Default',
  '2030',
  '1899',
  '2201',
  '203',
  '20300',
  'amount',
  'amounts',
  'share',
  'remainder',
  'id',
  'nmae',
  'curency',
  'shareOfGDP',
  'EUR/USD',
  'USD/EUR',
  'PLN/EUR',
  'interpolate',
  'currency',
  'source',
  'basis',
  'partial',
  'date',
  'policy',
  'eur/usd',
  'ПЛАН',
  '',
  ' ',
];

/** The documents mutations start from: the built-in scenarios and small ones covering other features. */
export function baseDocuments(): Record<string, unknown>[] {
  const builtins = ['lithuania-baseline', 'lithuania-5pct', 'lithuania-6pct'].map(
    (name) => JSON.parse(JSON.stringify(getScenario(name))) as Record<string, unknown>,
  );
  const small = {
    name: 'Small',
    currency: 'JPY',
    years: { from: 2025, to: 2028 },
    economy: {
      gdp: { known: { '2024': '600000000000000' }, nominalGrowth: { default: '0.02', '2026': '-0.01' } },
      population: { default: '124000000' },
    },
    fx: { 'JPY/USD': { default: '0.0067' }, 'JPY/EUR': { '2025': '0.0062', default: '0.006' } },
    defence: {
      shareOfGdp: { default: '0.016' },
      related: { shareOfGdp: { default: '0.005' }, amounts: { '2028': '3000000000000' } },
    },
    plans: [
      {
        id: 'ships',
        total: '900000000000',
        years: { from: 2026, to: 2030 },
        phasing: { kind: 's-curve', steepness: '3' },
        priceBasis: { kind: 'constant', year: 2025 },
        items: [
          { id: 'hulls', share: '0.6', phasing: { kind: 'back-loaded', ratio: '2' } },
          { id: 'arms', amount: '100000000000', years: { from: 2027, to: 2028 } },
          { id: 'rest', remainder: true },
        ],
      },
      {
        id: 'fixed',
        total: '10',
        years: { from: 2025, to: 2026 },
        phasing: { kind: 'amounts', amounts: { '2025': '4', '2026': '6' } },
        items: [{ id: 'all', remainder: true }],
      },
    ],
    targets: [
      'nato-wales-2pct',
      'nato-hague-total-5pct',
      'nato-hague-related-1.5pct',
      {
        id: 'own',
        name: 'Own',
        atLeast: { amount: '9000000000000' },
        by: 2028,
        start: { year: 2025, value: { amount: '8000000000000' } },
      },
    ],
    rounding: { mode: 'half-up' },
  };
  // Paths between years and rates either way round (issue 14).
  const paths = {
    name: 'Paths',
    currency: 'PLN',
    years: { from: 2025, to: 2030 },
    economy: {
      gdp: {
        known: { '2024': '3600000000000' },
        realGrowth: { '2025': '3%', '2030': '2%', interpolate: 'linear' },
        deflator: { default: '0.03' },
      },
      population: { '2025': '37500000', '2030': '36900000', interpolate: 'constant-growth' },
    },
    fx: {
      'USD/PLN': { default: '3.95', '2025': '1/0.25' },
      'PLN/EUR': { '2025': '1/4.2', '2028': '1/4.3', interpolate: 'step' },
    },
    defence: {
      shareOfGdp: { '2025': '4.7%', '2030': '5%', interpolate: 'linear' },
      amounts: { '2026': '200000000000' },
    },
    targets: ['nato-wales-2pct'],
  };
  // Amounts in other currencies, rates from the ECB's tables (issue 14).
  const currencies = {
    name: 'Currencies',
    currency: 'EUR',
    years: { from: 2024, to: 2027 },
    economy: { gdp: { base: { year: 2023, amount: '100000000000' }, nominalGrowth: { default: '0.03' } } },
    fx: {
      'EUR/USD': { source: 'ecb', basis: 'annual-average', partial: true, default: '1.15' },
      'PLN/EUR': { source: 'ecb', basis: 'on', date: '2025-06-30' },
    },
    defence: { shareOfGdp: { default: '2.5%' }, amounts: { '2025': '3300000000' }, currency: 'USD' },
    plans: [
      {
        id: 'dollars',
        currency: 'USD',
        total: '1200000000',
        years: { from: 2022, to: 2031 },
        items: [
          { id: 'mines', share: '0.66' },
          { id: 'rest', remainder: true },
        ],
      },
    ],
    targets: [
      {
        id: 'usd-floor',
        name: 'At least $3bn',
        atLeast: { amount: '3000000000', currency: 'USD' },
        from: 2024,
      },
    ],
  };
  return [...builtins, small, paths, currencies];
}

/** Values a number in a scenario may take that still parse: the edges of the ranges and of the limits. */
export const NUMERIC_VALUES: readonly string[] = [
  '0',
  '1',
  '0.5',
  '0.055',
  '5.5%',
  '100%',
  '-0.99',
  '-0.5',
  '0.3',
  '2',
  '1e20',
  '999999999999999999999',
  '1e-40',
  '0.001',
  '0.004',
  '0.005',
  '77940000000',
  '1100000000',
  '123456789.123456789',
  '1',
];

/** One mutation: where (an index into the document's places, taken modulo their count) and what. */
export type Mutation =
  | { readonly op: 'number'; readonly at: number; readonly value: string }
  | { readonly op: 'set'; readonly at: number; readonly value: unknown }
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'add'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly op: 'retype'; readonly at: number }
  | { readonly op: 'nest'; readonly at: number; readonly depth: number }
  | { readonly op: 'duplicate'; readonly at: number };

const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_VALUES) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: 1890, max: 2210 }).map(String) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Mostly a number changed to another that parses, so that most variants reach evaluate.
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.constant('number' as const),
      at: fc.nat(),
      value: fc.constantFrom(...NUMERIC_VALUES),
    }),
  },
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...SPECIAL_KEYS), fc.string({ maxLength: 6 })),
    value,
  }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
);

/** Nesting up to `depth` levels, in one document in twenty, applied last (a deep document is not copied again). */
const nesting = (depth: number): fc.Arbitrary<Mutation | null> =>
  fc.oneof(
    { weight: 19, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('nest' as const),
        at: fc.nat(),
        depth: fc.integer({ min: 1, max: depth }),
      }),
    },
  );

/** A base document with 1 to 4 mutations applied, nested at most `depth` levels deeper. */
export function mutatedDocuments(depth: number): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.nat(), fc.array(mutation, { minLength: 0, maxLength: 3 }), nesting(depth))
    .map(([which, mutations, nest]) => {
      const bases = baseDocuments();
      let document: unknown = bases[which % bases.length];
      for (const change of mutations) document = apply(document, change);
      return nest === null ? document : apply(document, nest);
    });
}

/** A mutated document, sometimes nested 3,000 levels deep. */
export const mutatedDocument: fc.Arbitrary<unknown> = mutatedDocuments(3000);

type Place = readonly (string | number)[];

/** Every place in a document: the root, each key of each object, each element of each list. */
function places(document: unknown): Place[] {
  const found: Place[] = [[]];
  const walk = (node: unknown, at: Place): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      const place = [...at, Array.isArray(node) ? Number(key) : key];
      found.push(place);
      walk(child, place);
    }
  };
  walk(document, []);
  return found;
}

/** A copy of the document with one mutation applied (the document itself is not changed). */
export function apply(document: unknown, change: Mutation): unknown {
  const copy = structuredClone(document);
  const all = change.op === 'number' ? numericPlaces(copy) : places(copy);
  if (all.length === 0) return copy;
  const place = all[change.at % all.length] as Place;
  if (place.length === 0) return change.op === 'set' ? change.value : copy;
  const parent = place
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<
    string | number,
    unknown
  >;
  const key = place.at(-1) as string | number;
  switch (change.op) {
    case 'number':
    case 'set':
      parent[key] = change.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
      break;
    case 'add': {
      const target = parent[key];
      // defineProperty, so that "__proto__" becomes an own key, as JSON.parse makes it.
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        Object.defineProperty(target, change.key, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else if (Array.isArray(target)) target.push(change.value);
      break;
    }
    case 'retype':
      parent[key] = retype(parent[key]);
      break;
    case 'nest': {
      let nested: unknown = parent[key];
      for (let i = 0; i < change.depth; i++) nested = i % 2 === 0 ? [nested] : { a: nested };
      parent[key] = nested;
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
      break;
  }
  return copy;
}

/** The places of a document that hold a number written as a string (amounts, shares, rates). */
function numericPlaces(document: unknown): Place[] {
  return places(document).filter((place) => {
    const value = place.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);
    return typeof value === 'string' && /^-?\d/.test(value);
  });
}

function retype(value: unknown): unknown {
  if (typeof value === 'string') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : [value];
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return Object.fromEntries(value.map((element, i) => [String(i), element]));
  if (typeof value === 'object' && value !== null) return Object.values(value);
  return String(value);
}
