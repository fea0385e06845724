import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuote } from '../../src/index';
import { fuzz } from './harness';

const PIECES = [
  '€',
  '$',
  'US$',
  '£',
  '¥',
  'EUR ',
  'USD',
  'XYZ ',
  'about ',
  'over ',
  'nearly ',
  'up to ',
  'under ',
  'at least ',
  '~',
  '0',
  '1',
  '5',
  '9',
  '.',
  ',',
  '1,100',
  '1.1',
  '905',
  '800',
  '0.0',
  '-',
  '–',
  ' to ',
  '%',
  ' percent',
  ' million',
  ' billion',
  'bn',
  'mn',
  'm',
  'k',
  ' euros',
  ' dollars',
  ' złoty',
  ' of GDP',
  ' ',
  '\u00a0',
  '\u2009',
  'e9',
  '1e400',
];
/** A quote as newspapers write one: hedge, currency, number (or range), magnitude, currency word. */
const structured = fc
  .tuple(
    fc.constantFrom('', 'about ', 'over ', 'nearly ', 'up to ', 'under ', 'at least ', '~', 'roughly '),
    fc.constantFrom('', '', '€', '$', 'US$', 'EUR ', 'PLN '),
    fc.oneof(fc.nat({ max: 2000 }).map(String), fc.constantFrom('0', '1.1', '905', '1,100', '0.5', '5.38', '2,500.75')),
    fc.constantFrom('', '', '–6', ' to 7', '-1200'),
    fc.constantFrom('', ' million', ' billion', 'bn', 'mn', 'k', '%', ' percent'),
    fc.constantFrom('', '', ' euros', ' dollars', ' złoty', ' of GDP'),
  )
  .map((parts) => parts.join(''));
const quote = fc.oneof(
  { weight: 4, arbitrary: structured },
  fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'9'.repeat(n)}.1.1`),
  fc.constant(`${'9'.repeat(100_000)}.1.1`),
);
const options = fc.record(
  {
    trailingZeros: fc.constantFrom('significant', 'not-significant', 'maybe', undefined),
    unit: fc.constantFrom('0.1', '-1', '0', '1e30', 'x', 1, undefined),
    dollar: fc.constantFrom('USD', 'CAD', 'XYZ', undefined),
    aboutMargin: fc.constantFrom('0.05', '-0.05', '2', undefined),
  },
  { requiredKeys: [] },
);

describe('fuzz: quotes', () => {
  it('a quote is an interval with lo ≤ hi (money never below zero), or a clean error', () => {
    fuzz(fc.tuple(quote, options), ([text, given]) => {
      const parsed = parseQuote(text, given as Parameters<typeof parseQuote>[1]);
      const { lo, hi } = parsed.interval;
      expect(lo.lte(hi)).toBe(true);
      expect(lo.isNaN() || hi.isNaN()).toBe(false);
      if (parsed.kind === 'money') expect(lo.gte(0)).toBe(true);
    });
  });
});
