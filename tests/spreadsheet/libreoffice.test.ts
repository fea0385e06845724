// Issue 16: the workbook recalculates to the library's numbers in a real spreadsheet engine. Each workbook
// is written WITHOUT its cached values, so that LibreOffice (headless) must calculate every formula;
// the file it saves is read back and each formula's value compared with the library's exact figure:
// amounts to the cent, shares to within a cent over GDP.
//
// Needs `soffice` (Debian: apt-get install libreoffice-calc-nogui). Without it the suite is skipped and
// says so; .ci/run installs it and sets REQUIRE_LIBREOFFICE=1, which turns a skip into a failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import DecimalJs from 'decimal.js';
import { comparisonSheets, uncachedWorkbook, workbookSheets } from '../../src/reports/workbook';
import type { Sheet } from '../../src/reports/xlsx/sheet';
import { column } from '../../src/reports/xlsx/sheet';
import { compareMany, evaluate, getScenario, parseScenario } from '../../src/scenarios/index';
import { cellsOf, unzip } from '../helpers/unzip';

const soffice = ((): string | undefined => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
    return 'soffice';
  } catch {
    return undefined;
  }
})();
const required = process.env['REQUIRE_LIBREOFFICE'] === '1';
const HOW = 'install LibreOffice (Debian: apt-get install libreoffice-calc-nogui) to run it';

if (soffice === undefined && !required)
  console.warn(`[budget-whatif] skipped: the workbook recalculated in LibreOffice (no soffice); ${HOW}`);

describe.skipIf(soffice === undefined && !required)(`a workbook recalculated in LibreOffice (${HOW})`, () => {
  it('soffice is there', () => {
    expect(soffice, `REQUIRE_LIBREOFFICE=1 but soffice is missing: ${HOW}`).toBeDefined();
  });

  it('the baseline: every total, share and difference is the library’s figure', () => {
    expectRecalculated(workbookSheets(evaluate(getScenario('lithuania-baseline'))));
  });

  it('with related spending and two views', () => {
    const scenario = parseScenario({
      name: 'Related and views',
      currency: 'EUR',
      years: { from: 2026, to: 2030 },
      economy: { gdp: { base: { year: 2025, amount: '77940000000.37' }, nominalGrowth: { default: '0.047' } } },
      fx: { 'EUR/USD': { default: '1.1713' }, 'EUR/PLN': { default: '1/0.2359' } },
      defence: { shareOfGdp: { default: '5.37%' }, related: { shareOfGdp: { default: '1.23%' } } },
      targets: ['nato-hague-total-5pct', 'nato-wales-2pct'],
    });
    expectRecalculated(workbookSheets(evaluate(scenario)));
  });

  it('a comparison of three: every difference', () => {
    const many = compareMany(['lithuania-5pct', 'lithuania-baseline', 'lithuania-6pct'].map(getScenario));
    expectRecalculated(comparisonSheets(many));
  });
});

/** Write the sheets without cached values, have LibreOffice calculate and save them, and compare. */
function expectRecalculated(sheets: readonly Sheet[]): void {
  const folder = mkdtempSync(join(tmpdir(), 'budget-whatif-xlsx-'));
  writeFileSync(join(folder, 'in.xlsx'), uncachedWorkbook(sheets));
  execFileSync(
    soffice ?? 'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      join(folder, 'out'),
      join(folder, 'in.xlsx'),
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const files = unzip(new Uint8Array(readFileSync(join(folder, 'out', 'in.xlsx'))));
  let checked = 0;
  sheets.forEach((sheet, s) => {
    const cells = cellsOf(files.get(`xl/worksheets/sheet${String(s + 1)}.xml`) ?? '');
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === undefined || !('formula' in cell)) return;
        const ref = `${column(c)}${String(r + 1)}`;
        const calculated = cells.get(ref);
        expect(calculated?.formula, `${sheet.name}!${ref}`).toBe(cell.formula);
        expect(calculated?.value, `${sheet.name}!${ref} has no value`).toBeDefined();
        const got = new DecimalJs(calculated?.value ?? 'NaN');
        if (cell.style === 'money')
          // To the cent: LibreOffice's double, rounded to cents, is the library's exact amount.
          expect(got.toDecimalPlaces(2).toFixed(2), `${sheet.name}!${ref}`).toBe(cell.value.toFixed(2));
        else
          expect(
            got.minus(cell.value.toString()).abs().lte('1e-12'),
            `${sheet.name}!${ref}: ${got.toString()} against ${cell.value.toString()}`,
          ).toBe(true);
        checked++;
      });
    });
  });
  expect(checked).toBeGreaterThan(5);
}
