import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  HighlightColor,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from "docx";
import type { Chart } from "../charts/model";
import type { Narrative, Run } from "../narrative/model";
import { chartAltText } from "./chart-alt";
import type { RasterizeSvg } from "./chart-raster";
import { chartSvg, svgSize } from "./chart-svg";
import { escapeHtml } from "./escape";
import { type Block, layoutNarrative, sectionItems } from "./layout";

/**
 * Official-document layout (after GB/T 9704 where it is simple to follow):
 * A4; margins top 37mm, bottom 35mm, left 28mm, right 26mm; body 仿宋_GB2312 三号 (16pt), lines
 * exactly 28pt, first lines indented two characters; title 黑体 bold 二号 (22pt) centred;
 * 一、 headings 黑体, （一） headings 楷体_GB2312, 1. headings 仿宋_GB2312 bold, all 三号;
 * page numbers "— 1 —" in 宋体 四号, odd pages right, even pages left, one character in.
 * Latin letters and digits use Times New Roman.
 *
 * Fallback fonts: the GB2312 fonts are missing on most current systems, so word/fontTable.xml names an
 * alternative for each (w:altName: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 黑体 → SimHei) with the GB2312
 * charset and family, which Word and WPS use to substitute; LibreOffice falls back through fontconfig.
 */
export const DOCX_FONTS = {
  body: "仿宋_GB2312",
  heading: "黑体",
  subheading: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
} as const;

/** Font → its declared substitute, written into word/fontTable.xml. */
export const FONT_FALLBACKS: Readonly<Record<string, string>> = {
  [DOCX_FONTS.body]: "仿宋",
  [DOCX_FONTS.subheading]: "楷体",
  [DOCX_FONTS.heading]: "SimHei",
  [DOCX_FONTS.pageNumber]: "SimSun",
};

/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;
/** Twips: fixed 28pt line; two characters of 三号 = 2 × 16pt. */
const LINE = 560;
const INDENT_2_CHARS = 640;

/** Millimetres in twips (written as plain numbers, which every Word version reads). */
function mm(x: number): number {
  return Math.round((x * 1440) / 25.4);
}

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
}

/** PNG bytes of each chart, keyed by chart number. */
export type ChartImages = ReadonlyMap<number, Uint8Array>;

/** The text width (A4 less 28mm and 26mm margins = 156mm) in pixels at 96 to the inch. */
export const TEXT_WIDTH_PX = Math.floor((156 / 25.4) * 96);
/** Charts are rasterised at three times their printed size, sharp on paper at about 290 dpi. */
const RASTER_SCALE = 3;

function fonts(eastAsia: string): NonNullable<IRunOptions["font"]> {
  return {
    eastAsia,
    ascii: DOCX_FONTS.latin,
    hAnsi: DOCX_FONTS.latin,
    cs: DOCX_FONTS.latin,
    hint: "eastAsia",
  };
}

interface BlockStyle {
  font: string;
  size: number;
  bold: boolean;
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent: boolean;
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
}

function blockStyle(b: Block): BlockStyle {
  const base = { size: SIZE.body, bold: false, alignment: AlignmentType.JUSTIFIED, indent: true };
  if (b.kind === "title") {
    return {
      ...base,
      font: DOCX_FONTS.heading,
      size: SIZE.title,
      bold: true,
      alignment: AlignmentType.CENTER,
      indent: false,
      heading: HeadingLevel.TITLE,
    };
  }
  if (b.kind === "body") return { ...base, font: DOCX_FONTS.body };
  switch (b.level) {
    case 1:
      return {
        ...base,
        font: DOCX_FONTS.heading,
        alignment: AlignmentType.CENTER,
        indent: false,
        heading: HeadingLevel.HEADING_1,
      };
    case 2:
      return { ...base, font: DOCX_FONTS.heading, heading: HeadingLevel.HEADING_2 };
    case 3:
      return { ...base, font: DOCX_FONTS.subheading, heading: HeadingLevel.HEADING_3 };
    default:
      return { ...base, font: DOCX_FONTS.body, bold: true, heading: HeadingLevel.HEADING_4 };
  }
}

/** A run's text split at line breaks into docx TextRuns sharing one format. */
function textRuns(text: string, format: IRunOptions): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ ...format, text: line, break: i > 0 ? 1 : undefined }));
}

function runOptions(r: Run, style: BlockStyle, opts: DocxOptions): IRunOptions {
  const format: IRunOptions = {
    font: fonts(style.font),
    size: style.size,
    sizeComplexScript: style.size,
    bold: style.bold,
    language: { value: "en-US", eastAsia: "zh-CN" },
  };
  if (r.kind === "gap" && opts.highlightGaps !== false)
    return { ...format, highlight: HighlightColor.YELLOW };
  return format;
}

function blockParagraph(b: Block, opts: DocxOptions): Paragraph {
  const style = blockStyle(b);
  const title = b.kind === "title";
  return new Paragraph({
    heading: style.heading,
    alignment: style.alignment,
    keepNext: b.kind !== "body",
    widowControl: true,
    // Title lines are taller than the 28pt grid: exactly 36pt, then one blank 28pt line.
    spacing: title
      ? { line: 720, lineRule: LineRuleType.EXACT, before: 0, after: LINE }
      : { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: style.indent
      ? { firstLine: INDENT_2_CHARS, firstLineChars: 200 }
      : { firstLine: 0, firstLineChars: 0 },
    children: b.runs.flatMap((r) => textRuns(r.text, runOptions(r, style, opts))),
  });
}

/** A chart: the picture as wide as the text, then its caption centred below in the body font. */
function chartParagraphs(c: Chart, png: Uint8Array): Paragraph[] {
  const { width, height } = svgSize(chartSvg(c));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // An exact line height would clip the picture: this paragraph is as tall as the image.
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 60 },
      indent: { firstLine: 0, firstLineChars: 0 },
      children: [
        new ImageRun({
          type: "png",
          data: png,
          transformation: { width: TEXT_WIDTH_PX, height: Math.round((TEXT_WIDTH_PX * height) / width) },
          altText: { name: c.caption, title: c.caption, description: chartAltText(c) },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 120 },
      indent: { firstLine: 0, firstLineChars: 0 },
      children: textRuns(c.caption, {
        font: fonts(DOCX_FONTS.body),
        size: SIZE.body,
        sizeComplexScript: SIZE.body,
        language: { value: "en-US", eastAsia: "zh-CN" },
      }),
    }),
  ];
}

/** PNG of every chart of the narrative (none without a rasteriser). */
export async function chartImages(n: Narrative, rasterize: RasterizeSvg | undefined): Promise<Map<number, Uint8Array>> {
  const images = new Map<number, Uint8Array>();
  if (!rasterize) return images;
  const charts = (n.charts ?? []).map((b) => b.chart);
  const pngs = await rasterize(charts.map(chartSvg), TEXT_WIDTH_PX * RASTER_SCALE);
  charts.forEach((c, i) => images.set(c.number, pngs[i]));
  return images;
}

function pageNumberFooter(side: "right" | "left"): Footer {
  const font = fonts(DOCX_FONTS.pageNumber);
  const run = (text: string) => new TextRun({ text, font, size: SIZE.pageNumber });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 单页码居右空一字，双页码居左空一字 (one 四号 character = 280 twips).
        indent: side === "right" ? { right: 280 } : { left: 280 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          run("— "),
          new TextRun({ children: [PageNumber.CURRENT], font, size: SIZE.pageNumber }),
          run(" —"),
        ],
      }),
    ],
  });
}

/** word/fontTable.xml declaring each font's substitute (w:altName), GB2312 charset (86) and family. */
export function fontTableXml(): string {
  const family = (name: string) => (name === DOCX_FONTS.heading ? "modern" : "roman");
  const entries = Object.entries(FONT_FALLBACKS)
    .map(
      ([name, alt]) =>
        `<w:font w:name="${escapeHtml(name)}"><w:altName w:val="${escapeHtml(alt)}"/>` +
        `<w:charset w:val="86"/><w:family w:val="${family(name)}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join("");
  const latin =
    `<w:font w:name="${DOCX_FONTS.latin}"><w:panose1 w:val="02020603050405020304"/>` +
    `<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${entries}${latin}</w:fonts>`
  );
}

function headingStyle(font: string, size: number, bold: boolean, outlineLevel?: number) {
  return {
    run: { font: fonts(font), size, sizeComplexScript: size, bold, italics: false, color: "000000" },
    paragraph: { outlineLevel, keepNext: true, spacing: { before: 0, after: 0 } },
  };
}

/** The Document model (exposed for tests and for callers that pack it themselves). */
export function buildDocument(n: Narrative, opts: DocxOptions = {}, images: ChartImages = new Map()): Document {
  const doc = layoutNarrative(n);
  const children: Paragraph[] = [];
  if (doc.title) children.push(blockParagraph(doc.title, opts));
  for (const s of doc.sections) {
    for (const item of sectionItems(s)) {
      if (item.kind === "block") children.push(blockParagraph(item.block, opts));
      else {
        const png = images.get(item.chart.number);
        if (png) children.push(...chartParagraphs(item.chart, png));
      }
    }
  }
  return new Document({
    creator: opts.creator ?? "决算说明助手",
    title: n.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: fonts(DOCX_FONTS.body),
            size: SIZE.body,
            language: { value: "en-US", eastAsia: "zh-CN" },
          },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
        },
        // The built-in title/heading styles are blue and italic; make them plain black official styles.
        title: headingStyle(DOCX_FONTS.heading, SIZE.title, true),
        heading1: headingStyle(DOCX_FONTS.heading, SIZE.body, false, 0),
        heading2: headingStyle(DOCX_FONTS.heading, SIZE.body, false, 1),
        heading3: headingStyle(DOCX_FONTS.subheading, SIZE.body, false, 2),
        heading4: headingStyle(DOCX_FONTS.body, SIZE.body, true, 3),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              header: mm(15),
              footer: mm(23),
            },
          },
        },
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children,
      },
    ],
  });
}

/**
 * The narrative as a .docx file. Packs to a Uint8Array, which works in Node and in the browser
 * (wrap it in a Blob to download, or write it with fs in the CLI).
 */
export async function renderDocx(n: Narrative, opts: DocxOptions = {}): Promise<Uint8Array> {
  const images = await chartImages(n, opts.rasterize);
  return Packer.pack(buildDocument(n, opts, images), "uint8array", false, [
    { path: "word/fontTable.xml", data: fontTableXml() },
  ]);
}
