/**
 * A part's UTF-8 bytes, searched in place. SpreadsheetML markup is ASCII and every byte of a multi-byte
 * UTF-8 character is 0x80 or above, so an ASCII pattern is found in the bytes exactly where it stands in the
 * decoded text; so is the whole UTF-8 sequence of any text ("表"), since no character's bytes start inside
 * another's. Only the texts that become values are decoded (`decodeBytes`).
 */

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The text of bytes[from, to) (negative `to` counts from the end, as in subarray). */
export function decodeBytes(bytes: Uint8Array, from: number, to: number): string {
  return decoder.decode(bytes.subarray(from, to));
}

/** A text as the UTF-8 bytes to search for. */
export function pattern(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Whether `p` stands at bytes[at]. */
export function startsWithBytes(bytes: Uint8Array, p: Uint8Array, at: number): boolean {
  if (at < 0 || at + p.length > bytes.length) return false;
  for (let k = 0; k < p.length; k++) if (bytes[at + k] !== p[k]) return false;
  return true;
}

/** Where `p` first stands at or after bytes[from], -1 when nowhere. */
export function indexOfBytes(bytes: Uint8Array, p: Uint8Array, from: number): number {
  const first = p[0];
  const last = bytes.length - p.length;
  for (let i = bytes.indexOf(first, Math.max(from, 0)); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < p.length && bytes[i + k] === p[k]) k++;
    if (k === p.length) return i;
  }
  return -1;
}
