/**
 * The entries of a .zip archive (an .xlsx is one), inflated on demand by the caller's raw-DEFLATE function
 * (node:zlib in the CLI, fflate in the browser: src/xlsx/fflate.ts): the central directory is read once, an
 * entry's bytes only when asked for. Plain bytes in and out, so it runs in Node and the browser, and the CLI
 * never loads fflate.
 */
export interface ZipEntries {
  names(): string[];
  /** The uncompressed bytes of an entry, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Thrown for bytes that are not a readable zip archive; the workbook reader turns it into a Chinese message. */
export class ZipFormatError extends Error {}

/** Raw DEFLATE → bytes (`size`: the uncompressed length). Node passes zlib.inflateRawSync (native, faster). */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export function openZip(bytes: Uint8Array, inflateRaw: InflateRaw): ZipEntries {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("找不到 zip 目录");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const utf8 = new TextDecoder();
  const entries = new Map<string, Entry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new ZipFormatError("zip 目录已损坏");
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.set(name.replace(/^\/+/, ""), {
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: () => [...entries.keys()],
    read(name) {
      const e = entries.get(name);
      if (!e) return undefined;
      const at = e.localOffset;
      if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`${name} 的位置已损坏`);
      const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
      const data = bytes.subarray(start, start + e.compressedSize);
      if (e.method === 0) return data;
      if (e.method !== 8) throw new ZipFormatError(`${name} 使用了不支持的压缩方式 ${e.method}`);
      try {
        return inflateRaw(data, e.size);
      } catch (err) {
        throw new ZipFormatError(`${name} 无法解压（${(err as Error).message}）`);
      }
    },
  };
}
