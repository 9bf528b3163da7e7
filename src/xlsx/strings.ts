/** Text items of an .xlsx: the shared strings table (<si>) and inline strings (<is>), rich text joined. */
import { type CellValue, toCellValue } from "../core";
import { decodeExcelEscapes, decodeXml, elementTexts, withoutElements } from "./xml";

function isRich(inner: string): boolean {
  return inner.indexOf("<r>") >= 0 || inner.indexOf("<r ") >= 0;
}

/**
 * One string item's inner XML as a cell value. Rich text (runs <r>) is joined and read like typed text
 * ("#REF!" becomes an error value); a plain string stays text. An empty string is a blank cell.
 * `escapes`: decode Excel's _xHHHH_ escapes (the shared strings table and rich runs carry them).
 */
export function stringItem(inner: string, escapes: boolean): CellValue {
  const body = withoutElements(inner, "rPh");
  const texts = elementTexts(body, "t");
  if (isRich(body)) {
    return toCellValue(texts.map((t) => decodeExcelEscapes(decodeXml(t))).join(""));
  }
  const decoded = decodeXml(texts.join(""));
  const text = escapes ? decodeExcelEscapes(decoded) : decoded;
  return text === "" ? null : text;
}

/** The text of a plain item `<t>…</t>` or `<t xml:space="preserve">…</t>` with nothing else, else undefined. */
function plainText(inner: string): string | undefined {
  if (!inner.startsWith("<t")) return undefined;
  const gt = inner.indexOf(">");
  if (inner.charCodeAt(gt - 1) === 47) return gt === inner.length - 1 ? "" : undefined; // <t/>
  const end = inner.length - 4;
  if (!inner.endsWith("</t>") || inner.indexOf("<", gt) !== end) return undefined;
  return inner.slice(gt + 1, end);
}

/** xl/sharedStrings.xml → the values of its items, by index. */
export function readSharedStrings(xml: string): CellValue[] {
  return elementTexts(xml, "si").map((inner) => {
    const plain = plainText(inner);
    if (plain === undefined) return stringItem(inner, true);
    const text = decodeExcelEscapes(decodeXml(plain));
    return text === "" ? null : text;
  });
}
