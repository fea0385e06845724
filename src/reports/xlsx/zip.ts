// A zip archive of stored (uncompressed) files: what an .xlsx is, written without a dependency. Every
// date is 1980-01-01, so that the same files give the same bytes.
const encoder = new TextEncoder();

/** A file of an archive: its path and its content. @internal */
export interface ZipEntry {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** The bytes of a zip archive of the entries, stored, in the order given. @internal */
export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.path);
    const data = typeof entry.content === 'string' ? encoder.encode(entry.content) : entry.content;
    const crc = crc32(data);
    const local = header(0x04034b50, 30, name, data.length, crc);
    parts.push(local, data);
    central.push(centralHeader(name, data.length, crc, offset));
    offset += local.length + data.length;
  }
  const size = central.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, size, true);
  view.setUint32(16, offset, true);
  return concat([...parts, ...central, end]);
}

/** A local file header (signature, version 2.0, no flags, stored, 1980-01-01, CRC, sizes, name). */
function header(signature: number, length: number, name: Uint8Array, size: number, crc: number): Uint8Array {
  const bytes = new Uint8Array(length + name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  view.setUint16(4, 20, true);
  view.setUint16(12, 0x21, true); // 1980-01-01
  view.setUint32(14, crc, true);
  view.setUint32(18, size, true);
  view.setUint32(22, size, true);
  view.setUint16(26, name.length, true);
  bytes.set(name, length);
  return bytes;
}

/** The central directory's record of a file: the local header's fields, shifted, and its offset. */
function centralHeader(name: Uint8Array, size: number, crc: number, offset: number): Uint8Array {
  const bytes = new Uint8Array(46 + name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, 20, true);
  view.setUint16(14, 0x21, true);
  view.setUint32(16, crc, true);
  view.setUint32(20, size, true);
  view.setUint32(24, size, true);
  view.setUint16(28, name.length, true);
  view.setUint32(42, offset, true);
  bytes.set(name, 46);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3), as zip checks each file. */
function crc32(data: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
