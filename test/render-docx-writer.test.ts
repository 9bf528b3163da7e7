/**
 * The .docx writer of our own (src/render/docx.ts, docx-parts.ts, zip.ts): the archive is a valid zip
 * read back by two independent readers, every XML part is well-formed and named by the content types and
 * relationships, the paragraphs carry the official layout, and LibreOffice reads the Mentougou sample's
 * document back as the same paragraphs the text renderer prints.
 */
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { loadWorkbook } from "../src/cli/load";
import { type Narrative, generateNarrative } from "../src/narrative";
import {
  type ZipPart,
  TEXT_WIDTH_PX,
  blockText,
  crc32,
  docxParts,
  layoutNarrative,
  renderDocx,
  sectionItems,
  writeZip,
} from "../src/render";
import { openZip } from "../src/xlsx";
import { sampleNarrative } from "./fixtures/narrative-sample";

const nodeDeflate = (data: Uint8Array) => deflateRawSync(data);
const text = (p: ZipPart | undefined) => (typeof p?.data === "string" ? p.data : "");

/** The local header's compression method of each entry, by name (8 deflate, 0 stored). */
function methods(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, number>();
  for (let p = 0; view.getUint32(p, true) === 0x04034b50;) {
    const nameLength = view.getUint16(p + 26, true);
    const name = new TextDecoder().decode(zip.subarray(p + 30, p + 30 + nameLength));
    out.set(name, view.getUint16(p + 8, true));
    p += 30 + nameLength + view.getUint16(p + 28, true) + view.getUint32(p + 18, true);
  }
  return out;
}

describe("zip writer", () => {
  test("crc32 of the check string is the published CBF43926", () => {
    assert.equal(crc32(new TextEncoder().encode("123456789")), 0xcbf43926);
    assert.equal(crc32(new Uint8Array(0)), 0);
  });

  const parts: ZipPart[] = [
    { name: "a.txt", data: "决算说明 ".repeat(500) },
    { name: "dir/b.bin", data: Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) & 0xff), stored: true },
    { name: "目录/空.xml", data: "" },
  ];

  test("deflated and stored parts read back by JSZip (CRC checked) and by our own reader", async () => {
    const zip = writeZip(parts, { deflateRaw: nodeDeflate, modified: new Date(2024, 5, 30, 13, 45, 10) });
    assert.deepEqual(
      [...methods(zip)],
      [
        ["a.txt", 8],
        ["dir/b.bin", 0],
        ["目录/空.xml", 8],
      ],
    );
    assert.ok(zip.length < 1500, `the repeated text is compressed (${zip.length} bytes)`);
    const js = await JSZip.loadAsync(zip, { checkCRC32: true });
    assert.deepEqual(Object.keys(js.files), ["a.txt", "dir/b.bin", "目录/空.xml"]);
    assert.equal(await js.file("a.txt")!.async("string"), parts[0].data);
    assert.deepEqual(await js.file("dir/b.bin")!.async("uint8array"), parts[1].data);
    assert.equal(await js.file("目录/空.xml")!.async("string"), "");
    const d = js.file("a.txt")!.date;
    assert.deepEqual(
      [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()],
      [2024, 5, 30, 13, 45, 10],
    );
    const own = openZip(zip, (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }));
    assert.equal(new TextDecoder().decode(own.read("a.txt")), parts[0].data);
    assert.deepEqual(own.read("dir/b.bin"), parts[1].data);
  });

  test("without a deflate function every part is stored", () => {
    const zip = writeZip(parts);
    assert.deepEqual([...methods(zip).values()], [0, 0, 0]);
    const own = openZip(zip);
    assert.equal(new TextDecoder().decode(own.read("a.txt")), parts[0].data);
  });
});

describe("the package parts of the sample narrative", () => {
  const parts = docxParts(sampleNarrative, { date: new Date(Date.UTC(2024, 2, 1, 8, 0, 0)) });
  const part = (name: string) => parts.find((p) => p.name === name);
  const documentXml = text(part("word/document.xml"));

  test("exactly the parts Word needs, every XML part well-formed", () => {
    assert.deepEqual(
      parts.map((p) => p.name),
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/core.xml",
        "docProps/app.xml",
        "word/document.xml",
        "word/_rels/document.xml.rels",
        "word/styles.xml",
        "word/settings.xml",
        "word/fontTable.xml",
        "word/footer1.xml",
        "word/footer2.xml",
      ],
    );
    for (const p of parts) assert.equal(XMLValidator.validate(text(p)), true, `${p.name} is not well-formed`);
  });

  test("every part has a content type and every relationship a target", () => {
    const types = text(part("[Content_Types].xml"));
    for (const p of parts) {
      const ext = p.name.split(".").pop()!;
      const named = types.includes(`PartName="/${p.name}"`) || types.includes(`Extension="${ext}"`);
      assert.ok(named, `${p.name} has no content type`);
    }
    const rels = [...text(part("word/_rels/document.xml.rels")).matchAll(/Target="([^"]+)"/g)].map(
      (m) => `word/${m[1]}`,
    );
    assert.deepEqual(rels.sort(), [
      "word/fontTable.xml",
      "word/footer1.xml",
      "word/footer2.xml",
      "word/settings.xml",
      "word/styles.xml",
    ]);
    const ids = [...documentXml.matchAll(/r:id="(rId\d+)"/g)].map((m) => m[1]);
    const relIds = text(part("word/_rels/document.xml.rels"));
    assert.deepEqual(ids, ["rId4", "rId5"]);
    for (const id of ids) assert.match(relIds, new RegExp(`Id="${id}"[^>]*Target="footer\\d\\.xml"`));
  });

  test("title, headings and body paragraphs: style, font, size, alignment, indent and line spacing", () => {
    const paragraphs = [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]);
    const title = paragraphs[0];
    assert.match(title, /<w:pStyle w:val="Title"\/>/);
    assert.match(title, /<w:spacing w:before="0" w:after="560" w:line="720" w:lineRule="exact"\/>/);
    assert.match(title, /<w:jc w:val="center"\/>/);
    assert.match(title, /w:eastAsia="黑体"[^>]*\/><w:b\/><w:bCs\/><w:sz w:val="44"\/>/);
    const byText = (t: string) => paragraphs.find((p) => p.includes(`>${t}</w:t>`)) ?? "";
    const h2 = byText("一、部门基本情况");
    assert.match(h2, /<w:pStyle w:val="Heading2"\/><w:keepNext\/>/);
    assert.match(h2, /w:eastAsia="黑体"[^>]*\/><w:b w:val="false"\/>/);
    assert.match(h2, /<w:ind w:firstLine="640" w:firstLineChars="200"\/><w:jc w:val="both"\/>/);
    const h3 = byText("（一）部门机构设置、职责");
    assert.match(h3, /<w:pStyle w:val="Heading3"\/>/);
    assert.match(h3, /w:eastAsia="楷体_GB2312"/);
    const h4 = byText("1.其他收入");
    assert.match(h4, /<w:pStyle w:val="Heading4"\/>/);
    assert.match(h4, /w:eastAsia="仿宋_GB2312"[^>]*\/><w:b\/><w:bCs\/><w:sz w:val="32"\/>/);
    const body = byText("其他收入7,573,269.12元。") || paragraphs.find((p) => p.includes("7,573,269.12元"))!;
    assert.ok(!body.includes("<w:pStyle"), "body text is Normal");
    assert.match(
      body,
      /<w:keepNext w:val="false"\/><w:widowControl\/><w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"\/>/,
    );
    assert.match(
      body,
      /w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:hint="eastAsia"\/><w:b w:val="false"\/>/,
    );
    assert.match(body, /<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
  });

  test("styles: defaults in the body font at 三号 with fixed 28pt lines; headings black with outline levels", () => {
    const styles = text(part("word/styles.xml"));
    assert.match(
      styles,
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/,
    );
    assert.match(styles, /<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"\/>/);
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
    assert.match(style("Heading1"), /<w:outlineLvl w:val="0"\/>[\s\S]*w:eastAsia="黑体"/);
    assert.match(style("Heading3"), /<w:outlineLvl w:val="2"\/>[\s\S]*w:eastAsia="楷体_GB2312"/);
    assert.match(style("Heading4"), /<w:outlineLvl w:val="3"\/>[\s\S]*<w:b\/>/);
    assert.match(style("Title"), /<w:sz w:val="44"\/>/);
    for (const id of ["Title", "Heading1", "Heading2", "Heading3", "Heading4"]) {
      assert.match(style(id), /<w:i w:val="false"\/>[\s\S]*<w:color w:val="000000"\/>/, id);
    }
  });

  test("footers: — PAGE — in 宋体 四号, odd pages right, even pages left, one character in", () => {
    const odd = text(part("word/footer1.xml"));
    const even = text(part("word/footer2.xml"));
    assert.match(odd, /<w:ind w:right="280"\/><w:jc w:val="right"\/>/);
    assert.match(even, /<w:ind w:left="280"\/><w:jc w:val="left"\/>/);
    for (const f of [odd, even]) {
      assert.match(
        f,
        /— <\/w:t>[\s\S]*fldCharType="begin"[\s\S]*> PAGE <[\s\S]*fldCharType="end"[\s\S]*> —<\/w:t>/,
      );
      assert.match(f, /w:eastAsia="宋体"[^>]*\/><w:sz w:val="28"\/>/);
    }
    assert.match(
      documentXml,
      /<w:footerReference w:type="default" r:id="rId4"\/><w:footerReference w:type="even" r:id="rId5"\/>/,
    );
    assert.match(text(part("word/settings.xml")), /<w:evenAndOddHeaders\/>/);
  });

  test("document properties: title, creator and the given time", () => {
    const core = text(part("docProps/core.xml"));
    assert.match(core, /<dc:title>第二部分 2023年度部门决算说明<\/dc:title>/);
    assert.match(core, /<dc:creator>决算说明助手<\/dc:creator>/);
    assert.match(core, /<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T08:00:00Z<\/dcterms:created>/);
  });
});

describe("text that XML cannot hold", () => {
  const n: Narrative = {
    ...sampleNarrative,
    title: "A & B <c>",
    sections: [
      {
        id: "s",
        title: "",
        paragraphs: [
          {
            role: "body",
            runs: [
              { kind: "text", text: '第一行\u0000\u0007\ud800&"引号"\n第二行\u{20000}\r\n第三行\ufffe' },
            ],
          },
        ],
      },
    ],
  };
  test("control characters and lone surrogates dropped, entities escaped, lines as w:br, still well-formed", () => {
    const parts = docxParts(n);
    for (const p of parts) assert.equal(XMLValidator.validate(text(p)), true, p.name);
    const xml = text(parts.find((p) => p.name === "word/document.xml"));
    assert.ok(xml.includes('<w:t xml:space="preserve">A &amp; B &lt;c&gt;</w:t>'));
    assert.ok(xml.includes('<w:t xml:space="preserve">第一行&amp;&quot;引号&quot;</w:t></w:r><w:r>'));
    assert.ok(
      xml.includes('<w:br/><w:t xml:space="preserve">第二行\u{20000}</w:t>'),
      "a surrogate pair is kept",
    );
    assert.ok(xml.includes('<w:br/><w:t xml:space="preserve">第三行</w:t>'));
    for (const ch of ["\u0000", "\u0007", "\ufffe", "\ud800"])
      assert.ok(!xml.replace("\u{20000}", "").includes(ch), `U+${ch.charCodeAt(0).toString(16)} dropped`);
    assert.match(
      text(parts.find((p) => p.name === "docProps/core.xml")),
      /<dc:title>A &amp; B &lt;c&gt;<\/dc:title>/,
    );
  });
});

describe("the Mentougou sample", () => {
  let n: Narrative;
  before(async () => {
    n = generateNarrative((await loadWorkbook("examples/mentougou-kexin-2023.xlsx")).accounts, {
      charts: true,
    });
  });

  test("charts: one PNG part per chart, unique drawing ids, picture as wide as the text", async () => {
    const charts = n.charts!.map((b) => b.chart);
    assert.ok(charts.length >= 2);
    // A stand-in rasteriser: distinct bytes per chart, so the parts can be matched to the charts.
    const png = (i: number) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, i]);
    const zip = await JSZip.loadAsync(
      await renderDocx(n, {
        rasterize: (svgs) => Promise.resolve(svgs.map((_, i) => png(i))),
        deflateRaw: nodeDeflate,
      }),
      { checkCRC32: true },
    );
    const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
    assert.deepEqual(
      media,
      charts.map((_, i) => `word/media/image${i + 1}.png`),
    );
    for (const [i, f] of media.entries()) assert.deepEqual(await zip.file(f)!.async("uint8array"), png(i));
    const xml = await zip.file("word/document.xml")!.async("string");
    assert.deepEqual(
      [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => Number(m[1])),
      charts.map((_, i) => i + 1),
    );
    const embeds = [...xml.matchAll(/r:embed="(rId\d+)"/g)].map((m) => m[1]);
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    for (const [i, id] of embeds.entries())
      assert.match(rels, new RegExp(`Id="${id}"[^>]*Target="media/image${i + 1}\\.png"`));
    for (const m of xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g))
      assert.equal(Number(m[1]), TEXT_WIDTH_PX * 9525);
    assert.match(
      await zip.file("[Content_Types].xml")!.async("string"),
      /<Default Extension="png" ContentType="image\/png"\/>/,
    );
  });

  test("without a deflate function (the pane) the parts are deflated with fflate", async () => {
    const bytes = await renderDocx(n);
    assert.equal(methods(bytes).get("word/document.xml"), 8);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const fromNode = await JSZip.loadAsync(await renderDocx(n, { deflateRaw: nodeDeflate }));
    assert.equal(
      await zip.file("word/document.xml")!.async("string"),
      await fromNode.file("word/document.xml")!.async("string"),
    );
  });

  test("LibreOffice reads back every paragraph the text renderer prints, in order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juesuan-docx-writer-"));
    try {
      const file = join(dir, "sample.docx");
      writeFileSync(file, await renderDocx(n, { deflateRaw: nodeDeflate }));
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--convert-to",
          "txt:Text (encoded):UTF8",
          "--outdir",
          dir,
          file,
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
      const lines = readFileSync(join(dir, "sample.txt"), "utf8")
        .replace(/^\uFEFF/, "")
        .split(/\r?\n/)
        .filter((l) => l.trim() !== "");
      const layout = layoutNarrative(n);
      const expected = [
        ...(layout.title ? [blockText(layout.title)] : []),
        ...layout.sections.flatMap((s) =>
          sectionItems(s).flatMap((it) => (it.kind === "block" ? [blockText(it.block)] : [])),
        ),
      ];
      assert.ok(expected.length > 50, `${expected.length} paragraphs`);
      assert.deepEqual(lines, expected);
      assert.ok(lines.some((l) => l.includes("112,078,856.26")));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
