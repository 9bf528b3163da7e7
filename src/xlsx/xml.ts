/**
 * Just enough XML for the parts of an .xlsx: entity decoding, attributes of one start tag, the text of
 * elements found by name. The parts are machine-written SpreadsheetML, so plain string scanning suffices.
 */

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes &lt; &amp; &#NN; &#xHH; … */
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** Excel's escapes for characters XML cannot hold: _x000D_ → carriage return. */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The value of attribute `name` in a start tag's text (from "<" to ">"), decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = tag.indexOf(name, from);
    if (i < 0) return undefined;
    const before = tag.charCodeAt(i - 1);
    const eq = i + name.length;
    // A whole attribute name: preceded by whitespace, followed by "=".
    if ((before === 32 || before === 9 || before === 10 || before === 13) && tag[eq] === "=") {
      const quote = tag[eq + 1];
      const end = tag.indexOf(quote, eq + 2);
      return decodeXml(tag.slice(eq + 2, end));
    }
    from = i + 1;
  }
}

/** Every start tag `<name …>` or `<name …/>` in xml[from, to), as its text. */
export function startTags(xml: string, name: string, from = 0, to = xml.length): string[] {
  const out: string[] = [];
  const open = `<${name}`;
  let i = xml.indexOf(open, from);
  while (i >= 0 && i < to) {
    const next = xml.charCodeAt(i + open.length);
    const end = xml.indexOf(">", i);
    if (end < 0) break;
    // Not a longer name sharing the prefix (<sheet vs <sheets).
    if (next === 32 || next === 47 || next === 62 || next === 9 || next === 10 || next === 13) out.push(xml.slice(i, end + 1));
    i = xml.indexOf(open, end);
  }
  return out;
}

/** The raw text inside each `<name>…</name>` element in xml[from, to) (not decoded). */
export function elementTexts(xml: string, name: string, from = 0, to = xml.length): string[] {
  const out: string[] = [];
  const open = `<${name}`;
  const close = `</${name}>`;
  let i = xml.indexOf(open, from);
  while (i >= 0 && i < to) {
    const next = xml.charCodeAt(i + open.length);
    const gt = xml.indexOf(">", i);
    if (gt < 0) break;
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) {
      if (xml.charCodeAt(gt - 1) === 47) {
        out.push(""); // <t/>
        i = xml.indexOf(open, gt);
        continue;
      }
      const end = xml.indexOf(close, gt);
      if (end < 0) break;
      out.push(xml.slice(gt + 1, end));
      i = xml.indexOf(open, end + close.length);
    } else {
      i = xml.indexOf(open, gt);
    }
  }
  return out;
}

/** xml without the `<name …>…</name>` elements (phonetic guides <rPh> inside a string). */
export function withoutElements(xml: string, name: string): string {
  if (xml.indexOf(`<${name}`) < 0) return xml;
  return xml.replace(new RegExp(`<${name}[\\s>][\\s\\S]*?</${name}>|<${name}/>`, "g"), "");
}
