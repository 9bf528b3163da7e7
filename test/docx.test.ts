import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { renderDocx } from "../src/render";
import { HOSTILE_USER_TEXT, sampleNarrative } from "./fixtures/narrative-sample";

/** The concatenated w:t texts of each w:p in document.xml, decoded. */
function paragraphTexts(xml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(""),
  );
}

/** The first LibreOffice executable on PATH, if any. */
function findOffice(): string | undefined {
  for (const name of ["libreoffice", "soffice"]) {
    try {
      execFileSync("which", [name], { stdio: "pipe" });
      return name;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

describe("renderDocx", async () => {
  const bytes = await renderDocx(sampleNarrative);
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file("word/document.xml")!.async("string");

  test("is a zip (PK header) with the WordprocessingML parts", () => {
    assert.ok(bytes instanceof Uint8Array);
    assert.deepEqual([...bytes.slice(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
    for (const part of [
      "[Content_Types].xml",
      "word/document.xml",
      "word/styles.xml",
      "word/fontTable.xml",
    ]) {
      assert.ok(zip.file(part), `missing ${part}`);
    }
  });

  test("contains every heading and paragraph text, hostile text kept as text", () => {
    const texts = paragraphTexts(documentXml).filter((t) => t !== "");
    assert.deepEqual(texts, [
      "第二部分 2023年度部门决算说明",
      "一、部门基本情况",
      "（一）部门机构设置、职责",
      HOSTILE_USER_TEXT,
      "二、收入支出决算总体情况说明",
      "2023年度本年收入合计112,078,856.26元，比上年增加39,551,070.89元，增长54.5%。主要原因：【待填写：主要原因】。",
      "1.其他收入",
      "其他收入7,573,269.12元。",
    ]);
    assert.ok(!documentXml.includes("<img"));
  });

  test("official fonts, indent, fixed 28pt lines and highlighted gaps", () => {
    assert.ok(documentXml.includes('w:eastAsia="仿宋_GB2312"'));
    assert.ok(documentXml.includes('w:eastAsia="黑体"'));
    assert.ok(documentXml.includes('w:eastAsia="楷体_GB2312"'));
    assert.ok(documentXml.includes('w:ascii="Times New Roman"'));
    assert.ok(/<w:ind [^>]*w:firstLine="640"/.test(documentXml));
    assert.ok(/<w:ind [^>]*w:firstLineChars="200"/.test(documentXml));
    assert.ok(
      /<w:spacing [^>]*w:line="560" [^>]*w:lineRule="exact"|<w:spacing [^>]*w:lineRule="exact"[^>]*w:line="560"/.test(
        documentXml,
      ),
    );
    assert.ok(documentXml.includes('<w:sz w:val="32"/>'));
    // The gap run, and only it, is highlighted.
    const highlighted = [
      ...documentXml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:highlight w:val="yellow"\/>[\s\S]*?<\/w:r>/g),
    ];
    assert.equal(highlighted.length, 1);
    assert.ok(highlighted[0][0].includes("【待填写：主要原因】"));
  });

  test("A4 page with GB/T 9704 margins and page-number footers", async () => {
    // 210 × 297 mm; 37/35/28/26 mm in twips.
    assert.ok(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/.test(documentXml), "A4");
    const mar = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? "";
    const attr = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(mar)?.[1]);
    assert.equal(attr("top"), 2098);
    assert.equal(attr("bottom"), 1984);
    assert.equal(attr("left"), 1587);
    assert.equal(attr("right"), 1474);
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    assert.equal(footers.length, 2);
    for (const f of footers) {
      const xml = await zip.file(f)!.async("string");
      assert.ok(xml.includes("PAGE"), `${f} has no PAGE field`);
      assert.ok(xml.includes("— ") && xml.includes(" —"));
    }
    const settings = await zip.file("word/settings.xml")!.async("string");
    assert.ok(settings.includes("<w:evenAndOddHeaders"));
  });

  test("headings are black, upright, with outline levels", async () => {
    const styles = await zip.file("word/styles.xml")!.async("string");
    const heading2 = /<w:style [^>]*w:styleId="Heading2"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? "";
    assert.ok(heading2.includes('<w:color w:val="000000"/>'), heading2);
    assert.ok(heading2.includes('<w:outlineLvl w:val="1"/>'), heading2);
    for (const id of ["Title", "Heading1", "Heading2", "Heading3", "Heading4"]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
      assert.ok(style.includes('<w:color w:val="000000"/>') && !style.includes("<w:i/>"), style);
    }
    assert.ok(documentXml.includes('<w:pStyle w:val="Heading2"/>'));
  });

  test("the font table declares substitutes for the GB2312 fonts", async () => {
    const fonts = await zip.file("word/fontTable.xml")!.async("string");
    assert.ok(
      fonts.includes('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>'),
    );
    assert.ok(fonts.includes('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>'));
  });

  const office = findOffice();
  test(
    "LibreOffice converts it to PDF",
    { skip: office ? false : "LibreOffice (libreoffice/soffice) is not on PATH" },
    () => {
      const dir = mkdtempSync(join(tmpdir(), "juesuan-docx-"));
      try {
        const docx = join(dir, "sample.docx");
        writeFileSync(docx, bytes);
        execFileSync(
          office!,
          [
            `-env:UserInstallation=file://${dir}/profile`,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            dir,
            docx,
          ],
          { stdio: "pipe", timeout: 120_000 },
        );
        const pdf = join(dir, "sample.pdf");
        assert.ok(existsSync(pdf), "no PDF written");
        assert.ok(statSync(pdf).size > 1000);
        assert.equal(readFileSync(pdf).subarray(0, 5).toString("latin1"), "%PDF-");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
