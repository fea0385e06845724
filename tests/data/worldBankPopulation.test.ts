// The World Bank population importer (scripts/lib/worldBankPopulation.ts): the World Bank's table, as
// github.com/datasets/population lays it out, read into data/raw/population.csv's rows. The real file's
// rows are the committed raw file (`npm run data:population-import` checks them against it).
import { describe, expect, it } from 'vitest';
import { ALLIES_BY_ISO3, populationRows } from '../../scripts/lib/worldBankPopulation';

const HEADER = ['Country Name', 'Country Code', 'Year', 'Value'];
/** Two years of every ally (a count made up from its position), and a country that is not one. */
function table(overrides: readonly (readonly string[])[] = []): string[][] {
  const rows = Object.keys(ALLIES_BY_ISO3).flatMap((iso3, i) => [
    [`Ally ${iso3}`, iso3, '2014', String(1000 + i)],
    [`Ally ${iso3}`, iso3, '2013', '1'],
  ]);
  return [HEADER, ['Aruba', 'ABW', '2014', '103594'], ...overrides.map((row) => [...row]), ...rows.reverse()];
}

describe('populationRows', () => {
  it('keeps the 32 allies from 2014, by ally in NATO’s order then year, with their alpha-2 codes', () => {
    const rows = populationRows(table([['Lithuania', 'LTU', '2015', '2904910']]), 'wb');
    expect(rows).toHaveLength(33);
    expect(rows[0]).toEqual(['AL', '2014', '1000', 'wb']);
    expect(rows.filter(([code]) => code === 'LT')).toEqual([
      ['LT', '2014', '1016', 'wb'],
      ['LT', '2015', '2904910', 'wb'],
    ]);
    expect(rows.at(-1)).toEqual(['US', '2014', '1031', 'wb']);
  });

  it('maps every alpha-3 code to the dataset’s alpha-2 code, once each', () => {
    expect(Object.values(ALLIES_BY_ISO3).join(' ')).toBe(
      'AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US',
    );
  });

  it('refuses a table laid out otherwise, a count that is not whole, and an ally with no rows', () => {
    expect(() => populationRows([['Country', 'Code', 'Year', 'Value']], 'wb')).toThrow(
      'the header is not Country Name,Country Code,Year,Value',
    );
    for (const value of ['', '2.5', '0', '-3', '1e6', '12 000'])
      expect(() => populationRows(table([['Latvia', 'LVA', '2016', value]]), 'wb')).toThrow(
        `Latvia 2016: "${value}" is not a whole number of persons in a year`,
      );
    expect(() => populationRows(table([['Latvia', 'LVA', '20x6', '5']]), 'wb')).toThrow(
      'Latvia 20x6: "5" is not a whole number of persons in a year',
    );
    const withoutIceland = table().filter((row) => row[1] !== 'ISL');
    expect(() => populationRows(withoutIceland, 'wb')).toThrow('no rows from 2014 for ISL');
  });
});
