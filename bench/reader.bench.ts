/**
 * The .xlsx reader (issue 14): candidates on the Mentougou sample in one run, round-robin, warm, in
 * process — an unzip-only pass (inflate every part, the floor any reader pays), src/xlsx with Node's zlib
 * (as the CLI runs it) and with fflate (as the pane runs it), fflate + saxes (a SAX pass over the sheet
 * and string parts only, building no values: the floor of a saxes-based reader), SheetJS (@e965/xlsx,
 * read + sheet_to_json grids) and exceljs (load + grids, the reader before). Then the big cases in child
 * processes through the bundled CLI (`juesuan check`): the sample with a 100,000-row extra sheet, wall,
 * CPU and peak memory (the CLI cuts that sheet short: src/tables/sheet-filter.ts), the reader alone on it with
 * and without the early stop; and read + check of 20 sheets × 2,000 coded rows in process (CPU).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as XLSX from "@e965/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { runChecks } from "../src/checks";
import { nodeInflateRaw, readXlsx } from "../src/cli/read-xlsx";
import { readFinalAccounts } from "../src/tables";
import { sheetFilter } from "../src/tables/sheet-filter";
import { openZip, readWorkbook } from "../src/xlsx";
import { readWithExcelJs, writeWithExcelJs } from "../test/helpers/exceljs-sheets";
import { ensureCliBundle } from "./cli.bench";
import { type Figure, type Sample, cpuRatio, median, ratio, sample, spawnRounds, timeFigure } from "./measure";
import { WARM_UP_ROUNDS, syntheticWorkbook } from "./tables.bench";

const ROOT = resolve(__dirname, "..");
/** Rounds of the 20 × 2,000 read + check: single rounds swing 200–700 ms CPU with where a major collection falls. */
const READ_CHECK_ROUNDS = 11;
const SAMPLE = join(ROOT, "examples", "mentougou-kexin-2023.xlsx");
const BIN = join(ROOT, "bin", "juesuan.js");
/** The CLI's inflater, for the unzip-only baseline and the reader alike. */
const nodeInflate = nodeInflateRaw;

function unzipOnly(bytes: Uint8Array): number {
  const zip = openZip(bytes, nodeInflate);
  let n = 0;
  for (const name of zip.names()) n += zip.read(name)?.length ?? 0;
  return n;
}

function fflateSaxes(bytes: Uint8Array): number {
  const files = unzipSync(bytes, { filter: (f) => /^xl\/(worksheets\/sheet\d+|sharedStrings|styles)\.xml$/.test(f.name) });
  let events = 0;
  for (const data of Object.values(files)) {
    const p = new SaxesParser();
    p.on("opentag", () => events++);
    p.on("text", () => events++);
    p.write(strFromU8(data)).close();
  }
  return events;
}

function sheetJs(bytes: Uint8Array): number {
  const wb = XLSX.read(bytes, { type: "buffer" });
  let cells = 0;
  for (const name of wb.SheetNames) cells += XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1 }).length;
  return cells;
}

const CANDIDATES: Record<string, (b: Uint8Array) => unknown> = {
  "unzip-only": unzipOnly,
  "xlsx-zlib": (b) => readWorkbook(b, "sample.xlsx", { inflateRaw: nodeInflate }),
  "xlsx-fflate": (b) => readWorkbook(b, "sample.xlsx"),
  "fflate-saxes-parse-only": fflateSaxes,
  sheetjs: sheetJs,
  exceljs: (b) => readWithExcelJs(b),
};

/** The sample plus an extra sheet of `rows` rows (a label and five amounts), not a table of ours. */
function withBigSheet(bytes: Uint8Array, rows: number): Uint8Array {
  const files = unzipSync(bytes);
  const book = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const types = strFromU8(files["[Content_Types].xml"]);
  const part = "worksheets/big.xml";
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const v = (k: number) => ((r * 7919 + k * 104729) % 10_000_000) / 100;
    body.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>明细${r}</t></is></c>` +
        [1, 2, 3, 4, 5].map((k) => `<c r="${String.fromCharCode(65 + k)}${r}"><v>${v(k)}</v></c>`).join("") +
        "</row>",
    );
  }
  files[`xl/${part}`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join("")}</sheetData></worksheet>`);
  files["xl/workbook.xml"] = strToU8(book.replace("</sheets>", '<sheet name="明细账" sheetId="999" r:id="rIdBig"/></sheets>'));
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    rels.replace("</Relationships>", `<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${part}"/></Relationships>`),
  );
  files["[Content_Types].xml"] = strToU8(
    types.replace("</Types>", `<Override PartName="/xl/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
  );
  return zipSync(files);
}

export async function run(): Promise<Figure[]> {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const figures: Figure[] = [];

  // Candidates, round-robin: every round runs each once (after 3 warm-up rounds), as one call (the figures
  // as first taken: each call follows the other candidates, so it pays some cold start) and, for the fast
  // candidates, as a batch of 20 calls in a row (steady state: the ratio of the work itself).
  const ROUNDS = 15;
  const BATCH = 20;
  const FAST = new Set(["unzip-only", "xlsx-zlib", "xlsx-fflate"]);
  const samples: Record<string, Sample[]> = {};
  const steady: Record<string, Sample[]> = {};
  for (const name of Object.keys(CANDIDATES)) {
    samples[name] = [];
    steady[name] = [];
  }
  for (let r = 0; r < ROUNDS + 3; r++) {
    for (const [name, f] of Object.entries(CANDIDATES)) {
      const s = await sample(() => f(bytes));
      if (r >= 3) samples[name].push(s);
      if (!FAST.has(name)) continue;
      const b = await sample(() => {
        for (let i = 0; i < BATCH; i++) f(bytes);
      });
      if (r >= 3) steady[name].push({ wallMs: b.wallMs / BATCH, cpuMs: b.cpuMs / BATCH });
    }
  }
  for (const name of Object.keys(CANDIDATES)) figures.push(timeFigure(`reader-sample-${name}`, samples[name]));
  for (const name of FAST) figures.push(timeFigure(`reader-sample-${name}-steady`, steady[name]));
  figures.push({ name: "reader-sample-vs-unzip-only", value: ratio(samples["xlsx-zlib"], samples["unzip-only"]), unit: "x", runs: ROUNDS, target: "<= 2" });
  figures.push({ name: "reader-sample-vs-unzip-only-cpu", value: cpuRatio(samples["xlsx-zlib"], samples["unzip-only"]), unit: "x", runs: ROUNDS, target: "<= 2" });
  figures.push({ name: "reader-sample-vs-unzip-only-steady", value: ratio(steady["xlsx-zlib"], steady["unzip-only"]), unit: "x", runs: ROUNDS, target: "<= 2" });
  figures.push({ name: "reader-sample-vs-unzip-only-steady-cpu", value: cpuRatio(steady["xlsx-zlib"], steady["unzip-only"]), unit: "x", runs: ROUNDS, target: "<= 2" });
  figures.push({ name: "reader-sample-fflate-vs-unzip-only", value: ratio(samples["xlsx-fflate"], samples["unzip-only"]), unit: "x", runs: ROUNDS });
  figures.push({ name: "reader-sample-exceljs-over-reader", value: ratio(samples.exceljs, samples["xlsx-zlib"]), unit: "x", runs: ROUNDS, target: ">= 5" });
  figures.push({ name: "reader-sample-sheetjs-over-reader", value: ratio(samples.sheetjs, samples["xlsx-zlib"]), unit: "x", runs: ROUNDS });

  const dir = mkdtempSync(join(tmpdir(), "juesuan-reader-"));
  try {
    // The sample with a 100,000-row extra sheet, through the bundled CLI.
    await ensureCliBundle();
    const big = join(dir, "sample-100k.xlsx");
    writeFileSync(big, withBigSheet(bytes, 100_000));
    const runs = await spawnRounds({ node: ["-e", "0"], check: [BIN, "check", big] }, 3, ROOT, (name, s) => {
      if (name === "check" && s.code > 1) throw new Error(`juesuan check failed (${s.code}): ${s.stderr.slice(0, 500)}`);
    });
    figures.push(timeFigure("reader-check-100k-row-sheet", runs.check, "<= 1500 ms"));
    // The reader alone on that file, in process: as the CLI reads it (with the early stop) and read whole.
    const bigBytes = new Uint8Array(readFileSync(big));
    const stopped: Sample[] = [];
    const whole: Sample[] = [];
    for (let i = 0; i < 4; i++) {
      const a = await sample(() => readWorkbook(bigBytes, "big.xlsx", { inflateRaw: nodeInflate, stop: sheetFilter() }));
      const b = await sample(() => readWorkbook(bigBytes, "big.xlsx", { inflateRaw: nodeInflate }));
      if (i > 0) {
        stopped.push(a);
        whole.push(b);
      }
    }
    figures.push(timeFigure("reader-100k-row-sheet-read-with-stop", stopped));
    figures.push(timeFigure("reader-100k-row-sheet-read-whole", whole));
    figures.push({
      name: "reader-check-100k-row-sheet-peak-memory",
      value: median(runs.check.map((s) => s.maxRssKiB ?? NaN)) / 1024,
      unit: "MiB",
      runs: runs.check.length,
      target: "<= 250",
    });

    // 20 sheets × 2,000 coded rows: read the file + read the tables + check, in process.
    const path = join(dir, "synthetic-20x2000.xlsx");
    writeFileSync(path, await writeWithExcelJs(syntheticWorkbook()));
    const once = async () => {
      const { accounts } = readFinalAccounts(await readXlsx(path));
      return runChecks(accounts);
    };
    for (let i = 0; i < WARM_UP_ROUNDS; i++) await once();
    const xs: Sample[] = [];
    for (let i = 0; i < READ_CHECK_ROUNDS; i++) xs.push(await sample(once));
    figures.push({ ...timeFigure("read-check-20x2000-from-xlsx", xs), value: median(xs.map((x) => x.cpuMs)), cpuMs: median(xs.map((x) => x.cpuMs)), target: "<= 300 ms CPU" });
    figures.push(timeFigure("read-check-20x2000-from-xlsx-wall", xs));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
