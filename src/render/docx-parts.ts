/**
 * The fixed parts of the .docx package around word/document.xml: content types, relationships, styles,
 * settings, the font table, the page-number footers and the document properties. Written as strings.
 */
import {
  DOCX_FONTS,
  FONT_FALLBACKS,
  LANG,
  LINE,
  ONE_CHAR_PAGE_NUMBER,
  SIZE,
  bold,
  rFonts,
  size,
} from "./docx-format";
import { escapeXml } from "./escape";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/** Footers: odd pages (the default) and even pages. */
export const FOOTERS = [
  { part: "footer1.xml", type: "default", side: "right" },
  { part: "footer2.xml", type: "even", side: "left" },
] as const;

/** The relationship id of the n-th picture (0-based) in word/_rels/document.xml.rels. */
export function imageRelId(n: number): string {
  return `rId${6 + n}`;
}

/** The relationship id of a footer in word/_rels/document.xml.rels. */
export function footerRelId(i: number): string {
  return `rId${4 + i}`;
}

export function imagePart(n: number): string {
  return `media/image${n + 1}.png`;
}

export function contentTypesXml(): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="png" ContentType="image/png"/>' +
    override("word/document.xml", `${WML}.document.main+xml`) +
    override("word/styles.xml", `${WML}.styles+xml`) +
    override("word/settings.xml", `${WML}.settings+xml`) +
    override("word/fontTable.xml", `${WML}.fontTable+xml`) +
    FOOTERS.map((f) => override(`word/${f.part}`, `${WML}.footer+xml`)).join("") +
    override("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    override("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
    "</Types>"
  );
}

function relationships(rels: readonly [id: string, type: string, target: string][]): string {
  const items = rels.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`,
  );
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_RELS}">${items.join("")}</Relationships>`;
}

export function rootRelsXml(): string {
  return relationships([
    ["rId1", `${REL}/officeDocument`, "word/document.xml"],
    [
      "rId2",
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      "docProps/core.xml",
    ],
    ["rId3", `${REL}/extended-properties`, "docProps/app.xml"],
  ]);
}

/** word/_rels/document.xml.rels: styles, settings, font table, the two footers, then one per picture. */
export function documentRelsXml(images: number): string {
  return relationships([
    ["rId1", `${REL}/styles`, "styles.xml"],
    ["rId2", `${REL}/settings`, "settings.xml"],
    ["rId3", `${REL}/fontTable`, "fontTable.xml"],
    ...FOOTERS.map((f, i): [string, string, string] => [footerRelId(i), `${REL}/footer`, f.part]),
    ...Array.from({ length: images }, (_, n): [string, string, string] => [
      imageRelId(n),
      `${REL}/image`,
      imagePart(n),
    ]),
  ]);
}

/** Separate footers for odd and even pages; Word 2013+ layout (compatibility mode 15). */
export function settingsXml(): string {
  return (
    `${XML_HEAD}<w:settings xmlns:w="${NS_W}">` +
    '<w:defaultTabStop w:val="720"/><w:evenAndOddHeaders/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    "</w:settings>"
  );
}

/** A title or heading style: plain black (Word's built-in ones are blue), upright, kept with the next line. */
function headingStyle(
  id: string,
  name: string,
  font: string,
  sz: number,
  isBold: boolean,
  outline?: number,
): string {
  const outlineLvl = outline === undefined ? "" : `<w:outlineLvl w:val="${outline}"/>`;
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>` +
    '<w:next w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0"/>${outlineLvl}</w:pPr>` +
    `<w:rPr>${rFonts(font)}${bold(isBold)}<w:i w:val="false"/><w:iCs w:val="false"/><w:color w:val="000000"/>${size(sz)}</w:rPr>` +
    "</w:style>"
  );
}

/**
 * word/styles.xml: the document defaults (body font and size, fixed 28pt lines), Normal, and the title
 * and heading styles the paragraphs name (so the navigation pane and a table of contents see the outline).
 */
export function stylesXml(): string {
  return (
    `${XML_HEAD}<w:styles xmlns:w="${NS_W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${rFonts(DOCX_FONTS.body)}${size(SIZE.body)}${LANG}</w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:line="${LINE}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>' +
    '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>' +
    "</w:tblCellMar></w:tblPr></w:style>" +
    headingStyle("Title", "Title", DOCX_FONTS.heading, SIZE.title, true) +
    headingStyle("Heading1", "heading 1", DOCX_FONTS.heading, SIZE.body, false, 0) +
    headingStyle("Heading2", "heading 2", DOCX_FONTS.heading, SIZE.body, false, 1) +
    headingStyle("Heading3", "heading 3", DOCX_FONTS.subheading, SIZE.body, false, 2) +
    headingStyle("Heading4", "heading 4", DOCX_FONTS.body, SIZE.body, true, 3) +
    "</w:styles>"
  );
}

/** word/fontTable.xml declaring each font's substitute (w:altName), GB2312 charset (86) and family. */
export function fontTableXml(): string {
  const family = (name: string) => (name === DOCX_FONTS.heading ? "modern" : "roman");
  const entries = Object.entries(FONT_FALLBACKS)
    .map(
      ([name, alt]) =>
        `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(alt)}"/>` +
        `<w:charset w:val="86"/><w:family w:val="${family(name)}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join("");
  const latin =
    `<w:font w:name="${DOCX_FONTS.latin}"><w:panose1 w:val="02020603050405020304"/>` +
    `<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `${XML_HEAD}<w:fonts xmlns:w="${NS_W}">${entries}${latin}</w:fonts>`;
}

/** "— 1 —" with a PAGE field, 宋体 四号; 单页码居右空一字，双页码居左空一字. */
export function footerXml(side: "right" | "left"): string {
  const rPr = `<w:rPr>${rFonts(DOCX_FONTS.pageNumber)}${size(SIZE.pageNumber)}</w:rPr>`;
  const run = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  const indent = side === "right" ? `w:right="${ONE_CHAR_PAGE_NUMBER}"` : `w:left="${ONE_CHAR_PAGE_NUMBER}"`;
  return (
    `${XML_HEAD}<w:ftr xmlns:w="${NS_W}"><w:p>` +
    `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind ${indent}/><w:jc w:val="${side}"/></w:pPr>` +
    run('<w:t xml:space="preserve">— </w:t>') +
    run('<w:fldChar w:fldCharType="begin"/>') +
    run('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
    run('<w:fldChar w:fldCharType="separate"/>') +
    run("<w:t>1</w:t>") +
    run('<w:fldChar w:fldCharType="end"/>') +
    run('<w:t xml:space="preserve"> —</w:t>') +
    "</w:p></w:ftr>"
  );
}

/** docProps/core.xml: title, author and the time of writing. */
export function coreXml(title: string, creator: string, when: Date): string {
  const time = `${when.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/** docProps/app.xml: the application that wrote the file. */
export function appXml(application: string): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>${escapeXml(application)}</Application></Properties>`
  );
}
