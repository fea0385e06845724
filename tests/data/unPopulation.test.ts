// The UN population importer (scripts/lib/unPopulation.ts): the UN's World Population Prospects 2024
// projection as its R package (wpp2024) keeps it, read into data/raw/population-projection.csv's rows. The
// real file's rows are the committed raw file (`npm run data:population-import-un` checks them against it).
import { describe, expect, it } from 'vitest';
import { ALLIES_BY_M49, LAST_PACKAGE_YEAR, persons, projectionRows } from '../../scripts/lib/unPopulation';

/** The package's layout: every ally (a made-up value from its position) and the world, 2024–2052. */
function table(change: (row: string[]) => string[] = (row) => row): string[][] {
  const years = Array.from({ length: 29 }, (_, k) => String(2024 + k));
  const rows = ALLIES_BY_M49.map(([m49], i) =>
    change([m49, `Ally ${m49}`, ...years.map((_, k) => `${String(100 + i)}.${String(k).padStart(3, '0')}`)]),
  );
  return [['country_code', 'country', ...years], ['900', 'World', ...years.map(() => '8196980.849')], ...rows];
}

describe('persons', () => {
  it('turns thousands to three decimals into whole persons, exactly', () => {
    expect(['2851.406', '346373.57', '0.5', '12', '0.001'].map(persons)).toEqual([
      '2851406',
      '346373570',
      '500',
      '12000',
      '1',
    ]);
  });

  it('refuses what is not thousands to at most three decimals, or is none', () => {
    expect(['2851.4061', '-1', '1e3', '', ' 12', '0', '0.000', '1,5'].map(persons)).toEqual(
      Array.from({ length: 8 }, () => undefined),
    );
  });
});

describe('projectionRows', () => {
  it('keeps the allies to the package’s 2050, dated as the UN dates them, 1 January of the year after', () => {
    const rows = projectionRows(table(), 'un');
    expect(LAST_PACKAGE_YEAR).toBe(2050);
    expect(rows).toHaveLength(32 * 27);
    expect(rows[0]).toEqual(['AL', '2025-01-01', '100000', 'un']);
    expect(rows[26]).toEqual(['AL', '2051-01-01', '100026', 'un']);
    expect(rows.at(-1)).toEqual(['US', '2051-01-01', '131026', 'un']);
    expect(ALLIES_BY_M49.map(([, code]) => code).join(' ')).toBe(
      'AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US',
    );
  });

  it('refuses another layout, a value that is not thousands, and an ally with no row', () => {
    expect(() => projectionRows([['code', 'country', '2024']], 'un')).toThrow('the header is not country_code');
    expect(() => projectionRows([['country_code', 'country', '2024', '2026']], 'un')).toThrow('consecutive years');
    const bad = table((row) => (row[0] === '440' ? [...row.slice(0, 5), 'n/a', ...row.slice(6)] : row));
    expect(() => projectionRows(bad, 'un')).toThrow('Ally 440 2027: "n/a" is not thousands of persons');
    const short = table((row) => (row[0] === '440' ? row.slice(0, 10) : row));
    expect(() => projectionRows(short, 'un')).toThrow('Ally 440 2032: "" is not thousands of persons');
    const withoutUs = table().filter((row) => row[0] !== '840');
    expect(() => projectionRows(withoutUs, 'un')).toThrow('no row for location 840 (US)');
  });
});
