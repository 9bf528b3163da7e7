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

/** A plain text's value: entities and Excel's escapes decoded; an empty text is a blank cell. */
function plainValue(raw: string): CellValue {
  const text = decodeExcelEscapes(decodeXml(raw));
  return text === "" ? null : text;
}

/**
 * xl/sharedStrings.xml → the values of its items, by index. The common item, <si><t>text</t></si>, is read
 * in place; any other (attributes, rich text, phonetic guides, <si/>) through stringItem.
 */
export function readSharedStrings(xml: string): CellValue[] {
  const out: CellValue[] = [];
  let i = xml.indexOf("<si");
  while (i >= 0) {
    const next = xml.charCodeAt(i + 3);
    if (next === 62 /* > */ && xml.startsWith("<t>", i + 4)) {
      const end = xml.indexOf("</t>", i + 7);
      if (end >= 0 && xml.startsWith("</si>", end + 4)) {
        out.push(plainValue(xml.slice(i + 7, end)));
        i = xml.indexOf("<si", end + 9);
        continue;
      }
    }
    const gt = xml.indexOf(">", i);
    if (gt < 0) break;
    if (!(next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13)) {
      i = xml.indexOf("<si", gt); // a longer name sharing the prefix
      continue;
    }
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push(null); // <si/>
      i = xml.indexOf("<si", gt);
      continue;
    }
    const end = xml.indexOf("</si>", gt);
    if (end < 0) break;
    const inner = xml.slice(gt + 1, end);
    const plain = plainText(inner);
    out.push(plain === undefined ? stringItem(inner, true) : plainValue(plain));
    i = xml.indexOf("<si", end + 5);
  }
  return out;
}
