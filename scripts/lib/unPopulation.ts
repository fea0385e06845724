// The allies' rows of the UN's World Population Prospects 2024 projection as its R package (wpp2024,
// github.com/PPgp/wpp2024) keeps it in data-raw/popprojMed.txt: tab-separated, one row per location
// (`country_code`, `country`, then a column per year), thousands of persons to three decimals. The
// package's year Y is the population at 31 December Y, the UN's 1 January Y + 1; the rows written here
// use the UN's date. scripts/import-un-population.ts reads and writes the files.

/**
 * Each ally's UN M49 code (ISO 3166 numeric) and alpha-2 code, in NATO's order: pairs, since an object
 * would list numeric keys in ascending order instead.
 */
// prettier-ignore
export const ALLIES_BY_M49: readonly (readonly [string, string])[] = [
  ['8', 'AL'], ['56', 'BE'], ['100', 'BG'], ['124', 'CA'], ['191', 'HR'], ['203', 'CZ'], ['208', 'DK'],
  ['233', 'EE'], ['246', 'FI'], ['250', 'FR'], ['276', 'DE'], ['300', 'GR'], ['348', 'HU'], ['352', 'IS'],
  ['380', 'IT'], ['428', 'LV'], ['440', 'LT'], ['442', 'LU'], ['499', 'ME'], ['528', 'NL'], ['807', 'MK'],
  ['578', 'NO'], ['616', 'PL'], ['620', 'PT'], ['642', 'RO'], ['703', 'SK'], ['705', 'SI'], ['724', 'ES'],
  ['752', 'SE'], ['792', 'TR'], ['826', 'GB'], ['840', 'US'],
];

/** The last package year kept (31 December 2050, the UN's 1 January 2051): the horizon of NATO's plans and then some. */
export const LAST_PACKAGE_YEAR = 2050;

/** Thousands to three decimals ("2851.406") as whole persons ("2851406"), exactly; `undefined` otherwise. */
export function persons(thousands: string): string | undefined {
  const match = /^(\d+)(?:\.(\d{1,3}))?$/.exec(thousands);
  if (match === null) return undefined;
  const whole = `${match[1] ?? ''}${(match[2] ?? '').padEnd(3, '0')}`.replace(/^0+(?=\d)/, '');
  return whole === '0' ? undefined : whole;
}

/**
 * The raw file's rows (`code, date, persons, source`) from the package's table: the allies' projection from
 * the first column (1 January of the year after it) to {@link LAST_PACKAGE_YEAR}, by ally then date. Throws,
 * saying what and where, for a table not laid out so, a value that is not thousands to three decimals, or
 * an ally with no row.
 */
export function projectionRows(table: readonly (readonly string[])[], source: string): string[][] {
  const [header = [], ...rows] = table;
  const years = header.slice(2);
  if (
    header[0] !== 'country_code' ||
    header[1] !== 'country' ||
    years.some((year, i) => year !== String(Number(years[0]) + i))
  )
    throw new Error('the header is not country_code, country, then consecutive years');
  const columns = years.filter((year) => Number(year) <= LAST_PACKAGE_YEAR);
  const out: string[][] = [];
  for (const [m49, code] of ALLIES_BY_M49) {
    const row = rows.find(([location]) => location === m49);
    if (row === undefined) throw new Error(`no row for location ${m49} (${code})`);
    columns.forEach((year, i) => {
      const value = row[i + 2] ?? '';
      const count = persons(value);
      if (count === undefined)
        throw new Error(`${row[1] ?? ''} ${year}: "${value}" is not thousands of persons to three decimals`);
      out.push([code, `${String(Number(year) + 1)}-01-01`, count, source]);
    });
  }
  return out;
}
