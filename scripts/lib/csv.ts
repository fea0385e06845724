// RFC 4180 CSV, read and written: the raw files under data/raw/ (the generators read them, the importers
// write them) and the files the importers read.
import { readFileSync } from 'node:fs';

/** RFC 4180 CSV: fields separated by commas, quoted with double quotes where they hold one; lines end in LF or CRLF. */
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
    } else if (c === '\r' && text[i + 1] === '\n') continue;
    else if (c === '\n') {
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

/**
 * The rows of a CSV as records by its header, every row checked to have every column; `stop` says what is
 * wrong (a generator exits with it).
 */
export function readRecords<TColumn extends string>(
  file: string,
  columns: readonly TColumn[],
  stop: (message: string) => never,
): Record<TColumn, string>[] {
  const [header, ...rows] = readCsv(file);
  if (header?.join(',') !== columns.join(',')) stop(`${file}: the header is not ${columns.join(',')}`);
  return rows.map((cells, i) => {
    if (cells.length !== columns.length) stop(`${file}:${String(i + 2)}: ${String(cells.length)} fields`);
    return Object.fromEntries(columns.map((name, k) => [name, cells[k] ?? ''])) as Record<TColumn, string>;
  });
}
