/**
 * The narrative as a Word document (.docx): WordprocessingML written as strings (the layout in
 * ./docx-format, the package parts around the text in ./docx-parts) and zipped by ./zip. No document
 * library: the `docx` package spent most of `narrate --format docx` building and serialising its object
 * model (docs/performance.md section 1).
 */
import type { Chart } from "../charts/model";
import type { Narrative, Run } from "../narrative/model";
import { chartAltText } from "./chart-alt";
import type { RasterizeSvg } from "./chart-raster";
import { chartSvg, svgSize } from "./chart-svg";
import {
  DOCX_FONTS,
  EMU_PER_PX,
  INDENT_2_CHARS,
  LANG,
  LINE,
  PAGE,
  SIZE,
  TEXT_WIDTH_PX,
  TITLE_LINE,
  bold,
  rFonts,
  size,
} from "./docx-format";
import {
  FOOTERS,
  NS_R,
  NS_W,
  appXml,
  contentTypesXml,
  coreXml,
  documentRelsXml,
  fontTableXml,
  footerRelId,
  footerXml,
  imagePart,
  imageRelId,
  rootRelsXml,
  settingsXml,
  stylesXml,
} from "./docx-parts";
import { escapeXml } from "./escape";
import { type Block, layoutNarrative, sectionItems } from "./layout";
import { type Crc32, type DeflateRaw, type ZipPart, writeZip } from "./zip";

export { DOCX_FONTS, FONT_FALLBACKS, TEXT_WIDTH_PX } from "./docx-format";
export { fontTableXml } from "./docx-parts";

export interface DocxOptions {
  /** docProps creator (default "决算说明助手"). */
  creator?: string;
  /** Highlight gaps in yellow (default true). */
  highlightGaps?: boolean;
  /**
   * Turns a chart's SVG into PNG (resvg in the CLI, canvas in the pane). Without it the narrative's
   * charts are left out of the document.
   */
  rasterize?: RasterizeSvg;
  /**
   * Raw DEFLATE for the zip (the CLI passes node:zlib's deflateRawSync). Without it fflate is loaded
   * on first use, as the pane does.
   */
  deflateRaw?: DeflateRaw;
  /** CRC-32 for the zip (the CLI passes node:zlib's crc32); default a table-driven one in JavaScript. */
  crc32?: Crc32;
  /** Time written into the document properties and the zip entries (default: now). */
  date?: Date;
}

/** PNG bytes of each chart, keyed by chart number. */
export type ChartImages = ReadonlyMap<number, Uint8Array>;

/** Charts are rasterised at three times their printed size, sharp on paper at about 290 dpi. */
const RASTER_SCALE = 3;

interface BlockStyle {
  /** Paragraph style id (w:pStyle), none for body text. */
  styleId?: string;
  font: string;
  size: number;
  bold: boolean;
  jc: "both" | "center";
  indent: boolean;
}

const BODY: BlockStyle = { font: DOCX_FONTS.body, size: SIZE.body, bold: false, jc: "both", indent: true };

function blockStyle(b: Block): BlockStyle {
  if (b.kind === "title") {
    return {
      styleId: "Title",
      font: DOCX_FONTS.heading,
      size: SIZE.title,
      bold: true,
      jc: "center",
      indent: false,
    };
  }
  if (b.kind === "body") return BODY;
  switch (b.level) {
    case 1:
      return { ...BODY, styleId: "Heading1", font: DOCX_FONTS.heading, jc: "center", indent: false };
    case 2:
      return { ...BODY, styleId: "Heading2", font: DOCX_FONTS.heading };
    case 3:
      return { ...BODY, styleId: "Heading3", font: DOCX_FONTS.subheading };
    default:
      return { ...BODY, styleId: "Heading4", bold: true };
  }
}

const NO_INDENT = '<w:ind w:firstLine="0" w:firstLineChars="0"/>';
const FIRST_LINE_INDENT = `<w:ind w:firstLine="${INDENT_2_CHARS}" w:firstLineChars="200"/>`;
const HIGHLIGHT = '<w:highlight w:val="yellow"/>';

/** Runs of one text and format: a line break (w:br) before each line after the first. */
function textRuns(text: string, rPr: string): string {
  return text
    .split(/\r?\n/)
    .map(
      (line, i) =>
        `<w:r>${rPr}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join("");
}

function blockParagraph(b: Block, opts: DocxOptions): string {
  const s = blockStyle(b);
  const title = b.kind === "title";
  // Title lines are taller than the 28pt grid: exactly 36pt, then one blank 28pt line.
  const spacing = title
    ? `<w:spacing w:before="0" w:after="${LINE}" w:line="${TITLE_LINE}" w:lineRule="exact"/>`
    : `<w:spacing w:before="0" w:after="0" w:line="${LINE}" w:lineRule="exact"/>`;
  const pPr =
    "<w:pPr>" +
    (s.styleId ? `<w:pStyle w:val="${s.styleId}"/>` : "") +
    (b.kind === "body" ? '<w:keepNext w:val="false"/>' : "<w:keepNext/>") +
    `<w:widowControl/>${spacing}${s.indent ? FIRST_LINE_INDENT : NO_INDENT}<w:jc w:val="${s.jc}"/></w:pPr>`;
  const plain = `${rFonts(s.font)}${bold(s.bold)}${size(s.size)}`;
  const rPr = (r: Run) =>
    `<w:rPr>${plain}${r.kind === "gap" && opts.highlightGaps !== false ? HIGHLIGHT : ""}${LANG}</w:rPr>`;
  return `<w:p>${pPr}${b.runs.map((r) => textRuns(r.text, rPr(r))).join("")}</w:p>`;
}

/** A picture `n` (0-based) inline, as wide as the text, with the chart's values as alternative text. */
function pictureRun(c: Chart, n: number): string {
  const { width, height } = svgSize(chartSvg(c));
  const cx = TEXT_WIDTH_PX * EMU_PER_PX;
  const cy = Math.round((TEXT_WIDTH_PX * height) / width) * EMU_PER_PX;
  const id = n + 1;
  const caption = escapeXml(c.caption);
  return (
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${id}" name="${caption}" descr="${escapeXml(chartAltText(c))}" title="${caption}"/>` +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="image${id}.png"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${imageRelId(n)}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
  );
}

/** A chart: the picture as wide as the text, then its caption centred below in the body font. */
function chartParagraphs(c: Chart, n: number): string {
  // An exact line height would clip the picture: this paragraph is as tall as the image.
  const picture =
    '<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60" w:line="240" w:lineRule="auto"/>' +
    `${NO_INDENT}<w:jc w:val="center"/></w:pPr>${pictureRun(c, n)}</w:p>`;
  const captionPr = `<w:rPr>${rFonts(DOCX_FONTS.body)}${size(SIZE.body)}${LANG}</w:rPr>`;
  const caption =
    `<w:p><w:pPr><w:spacing w:before="0" w:after="120" w:line="${LINE}" w:lineRule="exact"/>${NO_INDENT}` +
    `<w:jc w:val="center"/></w:pPr>${textRuns(c.caption, captionPr)}</w:p>`;
  return picture + caption;
}

/** PNG of every chart of the narrative (none without a rasteriser). */
export async function chartImages(
  n: Narrative,
  rasterize: RasterizeSvg | undefined,
): Promise<Map<number, Uint8Array>> {
  const images = new Map<number, Uint8Array>();
  if (!rasterize) return images;
  const charts = (n.charts ?? []).map((b) => b.chart);
  const pngs = await rasterize(charts.map(chartSvg), TEXT_WIDTH_PX * RASTER_SCALE);
  charts.forEach((c, i) => images.set(c.number, pngs[i]));
  return images;
}

/** A4 portrait, the official margins, page-number footers for odd and even pages. */
function sectionProperties(): string {
  const footers = FOOTERS.map(
    (f, i) => `<w:footerReference w:type="${f.type}" r:id="${footerRelId(i)}"/>`,
  ).join("");
  return (
    `<w:sectPr>${footers}<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" ` +
    `w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/><w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}

/** word/document.xml and the pictures it embeds, in the order of their relationship ids. */
export function documentXml(
  n: Narrative,
  opts: DocxOptions = {},
  images: ChartImages = new Map(),
): { xml: string; pictures: Uint8Array[] } {
  const doc = layoutNarrative(n);
  const body: string[] = [];
  const pictures: Uint8Array[] = [];
  if (doc.title) body.push(blockParagraph(doc.title, opts));
  for (const s of doc.sections) {
    for (const item of sectionItems(s)) {
      if (item.kind === "block") body.push(blockParagraph(item.block, opts));
      else {
        const png = images.get(item.chart.number);
        if (!png) continue;
        body.push(chartParagraphs(item.chart, pictures.length));
        pictures.push(png);
      }
    }
  }
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}" ` +
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
    `<w:body>${body.join("")}${sectionProperties()}</w:body></w:document>`;
  return { xml, pictures };
}

/** Every part of the package, in the order they are zipped ([Content_Types].xml first). */
export function docxParts(n: Narrative, opts: DocxOptions = {}, images: ChartImages = new Map()): ZipPart[] {
  const { xml, pictures } = documentXml(n, opts, images);
  const creator = opts.creator ?? "决算说明助手";
  return [
    { name: "[Content_Types].xml", data: contentTypesXml() },
    { name: "_rels/.rels", data: rootRelsXml() },
    { name: "docProps/core.xml", data: coreXml(n.title.trim(), creator, opts.date ?? new Date()) },
    { name: "docProps/app.xml", data: appXml(creator) },
    { name: "word/document.xml", data: xml },
    { name: "word/_rels/document.xml.rels", data: documentRelsXml(pictures.length) },
    { name: "word/styles.xml", data: stylesXml() },
    { name: "word/settings.xml", data: settingsXml() },
    { name: "word/fontTable.xml", data: fontTableXml() },
    ...FOOTERS.map((f) => ({ name: `word/${f.part}`, data: footerXml(f.side) })),
    // PNG data deflated again still shrinks by about a tenth (the encoder filters no rows).
    ...pictures.map((png, i) => ({ name: `word/${imagePart(i)}`, data: png })),
  ];
}

/** fflate's raw DEFLATE, loaded on first use (callers in Node pass node:zlib's instead). */
async function fflateDeflate(): Promise<DeflateRaw> {
  const { deflateSync } = await import(/* webpackChunkName: "fflate" */ "fflate");
  return (data) => deflateSync(data);
}

/**
 * The narrative as a .docx file, as bytes, in Node and in the browser (wrap it in a Blob to download,
 * or write it with fs in the CLI).
 */
export async function renderDocx(n: Narrative, opts: DocxOptions = {}): Promise<Uint8Array> {
  const images = await chartImages(n, opts.rasterize);
  const deflateRaw = opts.deflateRaw ?? (await fflateDeflate());
  return writeZip(docxParts(n, opts, images), { deflateRaw, crc32: opts.crc32, modified: opts.date });
}
