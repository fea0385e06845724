// Hostile input to NATO's tables, the allies' populations and the starter scenarios built on them (issue 15): any code, year,
// release and options end in a row, nothing, a scenario, or one clean BudgetWhatIfError; never a TypeError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allyPopulation,
  allyPopulationProjection,
  natoAmounts,
  natoDenominator,
  natoFiscalYear,
  natoShare,
  natoSharesIn,
  natoShareVintages,
} from '../../src/index';
import { countryData, scenarioFor } from '../../src/scenarios/index';
import { fuzz } from './harness';

const code = fc.oneof(
  fc.constantFrom(
    'LT',
    'PL',
    'US',
    'IS',
    'BG',
    'CA',
    'GB',
    'LU',
    'NATO',
    'NATO-EUROPE-CANADA',
    'lt',
    'XX',
    '',
    'toString',
  ),
  fc.anything(),
);
const year = fc.oneof(
  fc.integer({ min: 2010, max: 2030 }),
  fc.constantFrom(2024.5, Number.NaN, Number.POSITIVE_INFINITY, -0, '2024', null),
  fc.anything(),
);
const release = fc.oneof(fc.constantFrom('2026-03', '2025-08', '2024-06', '2023-07', '2020-01', ''), fc.anything());
const options = fc.oneof(
  fc.constant(undefined),
  fc.record({ release, codes: fc.oneof(fc.array(code, { maxLength: 3 }), fc.anything()) }, { requiredKeys: [] }),
  fc.constantFrom(null, 5, 'release', []),
  fc.anything(),
);
const starter = fc.oneof(
  fc.record(
    {
      share: fc.oneof(fc.constantFrom('5%', '0.035', '-1%', '120%', ''), fc.anything()),
      usdRate: fc.oneof(fc.constantFrom('ecb', 'nato', 'imf'), fc.anything()),
      years: fc.oneof(
        fc.record({ from: fc.integer({ min: 2020, max: 2040 }), to: fc.integer({ min: 2020, max: 2040 }) }),
        fc.anything(),
      ),
      gdp: fc.oneof(
        fc.record({ year: fc.integer({ min: 2020, max: 2030 }), amount: fc.constantFrom('1e11', '-5', 'x') }),
        fc.anything(),
      ),
    },
    { requiredKeys: ['share'] },
  ),
  fc.constantFrom(null, undefined, {}, '5%'),
  fc.anything(),
);

describe('NATO’s tables under hostile input', () => {
  it('natoShare, natoShareVintages, natoSharesIn, natoDenominator, natoFiscalYear and natoAmounts end in rows, nothing or a clean error', () => {
    fuzz(fc.tuple(code, year, options), ([c, y, o]) => {
      const asOptions = o as undefined;
      natoShare(c as string, y as number, asOptions);
      expect(Array.isArray(natoShareVintages(c as string, y as number))).toBe(true);
      expect(Array.isArray(natoSharesIn(y as number, asOptions))).toBe(true);
      const denominator = natoDenominator(c as string, y as number);
      if (denominator !== undefined) expect([c, (y as number) >= denominator.from]).toEqual(['LU', true]);
      const fiscal = natoFiscalYear(c as string, y as number);
      if (fiscal !== undefined) expect([['CA', 'GB'].includes(c as string), fiscal.year]).toEqual([true, y]);
      const amounts = natoAmounts(c as string, y as number, asOptions);
      if (amounts !== undefined) expect(typeof amounts.status).toBe('string');
    });
  });

  it('allyPopulation and allyPopulationProjection end in their years (2014–2024, 2025–2051) or a clean error', () => {
    fuzz(code, (c) => {
      expect(Object.keys(allyPopulation(c as string))).toHaveLength(11);
      expect(Object.keys(allyPopulationProjection(c as string))).toHaveLength(27);
    });
  });

  it('countryData and scenarioFor end in data, a scenario or a clean error', () => {
    fuzz(
      fc.tuple(code, starter),
      ([c, s]) => {
        expect(countryData(c as string).natoAmounts.length).toBeGreaterThan(0);
        expect(scenarioFor(c as string, s as { share: string }).currency).toBeTypeOf('string');
      },
      500,
    );
  });
});
