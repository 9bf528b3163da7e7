// End to end: `juesuan narrate <sample> --format docx --charts on` → LibreOffice PDF → every chart is a
// picture in the PDF with its caption in the text, and a page with charts is rendered to PNG in
// e2e-artifacts/ for a person to read (the labels and values in those PNGs were checked by eye against
// the tables when this test was written). Needs soffice and poppler-utils (pdfimages, pdftotext,
// pdftoppm), which the test runner installs (scripts/system-needs.mjs); their absence is a failure.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";

function onPath(name: string): boolean {
  try {
    execFileSync("which", [name], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

const TOOLS = ["soffice", "pdfimages", "pdftotext", "pdftoppm"];
const missing = TOOLS.filter((t) => !onPath(t));

const SAMPLES = [
  { name: "mentougou-kexin-2023", profile: "yuan-1dp", page: "图2：收入决算结构" },
  { name: "central-sample", profile: "wanyuan-2dp", page: "图2：收入决算结构" },
];

const CAPTIONS = [
  "图1：收、支决算总计变动情况",
  "图2：收入决算结构",
  "图3：支出决算结构",
  "图4：财政拨款收、支决算总计变动情况",
  "图5：一般公共预算财政拨款支出决算结构（按类）",
  "图6：一般公共预算财政拨款支出预决算对比（按类）",
  "图7：“三公”经费财政拨款年初预算与决算对比",
];

describe("charts in the PDF of the .docx", () => {
  for (const s of SAMPLES) {
    test(`${s.name}: seven charts with captions; a chart page as PNG in e2e-artifacts/`, { timeout: 300_000 }, () => {
      assert.deepEqual(missing, [], `tools missing: ${missing.join(", ")} (apt-get install libreoffice-writer-nogui poppler-utils)`);
      const dir = mkdtempSync(join(tmpdir(), "juesuan-charts-"));
      try {
        const docx = join(dir, `${s.name}.docx`);
        execFileSync(
          process.execPath,
          ["bin/juesuan.js", "narrate", `examples/${s.name}.xlsx`, "--profile", s.profile, "--format", "docx", "--charts", "on", "--out", docx],
          { stdio: "pipe", timeout: 120_000 },
        );
        execFileSync(
          "soffice",
          [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
          { stdio: "pipe", timeout: 180_000 },
        );
        const pdf = join(dir, `${s.name}.pdf`);
        assert.ok(existsSync(pdf), "no PDF written");

        // Every chart is a picture at (nearly) the text width: 156mm of a 210mm page.
        const images = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" })
          .split("\n")
          .slice(2)
          .map((l) => l.trim().split(/\s+/))
          .filter((cols) => cols[2] === "image"); // not the smask (alpha) entries
        assert.equal(images.length, CAPTIONS.length, images.map((c) => c.join(" ")).join("\n"));
        for (const cols of images) {
          const widthMm = (Number(cols[3]) / Number(cols[12])) * 25.4; // pixels ÷ x-ppi
          assert.ok(Math.abs(widthMm - 156) < 1.5, `picture ${widthMm.toFixed(1)}mm wide, text 156mm`);
        }

        // Captions are text of the page, in order, each after the picture on its page.
        const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/[ \t]+/g, "");
        const flat = text.replace(/\n/g, "");
        let at = 0;
        for (const c of CAPTIONS) {
          const i = flat.indexOf(c, at);
          assert.ok(i >= at, `caption ${c} in order`);
          at = i;
        }

        // The page with the income pie → PNG for review.
        const pages = text.split("\f");
        const pageNo = pages.findIndex((p) => p.includes(s.page)) + 1;
        assert.ok(pageNo > 0);
        mkdirSync("e2e-artifacts", { recursive: true });
        const prefix = join("e2e-artifacts", `charts-${s.name}`);
        execFileSync("pdftoppm", ["-r", "110", "-png", "-singlefile", "-f", String(pageNo), "-l", String(pageNo), pdf, prefix]);
        const png = PNG.sync.read(readFileSync(`${prefix}.png`));
        assert.ok(png.width > 800 && png.height > 1100, `${png.width}×${png.height}`);
        // Not blank: a good part of the page is dark (the pie and the text).
        let dark = 0;
        for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 128) dark++;
        assert.ok(dark / (png.width * png.height) > 0.02, "the page has content");
        assert.ok(statSync(`${prefix}.png`).size > 20_000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
