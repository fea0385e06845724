// The workbook writer, pinned cell by cell on a scenario small enough to work by hand, and the zip and
// SpreadsheetML it writes, byte by byte where the format fixes them.
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal/core';
import { comparisonWorkbook, workbookSheets } from '../../src/reports/workbook';
import { xlsx } from '../../src/reports/xlsx/sheet';
import { zip } from '../../src/reports/xlsx/zip';
import { compareMany, evaluate, parseScenario, withOverrides } from '../../src/scenarios/index';
import { stylesOf, tableOf, unzip } from '../helpers/unzip';

// GDP 1,000 and 2,000; defence 5% and (changed) 6%: 50 and 120; at 1.25 dollars a euro 62.5 and 150. A
// plan of 30 over two years, evenly: 15 a year, item a 10 (5 a year), b the remaining 20 (10 a year). A
// floor of 4%: 40 and 80 required, 50 and 120 counted.
const tiny = (): ReturnType<typeof evaluate> =>
  evaluate(
    withOverrides(
      parseScenario({
        name: 'Tiny <&> "quoted"',
        currency: 'EUR',
        years: { from: 2026, to: 2027 },
        economy: { gdp: { series: { '2026': '1000', '2027': '2000' } } },
        fx: { 'EUR/USD': { default: '1.25' } },
        defence: { shareOfGdp: { default: '5%' } },
        plans: [
          {
            id: 'p',
            name: 'A plan',
            total: '30',
            years: { from: 2026, to: 2027 },
            items: [
              { id: 'a', name: 'Item a', amount: '10' },
              { id: 'b', remainder: true },
            ],
          },
        ],
        targets: [{ id: 'floor', name: 'Floor 4%', atLeast: '4%', from: 2026 }],
        sources: [{ publisher: 'Pub', title: 'Title', url: 'https://example.org', about: 'economy.gdp' }],
        assumptions: [{ about: 'economy.gdp', statement: 'Made up.', reason: 'A test.' }],
      }),
      [{ path: 'defence.shareOfGdp.2027', value: '6%' }],
    ),
  );

describe('toWorkbook, cell by cell', () => {
  const sheets = (): string[][][] => {
    const files = unzip(xlsx(workbookSheets(tiny())));
    return [1, 2, 3, 4, 5].map((i) => tableOf(files.get(`xl/worksheets/sheet${String(i)}.xml`) ?? ''));
  };

  it('by year: amounts, then shares and totals as formulas with their values', () => {
    expect(sheets()[0]).toEqual([
      ['Year', 'GDP (EUR)', 'Defence (EUR)', 'GDP (USD)', 'Defence (USD)', 'Defence share of GDP'],
      ['2026', '1000', '50', '1250', '62.5', '=C2/B2 → 0.05'],
      ['2027', '2000', '120', '2500', '150', '=C3/B3 → 0.06'],
      // 170 / 3,000 to 17 significant digits.
      [
        'Total',
        '=SUM(B2:B3) → 3000',
        '=SUM(C2:C3) → 170',
        '=SUM(D2:D3) → 3750',
        '=SUM(E2:E3) → 212.5',
        '=C4/B4 → 0.056666666666666667',
      ],
    ]);
  });

  it('the plan: items by year, each year and each item a SUM', () => {
    expect(sheets()[1]).toEqual([
      ['Year', 'Item a', 'b', 'Total (EUR)'],
      ['2026', '5', '10', '=SUM(B2:C2) → 15'],
      ['2027', '5', '10', '=SUM(B3:C3) → 15'],
      ['Total', '=SUM(B2:B3) → 10', '=SUM(C2:C3) → 20', '=SUM(D2:D3) → 30'],
    ]);
  });

  it('the targets: required, counted, and their difference as a formula', () => {
    expect(sheets()[2]).toEqual([
      [
        'Target',
        'Year',
        'Status',
        'Required',
        'Counted',
        'Required − counted',
        'Required share of GDP',
        'Counted share of GDP',
      ],
      ['floor', '2026', 'met', '40', '50', '=D2-E2 → -10', '0.04', '0.05'],
      ['floor', '2027', 'met', '80', '120', '=D3-E3 → -40', '0.04', '0.06'],
    ]);
  });

  it('the inputs (the name escaped) and the sources', () => {
    expect(sheets()[3]).toEqual([
      ['Tiny &lt;&amp;&gt; &quot;quoted&quot;'],
      ['Kind', 'About', 'Statement or value', 'Reason or by'],
      ['change', 'defence.shareOfGdp.2027', '(none) → 0.06', 'withOverrides'],
      ['assumption', 'economy.gdp', 'Made up.', 'A test.'],
    ]);
    expect(sheets()[4]).toEqual([
      ['Publisher', 'Title', 'URL', 'Published', 'Quoted', 'Note', 'About'],
      ['Pub', 'Title', 'https://example.org', '', '', '', 'economy.gdp'],
    ]);
  });

  it('each cell in its format: headers bold, amounts money, shares percentages, years plain', () => {
    const files = unzip(xlsx(workbookSheets(tiny())));
    // 0 plain, 1 money (#,##0.00), 2 share (0.00%), 3 header (bold).
    expect(stylesOf(files.get('xl/worksheets/sheet1.xml') ?? '')).toEqual({
      ...Object.fromEntries(['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((ref) => [ref, 3])),
      A2: 0,
      B2: 1,
      C2: 1,
      D2: 1,
      E2: 1,
      F2: 2,
      A3: 0,
      B3: 1,
      C3: 1,
      D3: 1,
      E3: 1,
      F3: 2,
      A4: 3,
      B4: 1,
      C4: 1,
      D4: 1,
      E4: 1,
      F4: 2,
    });
    expect(stylesOf(files.get('xl/worksheets/sheet2.xml') ?? '')).toEqual({
      ...Object.fromEntries(['A1', 'B1', 'C1', 'D1'].map((ref) => [ref, 3])),
      A2: 0,
      B2: 1,
      C2: 1,
      D2: 1,
      A3: 0,
      B3: 1,
      C3: 1,
      D3: 1,
      A4: 3,
      B4: 1,
      C4: 1,
      D4: 1,
    });
    const targets = stylesOf(files.get('xl/worksheets/sheet3.xml') ?? '');
    expect([
      targets['A2'],
      targets['B2'],
      targets['D2'],
      targets['E2'],
      targets['F2'],
      targets['G2'],
      targets['H2'],
    ]).toEqual([undefined, 0, 1, 1, 1, 2, 2]);
  });

  it('a year without spending leaves its cells and its share empty; the totals add what there is', () => {
    const gap = evaluate(
      parseScenario({
        name: 'A year without',
        currency: 'EUR',
        years: { from: 2026, to: 2027 },
        economy: { gdp: { series: { '2026': '1000', '2027': '2000' } } },
        defence: { amounts: { '2026': '50' } },
      }),
    );
    const table = tableOf(unzip(xlsx(workbookSheets(gap))).get('xl/worksheets/sheet1.xml') ?? '');
    expect(table).toEqual([
      ['Year', 'GDP (EUR)', 'Defence (EUR)', 'Defence share of GDP'],
      ['2026', '1000', '50', '=C2/B2 → 0.05'],
      ['2027', '2000'],
      ['Total', '=SUM(B2:B3) → 3000', '=SUM(C2:C3) → 50', '=C4/B4 → 0.016666666666666667'],
    ]);
  });

  it('a comparison of flags and points keeps them plain numbers', () => {
    const withTarget = (share: string): ReturnType<typeof parseScenario> =>
      parseScenario({
        name: `At ${share}`,
        currency: 'EUR',
        years: { from: 2026, to: 2026 },
        economy: { gdp: { series: { '2026': '1000' } } },
        defence: { shareOfGdp: { default: share } },
        targets: [{ id: 'four', name: 'Four', atLeast: '4%', from: 2026 }],
      });
    const many = compareMany([withTarget('3%'), withTarget('5%')], {
      series: ['targets.four.met', 'defence.share', 'defence'],
    });
    const files = unzip(comparisonWorkbook(many));
    expect(stylesOf(files.get('xl/worksheets/sheet1.xml') ?? '')).toMatchObject({ B2: 0, C2: 0, D2: 0 });
    expect(stylesOf(files.get('xl/worksheets/sheet2.xml') ?? '')).toMatchObject({ B2: 2, C2: 2, D2: 2 });
    expect(stylesOf(files.get('xl/worksheets/sheet3.xml') ?? '')).toMatchObject({ A1: 3, B2: 1, C2: 1, D2: 1 });
  });

  it('a result without targets has no targets sheet', () => {
    const none = evaluate(
      parseScenario({
        name: 'No targets',
        currency: 'EUR',
        years: { from: 2026, to: 2026 },
        economy: { gdp: { series: { '2026': '1000' } } },
        defence: { shareOfGdp: { default: '5%' } },
      }),
    );
    expect(workbookSheets(none).map((sheet) => sheet.name)).toEqual(['By year', 'Inputs', 'Sources']);
  });
});

describe('SpreadsheetML', () => {
  it('a sheet: frozen header row, column widths, styles, inline text, numbers and formulas', () => {
    const bytes = xlsx([
      {
        name: 'S',
        rows: [
          [{ text: 'Year', header: true }, { text: 'a\u0001b' }],
          [
            { number: D(2026), style: 'plain' },
            { number: D('1234.5'), style: 'money' },
            { formula: 'B2*2', value: D('0.125'), style: 'share' },
            undefined,
            { formula: 'B2', value: D('1e-30'), style: 'money' },
          ],
        ],
      },
    ]);
    expect(unzip(bytes).get('xl/worksheets/sheet1.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
        '<cols><col min="1" max="1" width="28" customWidth="1"/><col min="2" max="2" width="20" customWidth="1"/><col min="3" max="3" width="20" customWidth="1"/><col min="4" max="4" width="20" customWidth="1"/><col min="5" max="5" width="20" customWidth="1"/></cols>' +
        '<sheetData><row r="1"><c r="A1" t="inlineStr" s="3"><is><t xml:space="preserve">Year</t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">ab</t></is></c></row>' +
        '<row r="2"><c r="A2" s="0"><v>2026</v></c><c r="B2" s="1"><v>1234.5</v></c><c r="C2" s="2"><f>B2*2</f><v>0.125</v></c><c r="E2" s="1"><f>B2</f><v>0.000000000000000000000000000001</v></c></row></sheetData></worksheet>',
    );
    const uncached = unzip(
      xlsx([{ name: 'S', rows: [[{ formula: 'A1', value: D(1), style: 'plain' }]] }], { cache: false }),
    );
    expect(uncached.get('xl/worksheets/sheet1.xml')).toContain('<c r="A1" s="0"><f>A1</f></c>');
  });

  it('the workbook lists each sheet, recalculates on load, and declares each part', () => {
    const files = unzip(
      xlsx([
        { name: 'One', rows: [] },
        { name: 'Two', rows: [] },
      ]),
    );
    expect(files.get('xl/workbook.xml')).toContain(
      '<sheets><sheet name="One" sheetId="1" r:id="rId1"/><sheet name="Two" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029" fullCalcOnLoad="1"/>',
    );
    expect(files.get('xl/_rels/workbook.xml.rels')).toContain(
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    );
    expect(files.get('[Content_Types].xml')).toContain('<Override PartName="/xl/worksheets/sheet2.xml"');
    expect(files.get('xl/styles.xml')).toContain('<cellXfs count="4">');
  });
});

describe('zip', () => {
  it('stored files with the CRC-32 of their bytes, little-endian, dated 1980-01-01', () => {
    // The CRC-32 check value of "123456789" is 0xCBF43926.
    const bytes = zip([
      { path: 'a.txt', content: '123456789' },
      { path: 'b.bin', content: new Uint8Array([0, 255]) },
    ]);
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(4, true)).toBe(20);
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(view.getUint16(12, true)).toBe(0x21);
    expect(view.getUint32(14, true)).toBe(0xcbf43926);
    expect(view.getUint32(18, true)).toBe(9);
    expect(view.getUint32(22, true)).toBe(9);
    expect(view.getUint16(26, true)).toBe(5);
    expect(new TextDecoder().decode(bytes.subarray(30, 44))).toBe('a.txt123456789');
    // The second file's bytes as given, then the central directory and its end.
    expect([...bytes.subarray(44 + 30 + 5, 44 + 30 + 7)]).toEqual([0, 255]);
    const end = bytes.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 8, true)).toBe(2);
    expect(view.getUint16(end + 10, true)).toBe(2);
    const central = view.getUint32(end + 16, true);
    expect(central).toBe(44 + 30 + 5 + 2);
    expect(view.getUint32(end + 12, true)).toBe(end - central);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    expect(view.getUint16(central + 4, true)).toBe(20);
    expect(view.getUint16(central + 6, true)).toBe(20);
    expect(view.getUint16(central + 14, true)).toBe(0x21);
    expect(view.getUint32(central + 16, true)).toBe(0xcbf43926);
    expect(view.getUint32(central + 20, true)).toBe(9);
    expect(view.getUint32(central + 24, true)).toBe(9);
    expect(view.getUint32(central + 42, true)).toBe(0);
    expect(unzip(bytes).get('b.bin')).toBe(new TextDecoder().decode(new Uint8Array([0, 255])));
  });

  it('the CRC of an empty file and of every byte value', () => {
    const view = (content: Uint8Array): number =>
      new DataView(zip([{ path: 'x', content }]).buffer).getUint32(14, true);
    expect(view(new Uint8Array(0))).toBe(0);
    // zlib's crc32 of bytes 0..255 (Python: zlib.crc32(bytes(range(256)))).
    expect(view(Uint8Array.from({ length: 256 }, (_, i) => i))).toBe(0x29058c73);
  });
});
