// The NATO workbook importer (scripts/lib/natoWorkbook.ts): a small workbook laid out as NATO's (a title
// cell, a year header with NATO's `e`, blocks under headings, allies with asterisks and currency words,
// shared strings and numbers stored as binary doubles) read into the raw files' rows. The real workbook's
// rows are the committed data/raw files (`npm run data:nato-workbook` checks them against it).
import { describe, expect, it } from 'vitest';
import { zip } from '../../src/reports/xlsx/zip';
import { amountRows, shareRows, significant, tablesOf } from '../../scripts/lib/natoWorkbook';

/** A worksheet: rows of [column, text or number] cells; texts go to the shared strings. */
function sheet(rows: readonly (readonly (readonly [string, string | number])[])[], strings: string[]): string {
  const xml = rows
    .map((cells, i) => {
      const row = String(i + 1);
      const body = cells
        .map(([column, value]) => {
          if (typeof value === 'number') return `<c r="${column}${row}" s="3"><v>${String(value)}</v></c>`;
          strings.push(value);
          return `<c r="${column}${row}" t="s"><v>${String(strings.length - 1)}</v></c>`;
        })
        .join('');
      return `<row r="${row}" spans="2:6">${body}</row>`;
    })
    .join('');
  return `<worksheet><sheetData>${xml}</sheetData></worksheet>`;
}

const YEARS: readonly (readonly [string, string])[] = [
  ['D', '2020'],
  ['E', '2021'],
  ['F', '2022'],
  ['G', '2023e'],
  ['H', '2024e'],
];
const header = YEARS.map(([column, year]) => [column, year] as const);
/** A row of an ally: its label in column C, then its values for 2020–2024. */
const ally = (label: string, values: readonly number[]): (readonly [string, string | number])[] => [
  ['C', label],
  ...values.map((value, k) => [YEARS[k]?.[0] ?? '', value] as const),
];

function workbook(): Uint8Array {
  const strings: string[] = [];
  const sheets = [
    sheet(
      [
        [],
        [],
        [],
        [['B', 'Table 1 : Defence expenditure']],
        [['B', 'Million national currency units']],
        [],
        header,
        [['B', 'Current prices']],
        ally('Lithuania*   (Euros)', [1030.149, 1104.9, 1648.8691999999999, 2001.7342, 2132.904]),
        ally('Denmark   (Kroner)', [31962.3, 33160.7198, 38726.2749, 56084.0299, 68670.4404]),
      ],
      strings,
    ),
    sheet(
      [
        [['B', 'Table 2 : Defence expenditure']],
        [['B', 'Million US dollars']],
        header,
        [['B', 'Current prices and exchange rates']],
        ally('Lithuania*', [1175.6902743857468, 1307.6784489626671, 1737.7053716651571, 2165.0365, 2300.0721691371359]),
        ally('Denmark', [4885.5973, 5274.398, 5472.7844, 8140.2645, 9939.6068]),
        [['B', 'NATO Total'], ...YEARS.map(([column], k) => [column, 1000000 + k] as const)],
        [['B', 'Constant 2015 prices and exchange rates']],
        ally('Lithuania*', [995.79, 1002.42, 1283.42, 1454.7, 1516.58]),
        ally('Denmark', [4469.31, 4508.32, 4872, 7309.99, 8820.03]),
        [['B', 'NATO Total'], ...YEARS.map(([column], k) => [column, 900000 + k] as const)],
      ],
      strings,
    ),
    sheet(
      [
        [['B', 'Table 3 : Defence expenditure as a share of GDP and annual real change']],
        header,
        [['B', 'Share of real GDP (%)']],
        ally('Lithuania*', [2.0655373418427532, 1.9563332622555325, 2, 2.7807201617958088, 2.8495515889570782]),
        ally('Denmark', [1.3771511051747165, 1.3, 1.37, 2.01, 2.37]),
        [['B', 'Annual real change (%)']],
        ally('Lithuania*', [3.5, 0.7, 28, 13.3, 4.3]),
      ],
      strings,
    ),
    sheet(
      [
        [['B', 'Table 5 : GDP']],
        header,
        [['B', 'Current prices and exchange rates']],
        ally('Lithuania', [56919.3, 66843.3, 71069.8, 77858.8, 80716.986421676]),
        ally('Denmark', [356000, 398000, 400000, 404000, 418000]),
        ally('Iceland', [21630, 25798, 28702, 31020, 32894.4896562749]),
        [['B', 'Constant 2015 prices and exchange rates']],
        ally('Lithuania', [48209.8, 51239.7, 52490, 52313.6, 53221.8]),
        ally('Denmark', [325000, 346000, 355000, 363000, 371000]),
        ally('Iceland', [19291, 20284.2, 22085.7, 22983.3, 23420.4]),
      ],
      strings,
    ),
    sheet(
      [
        [['B', 'Table 8a : Distribution of defence expenditure by main category']],
        header,
        [['B', 'Equipment (a)']],
        ally('Lithuania', [33.7, 22.3, 36.6, 28.7, 21.166400363073066]),
        ally('Denmark', [11.1, 14, 17.2, 12.6, 29.8]),
        [['B', 'Personnel (b)']],
        ally('Lithuania', [41.3, 42.6, 33.2, 32.1, 35.5]),
      ],
      strings,
    ),
  ];
  return packed(sheets, strings);
}

/** The sheets as an .xlsx archive: the workbook, its relationships, the shared strings, the worksheets. */
function packed(sheets: readonly string[], strings: readonly string[]): Uint8Array {
  const shared = `<sst>${strings.map((text) => `<si><t xml:space="preserve">${text.replaceAll('&', '&amp;')}</t></si>`).join('')}</sst>`;
  return zip([
    {
      path: 'xl/workbook.xml',
      content: `<workbook><sheets>${sheets.map((_, i) => `<sheet name="Table ${String(i)}" sheetId="${String(i + 1)}" r:id="rId${String(i + 1)}"/>`).join('')}</sheets></workbook>`,
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      content: `<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${String(i + 1)}" Type="worksheet" Target="worksheets/sheet${String(i + 1)}.xml"/>`).join('')}</Relationships>`,
    },
    { path: 'xl/sharedStrings.xml', content: shared },
    ...sheets.map((content, i) => ({ path: `xl/worksheets/sheet${String(i + 1)}.xml`, content })),
  ]);
}

/**
 * The layout of NATO's 2025 and 2026 tables, as other projects' readers of them describe it: labels in
 * column A, the year header under each block's heading, years from column B, `..` where NATO gives none.
 */
function workbookOf2025(): Uint8Array {
  const strings: string[] = [];
  const years = ['2023', '2024', '2025e', '2026e', '2027e'];
  const header = years.map((year, k) => [String.fromCharCode(66 + k), year] as const);
  const row = (label: string, values: readonly (number | string)[]): (readonly [string, string | number])[] => [
    ['A', label],
    ...values.map((value, k) => [String.fromCharCode(66 + k), value] as const),
  ];
  const block = (title: string, heading: string, rows: readonly (readonly [string, string | number])[][]) =>
    sheet([[['A', title]], [['A', 'Million US dollars']], [], [['A', heading]], header, ...rows, []], strings);
  const sheets = [
    block('Table 1: Core defence expenditure', 'Current prices', [
      row('Lithuania (Euros)', [2001.7342, 2132.904, 3800, 4200, 4600]),
      row('United Kingdom (Pounds)', [61877.386841037864, 64583.84, 66000, 68000, '..']),
    ]),
    block('Table 2: Core defence expenditure', 'Current prices and exchange rates', [
      row('Lithuania', [2165.0365, 2300.0722, 4100, 4500, 4900]),
      row('United Kingdom', [76939.04, 82107.13, 85000, 88000, '..']),
    ]),
    block('Table 3: Core defence expenditure as a share of GDP', 'Share of real GDP (%), based on 2021 prices', [
      row('Lithuania', [2.78, 2.85, 4, 5.3, 5.5]),
      row('United Kingdom', [2.3, 2.33, 2.4, 2.5, '..']),
    ]),
    block('Table 5: GDP', 'Current prices and exchange rates', [
      row('Lithuania', [77858.8, 80717, 86000, 90000, 94000]),
      row('United Kingdom', [3340000, 3500000, 3600000, 3700000, '..']),
    ]),
    block('Table 8a: Distribution of core defence expenditure by main category', 'Equipment (a)', [
      row('Lithuania', [28.7, 21.2, 30, 35, 36]),
      row('United Kingdom', [31, 32, 33, 34, '..']),
    ]),
  ];
  return packed(sheets, strings);
}

describe('NATO’s workbook read into the raw files’ rows', () => {
  const tables = tablesOf(workbook());

  it('finds each table by its title, whatever the sheet is called', () => {
    expect([...tables.keys()].sort()).toEqual(['1', '2', '3', '5', '8a']);
  });

  it('reads Table 3’s shares to 15 digits, NATO’s e as estimates, a whole 2 kept with its digits', () => {
    const lt = shareRows(tables).filter((row) => row.code === 'LT');
    expect(lt.map((row) => `${String(row.year)} ${row.percent} ${row.kind}`)).toEqual([
      '2020 2.06553734184275 outturn',
      '2021 1.95633326225553 outturn',
      '2022 2.00000000000000 outturn',
      '2023 2.78072016179581 estimate',
      '2024 2.84955158895708 estimate',
    ]);
    // The block ends at the next heading: the annual real change is not a share.
    expect(shareRows(tables)).toHaveLength(10);
  });

  it('reads the amounts with their units: a currency from NATO’s words, the price year from the heading', () => {
    const rows = amountRows(tables, ['LT', 'DK', 'IS', 'NATO']);
    const find = (code: string, measure: string, year: number) =>
      rows.find((row) => row.code === code && row.measure === measure && row.year === year);
    expect(find('LT', 'expenditure', 2022)).toEqual({
      code: 'LT',
      year: 2022,
      table: '1',
      measure: 'expenditure',
      unit: 'EUR million',
      value: '1648.8692',
      kind: 'outturn',
    });
    expect(find('DK', 'expenditure', 2024)?.unit).toBe('DKK million');
    expect(find('LT', 'expenditure-usd', 2024)?.value).toBe('2300.07216913714');
    expect(find('LT', 'real-expenditure-usd', 2024)).toMatchObject({
      unit: 'USD million (2015 prices)',
      kind: 'estimate',
    });
    expect(find('LT', 'equipment-share', 2024)).toMatchObject({
      unit: 'percent',
      value: '21.1664003630731',
      table: '8a',
    });
    // Iceland: GDP in Table 5, no defence figure anywhere else.
    expect(find('IS', 'gdp-usd', 2024)?.value).toBe('32894.4896562749');
    expect(find('IS', 'expenditure', 2024)).toMatchObject({ kind: 'not-published', unit: '', value: '' });
    // NATO's total: dollars, no national currency, no equipment share.
    expect(rows.filter((row) => row.code === 'NATO').map((row) => row.measure)).toEqual([
      ...Array<string>(5).fill('expenditure-usd'),
      ...Array<string>(5).fill('real-expenditure-usd'),
    ]);
  });

  it('writes a stored double as the number it stands for, half to even at the 15th digit', () => {
    expect(significant('16250.362999999999')).toBe('16250.363');
    expect(significant('0.10000000000000001')).toBe('0.1');
    expect(significant('1.000000000000005')).toBe('1');
    expect(significant('1.000000000000015')).toBe('1.00000000000002');
    expect(() => significant('Infinity')).toThrow('not a number');
  });

  it('reads the 2025 and 2026 layout: labels in column A, the years under the heading, NATO’s .. as no figure', () => {
    const later = tablesOf(workbookOf2025());
    expect([...later.keys()].sort()).toEqual(['1', '2', '3', '5', '8a']);
    const shares = shareRows(later);
    expect(
      shares.filter((row) => row.code === 'LT').map((row) => `${String(row.year)} ${row.percent} ${row.kind}`),
    ).toEqual([
      '2023 2.78 outturn',
      '2024 2.85 outturn',
      '2025 4.00000000000000 estimate',
      '2026 5.3 estimate',
      '2027 5.5 estimate',
    ]);
    expect(shares.find((row) => row.code === 'GB' && row.year === 2027)).toEqual({
      code: 'GB',
      year: 2027,
      percent: '',
      kind: 'not-published',
    });
    // This small workbook has no constant-price blocks: the reader says which one it lacks.
    expect(() => amountRows(later, ['LT'])).toThrow(
      'the workbook has no Table 2 block under /^Constant (\\d{4}) prices and exchange rates$/',
    );
  });

  it('refuses a cell that is neither a number nor NATO’s mark, naming where it is', () => {
    const strings: string[] = [];
    const odd = packed(
      [
        sheet(
          [
            [['A', 'Table 3: Defence expenditure as a share of GDP']],
            [['A', 'Share of real GDP (%)']],
            [
              ['B', '2020'],
              ['C', '2021'],
              ['D', '2022'],
              ['E', '2023'],
              ['F', '2024'],
            ],
            [
              ['A', 'Lithuania'],
              ['B', 2],
              ['C', 'n.a.'],
            ],
          ],
          strings,
        ),
      ],
      strings,
    );
    expect(() => shareRows(tablesOf(odd))).toThrow('Table 3, LT 2021: "n.a." is neither a number nor NATO\'s ".."');
  });

  it('says what it could not find, and refuses a file that is not a workbook', () => {
    expect(() => amountRows(new Map(), ['LT'])).toThrow('the workbook has no Table 1 block');
    expect(() => tablesOf(new Uint8Array([1, 2, 3]))).toThrow('not a zip archive');
  });
});
