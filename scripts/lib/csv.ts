// RFC 4180 CSV, read and written: the raw files under data/raw/ (the NATO generator reads them, the NATO
// workbook importer writes them).
import { readFileSync } from 'node:fs';

/** RFC 4180 CSV: fields separated by commas, quoted with double quotes where they hold one. */
export function readCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** One line of CSV: a field quoted where it holds a comma, a quote or a line break. */
export function csvLine(fields: readonly string[]): string {
  return fields.map((field) => (/[",\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',');
}
