/**
 * Writes a .zip archive (a .docx is one) from named parts. Plain bytes in and out, so it runs in Node and
 * the browser; the caller passes the raw-DEFLATE function (node:zlib's deflateRawSync in the CLI, fflate in
 * the pane). Reading archives is src/xlsx/zip.ts.
 */

/** Bytes → raw DEFLATE (no zlib header). */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;
/** Bytes → their CRC-32. */
export type Crc32 = (data: Uint8Array) => number;

export interface ZipOptions {
  /** Raw DEFLATE; without it every part is stored. */
  deflateRaw?: DeflateRaw;
  /** CRC-32 (Node passes zlib.crc32, native; default: the table-driven one below). */
  crc32?: Crc32;
  /** Time of the entries (default: now). */
  modified?: Date;
}

export interface ZipPart {
  /** Path inside the archive, forward slashes, no leading slash. */
  name: string;
  data: Uint8Array | string;
  /** Store without compressing (for data that is compressed already, such as PNG). */
  stored?: boolean;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309, as zip and PNG use it). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of a moment (local fields, as zip tools show them; 2-second steps, from 1980). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  };
}

const utf8 = new TextEncoder();

/**
 * The archive: a local header and the data of each part in order, then the central directory. Parts are
 * deflated unless `stored` (or no deflate function is given, which stores every part).
 */
export function writeZip(parts: readonly ZipPart[], options: ZipOptions = {}): Uint8Array {
  const { deflateRaw, crc32: crc = crc32 } = options;
  const { date, time } = dosDateTime(options.modified ?? new Date());
  const entries = parts.map((p) => {
    const name = utf8.encode(p.name);
    const raw = typeof p.data === "string" ? utf8.encode(p.data) : p.data;
    const deflate = deflateRaw !== undefined && !p.stored;
    const data = deflate ? deflateRaw(raw) : raw;
    return { name, crc: crc(raw), size: raw.length, data, method: deflate ? 8 : 0, offset: 0 };
  });
  const localSize = entries.reduce((s, e) => s + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((s, e) => s + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  // Flag bit 11: names are UTF-8.
  const common = (at: number, e: (typeof entries)[number]) => {
    view.setUint16(at, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(at + 2, 0x0800, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, e.name.length, true);
    view.setUint16(at + 24, 0, true); // extra field length
  };
  let p = 0;
  for (const e of entries) {
    e.offset = p;
    view.setUint32(p, 0x04034b50, true);
    common(p + 4, e);
    out.set(e.name, p + 30);
    out.set(e.data, p + 30 + e.name.length);
    p += 30 + e.name.length + e.data.length;
  }
  const central = p;
  for (const e of entries) {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true); // version made by: 2.0, MS-DOS attributes
    common(p + 6, e);
    // comment length, disk number, internal and external attributes stay 0
    view.setUint32(p + 42, e.offset, true);
    out.set(e.name, p + 46);
    p += 46 + e.name.length;
  }
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - central, true);
  view.setUint32(p + 16, central, true);
  return out;
}
