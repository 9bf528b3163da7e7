/**
 * Which cell styles show numbers as dates. xl/styles.xml lists the cell formats (<cellXfs><xf numFmtId=…>);
 * a format is a date when its code, outside quoted text and [brackets], has a date or time letter.
 */
import { attr, startTags } from "./xml";

/** Excel's built-in number formats that are dates or times (ids 14–22, 45–47; 27–36 and 50–58 in zh-CN Excel). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
for (let id = 27; id <= 36; id++) BUILTIN_DATE_IDS.add(id);
for (let id = 50; id <= 58; id++) BUILTIN_DATE_IDS.add(id);

export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** styles.xml → for each cell style index, whether numbers in it are dates. */
export function readDateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const tag of startTags(xml, "numFmt")) {
    const id = Number(attr(tag, "numFmtId"));
    const code = attr(tag, "formatCode");
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const start = xml.indexOf("<cellXfs");
  if (start < 0) return [];
  const end = xml.indexOf("</cellXfs>", start);
  return startTags(xml, "xf", start, end < 0 ? xml.length : end).map((tag) => {
    const id = Number(attr(tag, "numFmtId") ?? 0);
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id);
  });
}
