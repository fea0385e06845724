// Worksheets as SpreadsheetML (the XML inside an .xlsx): text, exact numbers and live formulas with their
// values cached, in three number formats. Numbers are written as decimals of up to 17 significant digits:
// an amount of fewer than 2^53 cents (about 90 trillion) reads back to the cent.
import type { Decimal } from '../../decimal/core';
import { zip, type ZipEntry } from './zip';

/** How a number is shown: money with thousands and cents, a share as a percentage, or as it is. @internal */
export type CellStyle = 'money' | 'share' | 'plain';

/** A cell: text, a number, a formula with its value, or nothing. @internal */
export type Cell =
  | { readonly text: string; readonly header?: boolean }
  | { readonly number: Decimal; readonly style: CellStyle }
  | { readonly formula: string; readonly value: Decimal; readonly style: CellStyle }
  | undefined;

/** A worksheet: its name (at most 31 characters) and its rows, top to bottom. @internal */
export interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

/** The options of {@link xlsx}. @internal */
export interface XlsxOptions {
  /** Write each formula's value beside it (default), as a spreadsheet that has calculated it would. */
  readonly cache?: boolean;
}

const STYLES: Record<CellStyle | 'header', number> = { plain: 0, money: 1, share: 2, header: 3 };

/** The bytes of an .xlsx workbook of the sheets. @internal */
export function xlsx(sheets: readonly Sheet[], options: XlsxOptions = {}): Uint8Array {
  const cache = options.cache ?? true;
  const entries: ZipEntry[] = [
    { path: '[Content_Types].xml', content: contentTypes(sheets.length) },
    { path: '_rels/.rels', content: ROOT_RELS },
    { path: 'xl/workbook.xml', content: workbook(sheets) },
    { path: 'xl/_rels/workbook.xml.rels', content: workbookRels(sheets.length) },
    { path: 'xl/styles.xml', content: STYLES_XML },
    ...sheets.map((sheet, i) => ({ path: `xl/worksheets/sheet${String(i + 1)}.xml`, content: sheetXml(sheet, cache) })),
  ];
  return zip(entries);
}

/** A column's letters: 0 is A, 25 Z, 26 AA. @internal */
export function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters. @internal */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

function sheetXml(sheet: Sheet, cache: boolean): string {
  const rows = sheet.rows
    .map((cells, r) => {
      const xml = cells.map((cell, c) => cellXml(cell, `${column(c)}${String(r + 1)}`, cache)).join('');
      return `<row r="${String(r + 1)}">${xml}</row>`;
    })
    .join('');
  const widest = Math.max(1, ...sheet.rows.map((cells) => cells.length));
  const cols = Array.from(
    { length: widest },
    (_, c) => `<col min="${String(c + 1)}" max="${String(c + 1)}" width="${c === 0 ? 28 : 20}" customWidth="1"/>`,
  ).join('');
  return `${XML}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>${rows}</sheetData></worksheet>`;
}

function cellXml(cell: Cell, ref: string, cache: boolean): string {
  if (cell === undefined) return '';
  if ('text' in cell)
    return `<c r="${ref}" t="inlineStr"${cell.header === true ? ` s="${String(STYLES.header)}"` : ''}><is><t xml:space="preserve">${escape(cell.text)}</t></is></c>`;
  const style = ` s="${String(STYLES[cell.style])}"`;
  if ('number' in cell) return `<c r="${ref}"${style}><v>${numberText(cell.number)}</v></c>`;
  return `<c r="${ref}"${style}><f>${escape(cell.formula)}</f>${cache ? `<v>${numberText(cell.value)}</v>` : ''}</c>`;
}

/** A number as SpreadsheetML stores it: a plain decimal, 17 significant digits at most. */
function numberText(value: Decimal): string {
  return value.toSignificantDigits(17).toFixed();
}

function escape(text: string): string {
  return (
    text
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      // Characters XML 1.0 cannot carry: dropped rather than making the file unreadable.
      // eslint-disable-next-line no-control-regex -- they are what is removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${String(i + 1)}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets}</Types>`;
}

const ROOT_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function workbook(sheets: readonly Sheet[]): string {
  const list = sheets
    .map(
      (sheet, i) =>
        `<sheet name="${escape(sheetName(sheet.name))}" sheetId="${String(i + 1)}" r:id="rId${String(i + 1)}"/>`,
    )
    .join('');
  // fullCalcOnLoad: a spreadsheet opening the file calculates every formula again.
  return `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${list}</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${String(i + 1)}" Type="${REL}/worksheet" Target="worksheets/sheet${String(i + 1)}.xml"/>`,
  ).join('');
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets}<Relationship Id="rId${String(count + 1)}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
}

// Number formats 4 (#,##0.00) and 10 (0.00%) are built in; a bold font for headers.
const STYLES_XML = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
