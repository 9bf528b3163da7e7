// The light figures of the table reader and the whole-fen fast path of the checks must give exactly what the
// Decimal path gives: the same values, the same cells, the same findings (messages included).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { Dec, type CellValue, type Unit, amountFen, decimalFromNumber, toYuan } from "../src/core";
import { evaluateIdentity, runChecks, type Identity } from "../src/checks";
import { CellFigure, figureFen, readFinalAccounts, type Figure } from "../src/tables";
import { type ReadContext, readFigure } from "../src/tables/figures";
import { Grid } from "../src/tables/grid";
import { seeded } from "./helpers/proofread-corpus";

/** The representation decimal.js keeps (sign, exponent, base-10^7 words): equal means the same Decimal. */
function parts(d: InstanceType<typeof Dec>): string {
  const x = d as unknown as { s: number; e: number; d: number[] };
  return JSON.stringify([x.s, x.e, x.d]);
}

/** The reader before light figures: the Decimal made at once (src/tables/figures.ts readFigure, number cells). */
function eagerValue(x: number, unit: Unit): InstanceType<typeof Dec> {
  const d = decimalFromNumber(x);
  return unit === "yuan" ? d : toYuan(d, unit);
}

const rand = seeded(20261202);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

/** Amounts as they occur in 元 and 万元 tables, with the odd cases the fast path must leave to the Decimal path. */
function amount(): number {
  const u = rand();
  if (u < 0.45) return Math.round((rand() - 0.3) * 10 ** Math.floor(rand() * 14)) / 100; // whole fen
  if (u < 0.55) return Math.round((rand() - 0.5) * 1e9); // whole 元
  if (u < 0.7) return Math.round((rand() - 0.3) * 10 ** Math.floor(rand() * 13)) / 1e6; // 万元 with 6 decimals
  if (u < 0.75) return Math.round(rand() * 1e12) / 1e4; // 4 decimals
  if (u < 0.8) return (rand() - 0.5) * 10 ** (Math.floor(rand() * 40) - 20); // any double
  if (u < 0.85) return Math.round((rand() - 0.5) * 2e17) / 100; // beyond 10^15 fen
  return pick([
    0,
    -0,
    0.1 + 0.2,
    1.005,
    0.005,
    9999999999999.99,
    -9999999999999.99,
    1e13,
    123456789012345.67,
    999999999.999999,
    1e15,
    5e-324,
  ]);
}

/** An amount that is whole fen in its unit (元: 2 decimals; 万元: 6), mostly; else any amount. */
function tableAmount(unit: Unit): number {
  if (rand() < 0.15) return amount();
  const digits = Math.floor(rand() * 13);
  return Math.round((rand() - 0.2) * 10 ** digits) / (unit === "yuan" ? 100 : 1e6);
}

const unitOf = (): Unit => (rand() < 0.5 ? "yuan" : "wanYuan");

describe("amountFen: whole fen of an amount in 元 or 万元", () => {
  test("equals the Decimal value × 100 wherever it is not NaN, over 200,000 random amounts", () => {
    let whole = 0;
    const units = { yuan: 0, wanYuan: 0 };
    for (let i = 0; i < 200_000; i++) {
      const x = amount();
      const unit = unitOf();
      const fen = amountFen(x, unit);
      const exact = eagerValue(x, unit);
      // NaN sends the figure to the Decimal path (always right); a number must be the exact value
      if (Number.isNaN(fen)) continue;
      whole++;
      units[unit]++;
      assert.ok(Number.isSafeInteger(fen), `${x} ${unit}`);
      assert.equal(parts(new Dec(fen === 0 ? 0 : fen).div(100)), parts(exact), `${x} ${unit} → ${fen}`); // -0 fen is 0
    }
    assert.ok(
      whole >= 100_000 && units.yuan >= 40_000 && units.wanYuan >= 40_000,
      `${whole} whole-fen (${JSON.stringify(units)})`,
    );
  });

  test("known values", () => {
    assert.equal(amountFen(113684009.05, "yuan"), 11368400905);
    assert.equal(amountFen(326.7123, "wanYuan"), 326712300);
    assert.equal(amountFen(0.000001, "wanYuan"), 1);
    assert.ok(Number.isNaN(amountFen(1.005 + 1e-9, "yuan")));
    assert.ok(Number.isNaN(amountFen(0.0000001, "wanYuan")));
    assert.ok(Number.isNaN(amountFen(1e13, "yuan"))); // 10^15 fen: the Decimal path
    assert.ok(Number.isNaN(amountFen(Number.POSITIVE_INFINITY, "yuan")));
  });
});

/** One row of cells read as figures by the reader (light CellFigures for numbers and blanks). */
function readRow(values: CellValue[], unit: Unit, origin: string): Figure[] {
  const grid = new Grid({ name: "支出决算表", origin, values: [values] });
  const ctx: ReadContext = { grid, unit, findings: [], table: "支出决算表" };
  return values.map((_, c) => readFigure(ctx, 0, c));
}

/** The same figure as a plain object, as the reader made it before: no whole fen, the Decimal path. */
const plain = (f: Figure): Figure => ({
  value: f.value,
  cells: [...f.cells],
  sourceUnit: f.sourceUnit,
  ...(f.unreadable ? { unreadable: f.unreadable } : {}),
});

describe("CellFigure: the same value and cells as the eager reader", () => {
  test("value, cells, JSON and whole fen over 100,000 random cells", () => {
    let fen = 0;
    for (let i = 0; i < 10_000; i++) {
      const unit = unitOf();
      const values: CellValue[] = Array.from({ length: 10 }, () => (rand() < 0.05 ? null : amount()));
      const origin = pick(["A1", "C3", "AB120", "$B$7"]);
      const grid = new Grid({ name: "支出决算表", origin, values: [values] });
      readRow(values, unit, origin).forEach((f, c) => {
        assert.ok(f instanceof CellFigure);
        const x = values[c];
        assert.equal(
          parts(f.value),
          parts(x === null ? new Dec(0) : eagerValue(x as number, unit)),
          `${x} ${unit}`,
        );
        assert.deepEqual(f.cells, [grid.ref(0, c)]);
        assert.equal(f.sourceUnit, unit);
        assert.equal(JSON.stringify(f), JSON.stringify(plain(f)));
        const F = figureFen(f);
        if (!Number.isNaN(F)) {
          fen++;
          assert.equal(parts(new Dec(F === 0 ? 0 : F).div(100)), parts(f.value));
        }
      });
    }
    assert.ok(fen >= 50_000, `${fen} whole-fen figures`);
  });

  test("a figure's value or cells can be replaced, as on a plain figure", () => {
    const [f] = readRow([12.5], "yuan", "C3");
    assert.equal(figureFen(f), 1250);
    f.value = new Dec("7.25");
    f.cells = ["T!A1"];
    assert.equal(f.value.toString(), "7.25");
    assert.deepEqual(f.cells, ["T!A1"]);
    assert.ok(Number.isNaN(figureFen(f)), "a replaced value is no longer read as whole fen");
    assert.deepEqual(Object.keys(f), ["sourceUnit"]);
  });
});

describe("evaluateIdentity: the whole-fen fast path against the Decimal path", () => {
  test("100,000 random identities give the same findings (messages, cells, severities) as plain figures", () => {
    let holds = 0;
    let fast = 0;
    let broken = 0;
    for (let k = 0; k < 100_000; k++) {
      const unit = unitOf();
      const n = 1 + Math.floor(rand() * 6);
      const items: CellValue[] = Array.from({ length: n }, () =>
        rand() < 0.03 ? pick([null, "abc", { error: "#N/A" }]) : tableAmount(unit),
      );
      // The left cell: often the exact sum of the items (in fen, as Excel shows it), so identities hold.
      const fens = items.map((p) => (typeof p === "number" ? amountFen(p, unit) : p === null ? 0 : NaN));
      const sum = fens.reduce((s, v) => s + v, 0);
      const scale = unit === "yuan" ? 100 : 1e6;
      let left: CellValue = tableAmount(unit);
      const u = rand();
      if (u < 0.6 && Number.isSafeInteger(sum)) left = sum / scale;
      else if (u < 0.7 && Number.isSafeInteger(sum)) left = (sum + pick([1, -1, 100, -100])) / scale;
      const less = rand() < 0.2 ? [tableAmount(unit)] : [];
      const cells = [left, ...items, ...less];
      const figs = readRow(cells, unit, "E8");
      const relation = pick(["=", "=", "=", ">=", "<="] as const);
      const identity = (f: Figure[]): Identity => ({
        left: { label: "合计", figures: [f[0]], table: "expenditureTable" },
        right: { label: "各项之和", figures: f.slice(1, 1 + n), less: f.slice(1 + n) },
        relation,
      });
      const rule = { id: "test.fen", severity: "error" as const };
      const got = evaluateIdentity(rule, identity(figs));
      if (figs.every((f) => !Number.isNaN(figureFen(f)))) fast++;
      const want = evaluateIdentity(rule, identity(figs.map(plain)));
      assert.deepEqual(got, want, `cells ${JSON.stringify(cells)} ${unit} ${relation}`);
      if (want === null) holds++;
      else broken++;
    }
    assert.ok(
      fast >= 30_000 && holds >= 20_000 && broken >= 20_000,
      `${fast} whole-fen, ${holds} hold, ${broken} broken`,
    );
  });

  test("sums beyond 2^53 fen take the Decimal path", () => {
    const big = 9e12; // 9 × 10^14 fen each: 11 of them and 10 negative ones, 1.98 × 10^16 fen in magnitude
    const items = [...Array.from({ length: 11 }, () => big), ...Array.from({ length: 10 }, () => -big)];
    const figs = readRow([big + 0.01, ...items], "yuan", "A1");
    const id: Identity = {
      left: { label: "合计", figures: [figs[0]] },
      right: { label: "各项之和", figures: figs.slice(1) },
      relation: "=",
    };
    const f = evaluateIdentity({ id: "t", severity: "error" }, id);
    assert.ok(f, "0.01 元 apart");
    assert.match(f.message, /相差0\.01/);
  });
});

/** A deep copy of the accounts with every figure a plain object (no whole fen: the Decimal path everywhere). */
function plainAccounts(x: unknown): unknown {
  if (x instanceof CellFigure) return plain(x);
  if (Array.isArray(x)) return x.map(plainAccounts);
  if (typeof x === "object" && x !== null && !(x instanceof Dec)) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plainAccounts(v)]));
  }
  return x;
}

describe("runChecks: light figures and the families' whole-fen skip against plain figures", () => {
  const HEADER: CellValue[][] = [
    [
      "项目",
      null,
      null,
      null,
      "本年支出合计",
      "基本支出",
      "项目支出",
      "上缴上级支出",
      "经营支出",
      "对附属单位补助支出",
    ],
    ["科目编码", null, null, "科目名称"],
    ["类", "款", "项"],
  ];
  /** A 支出决算表 of 2 类 × 2 款 × 3 项, consistent in fen, then a few cells changed (a fen, 万元 decimals, text, blanks). */
  function table(unit: Unit): CellValue[][] {
    const scale = unit === "yuan" ? 100 : 1e6;
    const rows: { code: CellValue[]; fen: number[] }[] = [];
    const total = [0, 0, 0, 0, 0, 0];
    for (let a = 0; a < 2; a++) {
      const cls = { code: [String(201 + a), null, null, `类${a}`], fen: [0, 0, 0, 0, 0, 0] };
      rows.push(cls);
      for (let b = 1; b <= 2; b++) {
        const sec = { code: [null, `0${b}`, null, `款${b}`], fen: [0, 0, 0, 0, 0, 0] };
        rows.push(sec);
        for (let c = 1; c <= 3; c++) {
          const parts = Array.from({ length: 5 }, () =>
            rand() < 0.3 ? 0 : Math.round(rand() * 10 ** Math.floor(rand() * 11)),
          );
          const fen = [parts.reduce((s, v) => s + v, 0), ...parts];
          rows.push({ code: [null, null, `0${c}`, `项${c}`], fen });
          fen.forEach((v, i) => ((sec.fen[i] += v), (cls.fen[i] += v), (total[i] += v)));
        }
      }
    }
    const values: CellValue[][] = [
      ["2023年度支出决算表"],
      [
        "部门：测试单位",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        unit === "yuan" ? "单位：元" : "单位：万元",
      ],
      ...HEADER.map((r) => [...r]),
      ["合计", null, null, null, ...total.map((f) => f / scale)],
      ...rows.map((r) => [...r.code, ...r.fen.map((f) => f / scale)]),
    ];
    for (let k = Math.floor(rand() * 4); k > 0; k--) {
      const r = 5 + Math.floor(rand() * (values.length - 5));
      const c = 4 + Math.floor(rand() * 6);
      const v = values[r][c] as number;
      values[r][c] = pick([
        v + 0.01,
        v - 0.01,
        v + 1,
        v + 0.000001,
        v * 1.0000001,
        null,
        "1,234.56",
        "abc",
        0,
        (v * scale + 1) / scale,
      ]);
    }
    return values;
  }

  test("300 random tables in 元 and 万元 give the same findings", () => {
    let found = 0;
    let clean = 0;
    for (let k = 0; k < 300; k++) {
      const unit = unitOf();
      const { accounts } = readFinalAccounts([
        { name: "支出决算表", origin: pick(["A1", "B3"]), values: table(unit) },
      ]);
      assert.equal(accounts.expenditureTable?.rows.length, 18);
      const got = runChecks(accounts);
      const want = runChecks(plainAccounts(accounts) as typeof accounts);
      assert.deepEqual(got, want, `table ${k}`);
      if (got.some((f) => f.rule.startsWith("expenditureTable."))) found++;
      else clean++;
    }
    assert.ok(found >= 100 && clean >= 50, `${found} with findings, ${clean} clean`);
  });
});
