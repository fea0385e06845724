// The files of a zip archive (stored or deflated) and the cells of a worksheet: for the tests that read
// .xlsx files back, and for scripts/import-nato-workbook.ts, which reads NATO's.
import { inflateRawSync } from 'node:zlib';

/** Each file of the archive, by path, as text. */
export function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('not a zip archive: bad central directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const data = bytes.subarray(start, start + size);
    files.set(name, new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** The cells of a worksheet's XML: reference → its formula (if any) and its value (if any). */
export function cellsOf(xml: string): Map<string, { formula?: string; value?: string; text?: string }> {
  const cells = new Map<string, { formula?: string; value?: string; text?: string }>();
  for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
    const inner = match[3] ?? '';
    const formula = /<f[^>]*>(.*?)<\/f>/.exec(inner)?.[1];
    const value = /<v>(.*?)<\/v>/.exec(inner)?.[1];
    const text = /<t[^>]*>(.*?)<\/t>/.exec(inner)?.[1];
    cells.set(match[1] ?? '', {
      ...(formula === undefined ? {} : { formula }),
      ...(value === undefined ? {} : { value }),
      ...(text === undefined ? {} : { text }),
    });
  }
  return cells;
}

/** A worksheet as a table: each cell its text, its value, or `=formula` (with `→ value` when cached). */
export function tableOf(xml: string): string[][] {
  const rows: string[][] = [];
  for (const row of xml.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const [ref, cell] of cellsOf(row[2] ?? '')) {
      const at = columnIndex(/^[A-Z]+/.exec(ref)?.[0] ?? 'A');
      while (cells.length < at) cells.push('');
      cells.push(
        cell.formula !== undefined
          ? `=${cell.formula}${cell.value === undefined ? '' : ` → ${cell.value}`}`
          : (cell.text ?? cell.value ?? ''),
      );
    }
    rows[Number(row[1]) - 1] = cells;
  }
  return rows;
}

function columnIndex(letters: string): number {
  return Array.from(letters, (letter) => letter.charCodeAt(0) - 64).reduce((n, digit) => n * 26 + digit, 0) - 1;
}

/** The style of each cell of a worksheet's XML that has one: reference → style index (0 plain, 1 money, 2 share, 3 header). */
export function stylesOf(xml: string): Record<string, number> {
  const styles: Record<string, number> = {};
  for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*? s="(\d+)"/g)) styles[match[1] ?? ''] = Number(match[2]);
  return styles;
}
