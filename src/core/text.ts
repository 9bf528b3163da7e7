/**
 * Normalises text typed in Chinese workbooks: full-width ASCII to half-width, ideographic and
 * non-breaking spaces removed, curly quotes unified to straight ones.
 */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Removes every kind of white space, including U+3000 and U+00A0. */
export function stripSpaces(s: string): string {
  return s.replace(/[\s\u3000\u00A0\u200B\uFEFF]+/g, "");
}

/** A label made comparable: half-width, no spaces, quotes “”‘’「」 and " ' unified as ". */
export function normalizeLabel(s: string): string {
  return stripSpaces(toHalfWidth(s)).replace(/[“”"「」『』‘’']/g, '"');
}
