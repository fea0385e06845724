// Issue 16: the workbook's structure, read back from its bytes (the recalculation in a real spreadsheet
// engine is tests/spreadsheet/libreoffice.test.ts). Expected figures: the library's own, which the
// formulas must reproduce (GDP and defence totals of the baseline as the CLI test has them by hand).
import { describe, expect, it } from 'vitest';
import { comparisonWorkbook, toWorkbook } from '../../src/reports/index';
import { workbookSheets } from '../../src/reports/workbook';
import { column, sheetName } from '../../src/reports/xlsx/sheet';
import { compareMany, evaluate, getScenario, parseScenario, withOverrides } from '../../src/scenarios/index';
import { cellsOf, tableOf, unzip } from '../helpers/unzip';
import { cli } from '../helpers/cli';

const baseline = (): ReturnType<typeof evaluate> => evaluate(getScenario('lithuania-baseline'));

describe('toWorkbook', () => {
  it('is a zip of the parts a spreadsheet needs, the same bytes every time', () => {
    const bytes = toWorkbook(baseline());
    const files = unzip(bytes);
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
      'xl/worksheets/sheet5.xml',
    ]);
    expect(files.get('xl/workbook.xml')).toContain(
      '<sheet name="By year" sheetId="1" r:id="rId1"/><sheet name="Plan border-countermobility" sheetId="2" r:id="rId2"/><sheet name="Targets" sheetId="3" r:id="rId3"/><sheet name="Inputs" sheetId="4" r:id="rId4"/><sheet name="Sources" sheetId="5" r:id="rId5"/>',
    );
    expect(toWorkbook(baseline())).toEqual(bytes);
  });

  it('totals are SUMs and shares divisions, each with the library’s exact figure cached', () => {
    const cells = cellsOf(unzip(toWorkbook(baseline())).get('xl/worksheets/sheet1.xml') ?? '');
    // 2025–2035: eleven years in rows 2–12, the total in row 13.
    expect(cells.get('A13')?.text).toBe('Total');
    expect(cells.get('C13')).toEqual({ formula: 'SUM(C2:C12)', value: '64479375788.76' });
    expect(cells.get('F13')?.formula).toBe('C13/B13');
    expect(cells.get('F4')?.formula).toBe('C4/B4');
    expect(cells.get('C3')?.value).toBe('4790000000'); // 2026, the voted budget
  });

  it('a plan: each year a SUM of its items, each item a SUM of its years', () => {
    const cells = cellsOf(unzip(toWorkbook(baseline())).get('xl/worksheets/sheet2.xml') ?? '');
    expect(cells.get('D2')).toEqual({ formula: 'SUM(B2:C2)', value: '110000000' });
    // Ten years in rows 2–11; the total, €1.1bn, in row 12.
    expect(cells.get('D12')).toEqual({ formula: 'SUM(D2:D11)', value: '1100000000' });
    expect(cells.get('B12')).toEqual({ formula: 'SUM(B2:B11)', value: '800000000' });
  });

  it('the inputs and the sources are there, as text', () => {
    const files = unzip(toWorkbook(baseline()));
    expect(files.get('xl/worksheets/sheet4.xml')).toContain('assumption');
    expect(files.get('xl/worksheets/sheet5.xml')).toContain('European Central Bank');
  });

  it('an assumption a change replaced in part says where it no longer holds; one replaced whole is gone', () => {
    const texts = (result: ReturnType<typeof evaluate>): string[] =>
      (workbookSheets(result).find((sheet) => sheet.name === 'Inputs')?.rows ?? []).flatMap((row) =>
        row.flatMap((cell) => (cell !== undefined && 'text' in cell ? [cell.text] : [])),
      );
    const year = evaluate(
      withOverrides(getScenario('lithuania-baseline'), [{ path: 'defence.shareOfGdp.2030', value: '6%' }]),
    );
    expect(texts(year)).toContain(
      'Defence spending is 5.5% of GDP from 2027 to 2035. Except where the changes above set a figure: defence.shareOfGdp.2030: none → 0.06 (withOverrides).',
    );
    const whole = evaluate(
      withOverrides(getScenario('lithuania-baseline'), [{ path: 'defence.shareOfGdp.default', value: '6%' }]),
    );
    expect(texts(whole).some((text) => text.startsWith('Defence spending is 5.5%'))).toBe(false);
  });
});

describe('comparisonWorkbook', () => {
  it('a sheet per series, each difference a formula over the two cells', () => {
    const many = compareMany([getScenario('lithuania-5pct'), getScenario('lithuania-6pct')], { series: ['defence'] });
    const cells = cellsOf(unzip(comparisonWorkbook(many)).get('xl/worksheets/sheet1.xml') ?? '');
    // Row 4 is 2027: €4,612,563,209.21 and €5,535,075,851.05 (tests/cli), €922,512,641.84 apart.
    expect(cells.get('D4')).toEqual({ formula: 'C4-B4', value: '922512641.84' });
  });
});

describe('comparisonWorkbook, its scenarios sheet', () => {
  it('each scenario with its label and name, then each change it carries', () => {
    const changed = withOverrides(getScenario('lithuania-6pct'), [{ path: 'fx.EUR/USD.default', value: '1.05' }]);
    const many = compareMany([getScenario('lithuania-5pct'), changed], {
      series: ['defence'],
      labels: ['five', 'six'],
    });
    const files = unzip(comparisonWorkbook(many));
    expect(files.get('xl/workbook.xml')).toContain(
      '<sheet name="1 defence" sheetId="1" r:id="rId1"/><sheet name="Scenarios"',
    );
    expect(tableOf(files.get('xl/worksheets/sheet2.xml') ?? '')).toEqual([
      ['Kind', 'Label or path', 'Name or change', 'By'],
      ['scenario', 'five', 'Lithuania at 5% of GDP, 2027–2035'],
      ['scenario', 'six', 'Lithuania at 6% of GDP, 2027–2035'],
      ['change (six)', 'fx.EUR/USD.default', '1.13 → 1.05', 'withOverrides'],
    ]);
  });
});

describe('toWorkbook with related spending', () => {
  it('a share column for each category', () => {
    const document = JSON.parse(JSON.stringify(getScenario('lithuania-baseline'))) as {
      defence: Record<string, unknown>;
    };
    document.defence = { ...document.defence, related: { shareOfGdp: { default: '1%' } } };
    const header = tableOf(
      unzip(toWorkbook(evaluate(parseScenario(document)))).get('xl/worksheets/sheet1.xml') ?? '',
    )[0];
    expect(header).toEqual([
      'Year',
      'GDP (EUR)',
      'Defence (EUR)',
      'Defence-related (EUR)',
      'GDP (USD)',
      'Defence (USD)',
      'Defence share of GDP',
      'Defence-related share of GDP',
    ]);
  });
});

describe('the sheet writer', () => {
  it('names columns as spreadsheets do, and sheets as they accept', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(column)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(sheetName('Plan a/b:c [d]*?')).toBe('Plan a-b-c -d---');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});

describe('the CLI writes workbooks', () => {
  it('run --format xlsx --out, and refuses to print one', async () => {
    const ran = await cli(['run', 'lithuania-baseline', '--format', 'xlsx', '--out', 'lt.xlsx']);
    expect(ran.code).toBe(0);
    const bytes = new Uint8Array(Buffer.from(ran.files.get('lt.xlsx') ?? '', 'latin1'));
    expect(cellsOf(unzip(bytes).get('xl/worksheets/sheet1.xml') ?? '').get('C13')?.value).toBe('64479375788.76');
    const printed = await cli(['run', 'lithuania-baseline', '--format', 'xlsx']);
    expect(printed.code).toBe(2);
    expect(printed.stderr).toContain('--format xlsx writes a file: add --out FILE.xlsx');
  });

  it('compare --format xlsx --out', async () => {
    const ran = await cli(['compare', 'lithuania-5pct', 'lithuania-6pct', '--format', 'xlsx', '--out', 'c.xlsx']);
    expect(ran.code).toBe(0);
    const files = unzip(new Uint8Array(Buffer.from(ran.files.get('c.xlsx') ?? '', 'latin1')));
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="2 defence"');
  });
});
