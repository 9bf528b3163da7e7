/**
 * The reader with fflate (pure JavaScript) as its inflater, for the browser and for callers that pass none.
 * Kept apart from workbook.ts and zip.ts so that the CLI, which inflates with node:zlib, never loads fflate.
 */
import { inflateSync } from "fflate";
import type { Sheet } from "../tables/model";
import { type ReadOptions, readWorkbookWith } from "./workbook";
import { type InflateRaw, type ZipEntries, openZip as openZipWith } from "./zip";

export const fflateInflateRaw: InflateRaw = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

/** Reads the sheets of an .xlsx held in `bytes` (see readWorkbookWith); fflate inflates unless told otherwise. */
export function readWorkbook(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Sheet[] {
  return readWorkbookWith(bytes, fileName, { ...options, inflateRaw: options.inflateRaw ?? fflateInflateRaw });
}

/** The entries of a .zip archive; fflate inflates unless told otherwise. */
export function openZip(bytes: Uint8Array, inflateRaw: InflateRaw = fflateInflateRaw): ZipEntries {
  return openZipWith(bytes, inflateRaw);
}
