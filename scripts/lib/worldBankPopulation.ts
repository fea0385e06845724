// The allies' rows of the World Bank's "Population, total" (SP.POP.TOTL) as one CSV of
// `Country Name,Country Code,Year,Value` (github.com/datasets/population's layout of the World Bank's bulk
// file), for data/raw/population.csv; scripts/import-world-bank-population.ts reads and writes the files.

/** Each ally's ISO 3166 alpha-3 code (the World Bank's) to its alpha-2 code (the dataset's), in NATO's order. */
// prettier-ignore
export const ALLIES_BY_ISO3: Readonly<Record<string, string>> = {
  ALB: 'AL', BEL: 'BE', BGR: 'BG', CAN: 'CA', HRV: 'HR', CZE: 'CZ', DNK: 'DK', EST: 'EE',
  FIN: 'FI', FRA: 'FR', DEU: 'DE', GRC: 'GR', HUN: 'HU', ISL: 'IS', ITA: 'IT', LVA: 'LV',
  LTU: 'LT', LUX: 'LU', MNE: 'ME', NLD: 'NL', MKD: 'MK', NOR: 'NO', POL: 'PL', PRT: 'PT',
  ROU: 'RO', SVK: 'SK', SVN: 'SI', ESP: 'ES', SWE: 'SE', TUR: 'TR', GBR: 'GB', USA: 'US',
};

/** The first year kept: the first of NATO's tables. */
export const FIRST_YEAR = 2014;

/**
 * The raw file's rows (`code, year, persons, source`) from the World Bank's table: the allies from
 * {@link FIRST_YEAR}, by ally then year. Throws, saying what and where, for a table that is not laid out
 * so, a value that is not a whole number of persons, or an ally with no rows.
 */
export function populationRows(table: readonly (readonly string[])[], source: string): string[][] {
  const [header, ...rows] = table;
  if (header?.join(',') !== 'Country Name,Country Code,Year,Value')
    throw new Error(`the header is not Country Name,Country Code,Year,Value`);
  const allies = rows.filter(([, iso3 = '']) => Object.hasOwn(ALLIES_BY_ISO3, iso3));
  for (const [name = '', , year = '', value = ''] of allies)
    if (!/^\d{4}$/.test(year) || !/^[1-9]\d*$/.test(value))
      throw new Error(`${name} ${year}: "${value}" is not a whole number of persons in a year`);
  const picked = allies.filter(([, , year]) => Number(year) >= FIRST_YEAR);
  const order = Object.keys(ALLIES_BY_ISO3);
  const missing = order.filter((iso3) => !picked.some(([, code]) => code === iso3));
  if (missing.length > 0) throw new Error(`no rows from ${String(FIRST_YEAR)} for ${missing.join(', ')}`);
  return [...picked]
    .sort(([, a = '', x = ''], [, b = '', y = '']) => order.indexOf(a) - order.indexOf(b) || Number(x) - Number(y))
    .map(([, iso3 = '', year = '', value = '']) => [ALLIES_BY_ISO3[iso3] ?? '', year, value, source]);
}
