/**
 * The small tables: 财政拨款"三公"经费支出决算表 (horizontal: 12 amount columns under 预算数 and 决算数;
 * vertical: 项目 | 预算数 | 决算数), 政府采购情况表 (horizontal or vertical) and
 * 政府购买服务决算公开情况表 (rows of services, often empty).
 */
import type { Figure, Finding, Procurement, PurchasedServices, ThreePublic, ThreePublicKind } from "../model";
import type { LocatedTable } from "../detect";
import { type ReadContext, readFigure, unreadableOf, zeroFigure } from "../figures";
import { TOTAL_KEYS, isBudgetLabel, labelKey } from "../labels";
import { type HeaderColumn, type Region, findColumn } from "../region";
import { THREE_PUBLIC_KINDS } from "../specs";

/** The first data row holding an amount in one of the columns (the 合计 row when labelled). */
function firstAmountRow(reg: Region, cols: number[]): number | null {
  const g = reg.grid;
  let first: number | null = null;
  for (let r = reg.dataStart; r < reg.endRow; r++) {
    if (reg.emptyNote?.row === r) continue;
    if (!cols.some((c) => g.isAmountLike(r, c) || !g.isBlank(r, c))) continue;
    for (let c = 0; c < Math.min(...cols); c++) if (TOTAL_KEYS.has(g.key(r, c))) return r;
    if (first === null) first = r;
  }
  return first;
}

/** Key of a label among label lists (exact label keys). */
function keyOfLabel(index: Map<string, string>, text: string): string | undefined {
  return index.get(labelKey(text));
}

function leafIndex(rows: Record<string, readonly string[]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, labels] of Object.entries(rows))
    for (const l of labels) {
      const leaf = labelKey(l.split("/").pop() ?? l);
      if (!m.has(leaf) && !l.includes("/")) m.set(leaf, k);
    }
  return m;
}

/**
 * Horizontal with the kinds as groups and 预算数 | 决算数 under each (Shanghai 2024): the column of a
 * kind is the one whose groups name the kind and whose own header is a budget or actual label.
 * Returns false when the header has fewer than two such columns (another layout).
 */
function readKindGroups(
  reg: Region,
  ctx: ReadContext,
  spec: LocatedTable["spec"],
  budget: Partial<Record<ThreePublicKind, Figure>>,
  actual: Partial<Record<ThreePublicKind, Figure>>,
): boolean {
  const cols = reg.columns;
  const used = new Set<number>();
  const maps: [Partial<Record<ThreePublicKind, Figure>>, Partial<Record<ThreePublicKind, number>>][] = [];
  for (const [target, leaves] of [
    [budget, spec.columns.budget],
    [actual, spec.columns.actual],
  ] as const) {
    const map: Partial<Record<ThreePublicKind, number>> = {};
    for (const kind of THREE_PUBLIC_KINDS) {
      const paths = spec.rows[kind].flatMap((k) => leaves.map((leaf) => `${k}/${leaf}`));
      // 合计 only as a group of its own: not the 小计 of 公务用车购置及运行维护费
      const col = findColumn(cols, paths, { used, excludeGroup: kind === "total" ? (k) => k === "小计" : undefined });
      if (col) {
        used.add(col.col);
        map[kind] = col.col;
      }
    }
    maps.push([target, map]);
  }
  if (used.size < 2) return false;
  const r = firstAmountRow(reg, [...used]);
  if (r === null) return true; // the header is this layout; no data row (an empty table)
  for (const [target, map] of maps) {
    for (const [kind, c] of Object.entries(map) as [ThreePublicKind, number][]) {
      if (target[kind]) continue;
      const f = readFigure(ctx, r, c);
      if (f) target[kind] = f;
    }
  }
  return true;
}

export function parseThreePublic(lt: LocatedTable, findings: Finding[]): { table: ThreePublic; variants: string[] } {
  const spec = lt.spec;
  const budget: Partial<Record<ThreePublicKind, Figure>> = {};
  const actual: Partial<Record<ThreePublicKind, Figure>> = {};
  let layout: ThreePublic["layout"] = "horizontal";
  const kindIndex = leafIndex(spec.rows);
  for (const reg of lt.regions) {
    const ctx: ReadContext = { grid: reg.grid, unit: reg.unit ?? "yuan", findings, table: spec.name };
    const cols = reg.columns;
    const kindColumns = cols.filter((c) => kindIndex.has(c.leaf) && c.leaf !== "合计" && c.leaf !== "总计");
    if (kindColumns.length >= 2) {
      // horizontal: groups 预算数 / 决算数 over the kinds
      const groupsOf = (labels: readonly string[]) => labels.map(labelKey);
      for (const [target, groups] of [
        [budget, groupsOf(spec.columns.budget)],
        [actual, groupsOf(spec.columns.actual)],
      ] as const) {
        const group = groups.find((gk) => cols.some((c) => c.path.slice(0, -1).includes(gk)));
        if (!group) continue;
        const used = new Set<number>();
        const map: Partial<Record<ThreePublicKind, number>> = {};
        for (const kind of THREE_PUBLIC_KINDS) {
          const col = findColumn(
            cols,
            spec.rows[kind].map((p) => `${group}/${p}`),
            { used },
          );
          if (col) {
            used.add(col.col);
            map[kind] = col.col;
          }
        }
        const colsUsed = Object.values(map) as number[];
        if (colsUsed.length === 0) continue;
        const r = firstAmountRow(reg, colsUsed);
        if (r === null) continue;
        for (const [kind, c] of Object.entries(map) as [ThreePublicKind, number][]) {
          if (target[kind]) continue;
          const f = readFigure(ctx, r, c);
          if (f) target[kind] = f;
        }
      }
      continue;
    }
    if (readKindGroups(reg, ctx, spec, budget, actual)) continue;
    // vertical: 项目 | 预算数 | 决算数
    layout = "vertical";
    const budgetCol = findColumn(cols, spec.columns.budget)?.col ?? null;
    const actualCol = findColumn(cols, spec.columns.actual, { excludeGroup: isBudgetLabel })?.col ?? null;
    const g = reg.grid;
    const firstAmount = Math.min(budgetCol ?? Infinity, actualCol ?? Infinity);
    let inVehicles = false;
    for (let r = reg.dataStart; r < reg.endRow; r++) {
      let kind: ThreePublicKind | undefined;
      for (let c = 0; c < Math.min(firstAmount, g.width); c++) {
        const t = g.text(r, c);
        if (!t) continue;
        const k = keyOfLabel(kindIndex, t) as ThreePublicKind | undefined;
        if (k) {
          kind = k;
          break;
        }
        if (/公务用车购置及运行/.test(labelKey(t))) {
          kind = "officialVehicles";
          break;
        }
        if (labelKey(t) === "小计" && inVehicles) {
          kind = "officialVehicles";
          break;
        }
      }
      if (!kind) continue;
      inVehicles = kind === "officialVehicles" || kind === "vehiclePurchase" || kind === "vehicleOperation";
      if (budgetCol !== null && !budget[kind]) {
        const f = readFigure(ctx, r, budgetCol);
        if (f) budget[kind] = f;
      }
      if (actualCol !== null && !actual[kind]) {
        const f = readFigure(ctx, r, actualCol);
        if (f) actual[kind] = f;
      }
    }
  }
  const variants: string[] = [layout];
  const anyValue = [...Object.values(budget), ...Object.values(actual)].some((f) => f && !f.value.isZero());
  if (!anyValue && lt.regions.some((r) => r.emptyNote)) variants.push("empty");
  if (Object.keys(actual).length === 0 && !variants.includes("empty")) {
    const reg = lt.regions[0];
    findings.push({
      rule: "read.missing-row",
      severity: "error",
      message: `${spec.name}（${reg.grid.name}）未读到决算数`,
      cells: [reg.grid.ref(reg.titleRow, 0)],
    });
  }
  return { table: { layout, budget, actual }, variants };
}

type ProcurementKey = keyof Procurement;

export function parseProcurement(lt: LocatedTable, findings: Finding[]): { table: Procurement; variants: string[] } {
  const spec = lt.spec;
  const got: Partial<Record<ProcurementKey, Figure>> = {};
  const index = leafIndex(spec.rows);
  let variant = "horizontal";
  for (const reg of lt.regions) {
    const ctx: ReadContext = { grid: reg.grid, unit: reg.unit ?? "yuan", findings, table: spec.name };
    const cols = reg.columns;
    const labelled = cols.filter((c) => index.has(c.leaf) && !TOTAL_KEYS.has(c.leaf));
    if (labelled.length >= 2) {
      const groups = spec.columns.actual.map(labelKey).filter((gk) => cols.some((c) => c.path.slice(0, -1).includes(gk)));
      const used = new Set<number>();
      const map: Partial<Record<ProcurementKey, number>> = {};
      for (const key of Object.keys(spec.rows) as ProcurementKey[]) {
        const paths = [...groups.flatMap((gk) => spec.rows[key].map((p) => `${gk}/${p}`)), ...spec.rows[key]];
        const col = findColumn(cols, paths, { used, excludeGroup: (k) => /计划|预算/.test(k) });
        if (col) {
          used.add(col.col);
          map[key] = col.col;
        }
      }
      const colsUsed = Object.values(map) as number[];
      const r = colsUsed.length ? firstAmountRow(reg, colsUsed) : null;
      if (r === null) continue;
      for (const [key, c] of Object.entries(map) as [ProcurementKey, number][]) {
        if (got[key]) continue;
        const f = readFigure(ctx, r, c);
        if (f) got[key] = f;
      }
      continue;
    }
    variant = "vertical";
    const amountCol =
      findColumn(cols, [...spec.columns.actual, "金额", "决算金额", "支出金额"], { excludeGroup: (k) => /计划|预算/.test(k) })
        ?.col ?? null;
    const g = reg.grid;
    for (let r = reg.dataStart; r < reg.endRow; r++) {
      for (let c = 0; c < g.width; c++) {
        const t = g.text(r, c);
        if (!t || typeof g.raw(r, c) !== "string") continue;
        const key = index.get(labelKey(t)) as ProcurementKey | undefined;
        if (!key || got[key]) continue;
        let ac = amountCol !== null && amountCol > c ? amountCol : null;
        if (ac === null) for (let k = c + 1; k < g.width && ac === null; k++) if (g.isAmountLike(r, k)) ac = k;
        if (ac === null) continue;
        const f = readFigure(ctx, r, ac);
        if (f) got[key] = f;
        break;
      }
    }
  }
  const reg = lt.regions[0];
  const unit = reg.unit ?? "yuan";
  const empty = !Object.values(got).some((f) => f && !f.value.isZero()) && lt.regions.some((r) => r.emptyNote);
  const where = reg.emptyNote ? [reg.grid.ref(reg.emptyNote.row, reg.emptyNote.col)] : [];
  const need = (k: ProcurementKey, label: string): Figure => {
    const f = got[k];
    if (f) return f;
    if (!empty) {
      findings.push({
        rule: "read.missing-row",
        severity: "warning",
        message: `${spec.name}（${reg.grid.name}）未找到“${label}”，按0处理`,
        cells: [reg.grid.ref(reg.titleRow, 0)],
      });
    }
    return zeroFigure(unit, where);
  };
  const table: Procurement = {
    total: need("total", "政府采购支出总额"),
    goods: need("goods", "货物"),
    works: need("works", "工程"),
    services: need("services", "服务"),
  };
  if (got.smeContracts) table.smeContracts = got.smeContracts;
  if (got.microSmallContracts) table.microSmallContracts = got.microSmallContracts;
  return { table, variants: empty ? [variant, "empty"] : [variant] };
}

export function parsePurchasedServices(
  lt: LocatedTable,
  findings: Finding[],
): { table: PurchasedServices; variants: string[] } {
  const spec = lt.spec;
  const rows: { name: string; amount: Figure }[] = [];
  let total: Figure | null = null;
  let prevColumns: HeaderColumn[] = [];
  for (const reg of lt.regions) {
    const ctx: ReadContext = { grid: reg.grid, unit: reg.unit ?? "yuan", findings, table: spec.name };
    const cols = reg.columns.length ? reg.columns : prevColumns;
    prevColumns = cols;
    const amountCol = findColumn(cols, spec.columns.amount, { excludeGroup: isBudgetLabel })?.col ?? null;
    const nameCol = findColumn(cols, spec.columns.name, { to: amountCol ?? undefined })?.col ?? null;
    if (amountCol === null) continue;
    const g = reg.grid;
    for (let r = reg.dataStart; r < reg.endRow; r++) {
      if (reg.emptyNote?.row === r || g.isBlankRow(r)) continue;
      let isTotal = false;
      for (let c = 0; c < amountCol && !isTotal; c++) isTotal = TOTAL_KEYS.has(g.key(r, c));
      if (isTotal) {
        if (!total) total = readFigure(ctx, r, amountCol);
        continue;
      }
      let name = nameCol !== null ? g.text(r, nameCol) : "";
      if (!name) {
        for (let c = 0; c < amountCol && !name; c++) {
          const t = g.text(r, c);
          if (t && typeof g.raw(r, c) === "string") name = t;
        }
      }
      if (!name) continue;
      const f = readFigure(ctx, r, amountCol);
      if (f) rows.push({ name, amount: f });
    }
  }
  const reg = lt.regions[0];
  const unit = reg.unit ?? "yuan";
  const empty = rows.length === 0 && (!total || total.value.isZero());
  const variants = empty ? ["empty"] : [];
  if (!total) {
    if (rows.length > 0) {
      let v = rows[0].amount.value.minus(rows[0].amount.value);
      for (const row of rows) v = v.plus(row.amount.value);
      const why = unreadableOf(rows.map((row) => row.amount));
      total = {
        value: v,
        cells: rows.flatMap((row) => row.amount.cells),
        sourceUnit: unit,
        ...(why ? { unreadable: why } : {}),
      };
      variants.push("computed-total");
    } else {
      total = zeroFigure(unit, reg.emptyNote ? [reg.grid.ref(reg.emptyNote.row, reg.emptyNote.col)] : []);
    }
  }
  return { table: { total, rows }, variants };
}
