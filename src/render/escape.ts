/** The one HTML escape used for every text node and attribute value the HTML renderer writes. */
const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, line feed and return; U+FFFE, U+FFFF),
 * and surrogates: a pair is kept (the replacer returns it), a lone one dropped. No lookbehind, which older
 * Safari (Excel on the Mac) cannot parse.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

/**
 * Text for an XML element or a double-quoted attribute (the .docx parts): &, <, > and " escaped, and
 * characters XML cannot hold dropped, so no user text can make the document unreadable.
 */
export function escapeXml(s: string): string {
  return s
    .replace(XML_INVALID, (ch) => (ch.length === 2 ? ch : ""))
    .replace(/[&<>"]/g, (ch) => HTML_ESCAPES[ch]);
}
