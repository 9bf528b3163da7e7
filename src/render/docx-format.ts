/**
 * The .docx layout in numbers, and the run properties written from them (after GB/T 9704 where it is
 * simple to follow): A4; margins top 37mm, bottom 35mm, left 28mm, right 26mm; body 仿宋_GB2312 三号
 * (16pt), lines exactly 28pt, first lines indented two characters; title 黑体 bold 二号 (22pt) centred;
 * 一、 headings 黑体, （一） headings 楷体_GB2312, 1. headings 仿宋_GB2312 bold, all 三号; page numbers
 * "— 1 —" in 宋体 四号, odd pages right, even pages left, one character in. Latin letters and digits use
 * Times New Roman.
 *
 * Fallback fonts: the GB2312 fonts are missing on most current systems, so word/fontTable.xml names an
 * alternative for each (w:altName: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 黑体 → SimHei) with the GB2312
 * charset and family, which Word and WPS use to substitute; LibreOffice falls back through fontconfig.
 */
import { escapeXml } from "./escape";

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
export const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;
/** Twips: fixed 28pt line; the title's fixed 36pt line; two characters of 三号 = 2 × 16pt. */
export const LINE = 560;
export const TITLE_LINE = 720;
export const INDENT_2_CHARS = 640;
/** One 四号 character (the page number's distance from the margin). */
export const ONE_CHAR_PAGE_NUMBER = 280;

/** Millimetres in twips (written as plain numbers, which every Word version reads). */
export function mm(x: number): number {
  return Math.round((x * 1440) / 25.4);
}

/** A4 and the GB/T 9704 margins, in twips. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  header: mm(15),
  footer: mm(23),
} as const;

/** The text width (A4 less 28mm and 26mm margins = 156mm) in pixels at 96 to the inch. */
export const TEXT_WIDTH_PX = Math.floor((156 / 25.4) * 96);
/** English Metric Units per pixel at 96 to the inch (a picture's size in DrawingML). */
export const EMU_PER_PX = 9525;

/** w:rFonts: the Chinese font for East Asian text, Times New Roman for Latin letters and digits. */
export function rFonts(eastAsia: string): string {
  const latin = DOCX_FONTS.latin;
  return `<w:rFonts w:ascii="${latin}" w:cs="${latin}" w:eastAsia="${escapeXml(eastAsia)}" w:hAnsi="${latin}" w:hint="eastAsia"/>`;
}

/** Bold on, or explicitly off (so a bold style underneath does not show through). */
export function bold(on: boolean): string {
  return on ? "<w:b/><w:bCs/>" : '<w:b w:val="false"/><w:bCs w:val="false"/>';
}

export function size(halfPoints: number): string {
  return `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
}

/** Latin text is English, East Asian text Chinese (spelling and line breaking). */
export const LANG = '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>';
