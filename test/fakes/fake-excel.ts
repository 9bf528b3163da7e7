/**
 * A small, faithful fake of the Excel JavaScript API objects the add-in reads with, backed by plain
 * Sheet[] data. Like real Office.js: load() only queues, properties are readable after context.sync()
 * (reading earlier throws PropertyNotLoaded), actions (activate, select) run at sync, and sync calls
 * are counted. Shared with the browser harness.
 */
import { type CellValue, excelRef, isCellError, offsetA1, parseA1, rangeA1 } from "../../src/core";
import type { Sheet } from "../../src/tables/model";

export class PropertyNotLoadedError extends Error {
  readonly code = "PropertyNotLoaded";
  constructor(property: string) {
    super(
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
    this.name = "RichApi.Error";
  }
}

export class ItemNotFoundError extends Error {
  readonly code = "ItemNotFound";
  constructor(what: string) {
    super(`The requested resource doesn't exist: ${what}`);
    this.name = "RichApi.Error";
  }
}

type LoadArg = string | string[] | { select?: string | string[] } | undefined;

function loadNames(arg: LoadArg): string[] {
  if (arg === undefined) return ["*"];
  const list = typeof arg === "string" ? arg.split(",") : Array.isArray(arg) ? arg : loadNames(arg.select ?? "*");
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Base of every proxy: queued loads become readable at sync. */
abstract class FakeClientObject {
  protected readonly requested = new Set<string>();
  protected readonly loaded = new Set<string>();
  /** Property names a load() asked for, in order (for tests asserting minimal loads). */
  readonly loadCalls: string[][] = [];

  constructor(protected readonly ctx: FakeRequestContext) {}

  protected abstract readonly scalarNames: readonly string[];

  load(arg?: LoadArg): this {
    const names = loadNames(arg);
    this.loadCalls.push(names);
    for (const n of names) {
      if (n === "*") for (const s of this.scalarNames) this.requested.add(s);
      else this.requested.add(n);
    }
    this.ctx.enqueue(() => this.commitLoad());
    return this;
  }

  protected commitLoad(): void {
    for (const n of this.requested) this.loaded.add(n);
    this.requested.clear();
  }

  protected read<T>(name: string, value: () => T): T {
    if (!this.loaded.has(name)) throw new PropertyNotLoadedError(name);
    return value();
  }
}

export interface FakeState {
  sheets: Sheet[];
  activeSheet: string;
  /** "Sheet!B2:C3" after a select(). */
  selection: string | null;
}

/** Office.js values for a CellValue: blanks are "", errors their text. */
function officeValue(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  return v;
}

/** Bounding box of the non-blank cells of a sheet, in sheet coordinates; null when empty. */
function usedBox(sheet: Sheet): { top: number; left: number; bottom: number; right: number } | null {
  const o = parseA1(sheet.origin);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  if (bottom < 0) return null;
  return { top: o.row + top, left: o.col + left, bottom: o.row + bottom, right: o.col + right };
}

export class FakeRange extends FakeClientObject {
  protected readonly scalarNames = ["address", "values", "rowCount", "columnCount"] as const;
  private syncedOnce = false;

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: Sheet | null,
    private readonly box: { top: number; left: number; bottom: number; right: number } | null,
  ) {
    super(ctx);
  }

  protected override commitLoad(): void {
    super.commitLoad();
    this.syncedOnce = true;
  }

  get isNullObject(): boolean {
    if (!this.syncedOnce) throw new PropertyNotLoadedError("isNullObject");
    return this.box === null;
  }

  /** The local address as Excel prints it: "D4" for one cell, "B2:D5" otherwise. */
  private local(): string {
    const b = this.nonNull();
    const a = rangeA1({ row: b.top, col: b.left }, { row: b.bottom, col: b.right });
    return b.top === b.bottom && b.left === b.right ? a.split(":")[0] : a;
  }

  get address(): string {
    return this.read("address", () => excelRef(this.sheet!.name, this.local()));
  }

  get values(): (string | number | boolean)[][] {
    return this.read("values", () => {
      const b = this.nonNull();
      const o = parseA1(this.sheet!.origin);
      const rows: (string | number | boolean)[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: (string | number | boolean)[] = [];
        for (let c = b.left; c <= b.right; c++) row.push(officeValue(this.sheet!.values[r - o.row]?.[c - o.col] ?? null));
        rows.push(row);
      }
      return rows;
    });
  }

  get rowCount(): number {
    return this.read("rowCount", () => this.nonNull().bottom - this.nonNull().top + 1);
  }

  get columnCount(): number {
    return this.read("columnCount", () => this.nonNull().right - this.nonNull().left + 1);
  }

  select(): void {
    const a = this.local();
    this.ctx.enqueue(() => {
      this.ctx.state.selection = `${this.sheet!.name}!${a}`;
      this.ctx.actions.push(`select:${this.sheet!.name}!${a}`);
    });
  }

  private nonNull() {
    if (!this.box || !this.sheet) throw new Error("null object");
    return this.box;
  }
}

export class FakeWorksheet extends FakeClientObject {
  protected readonly scalarNames = ["name", "position", "visibility"] as const;
  private syncedOnce = false;

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: Sheet | null,
  ) {
    super(ctx);
  }

  protected override commitLoad(): void {
    super.commitLoad();
    this.syncedOnce = true;
  }

  /** Marks `name` loaded: the collection loads its items' properties. */
  markLoaded(names: string[]): void {
    for (const n of names) this.requested.add(n);
    this.commitLoad();
  }

  get isNullObject(): boolean {
    if (!this.syncedOnce) throw new PropertyNotLoadedError("isNullObject");
    return this.sheet === null;
  }

  get name(): string {
    return this.read("name", () => this.existing().name);
  }

  get position(): number {
    return this.read("position", () => this.ctx.state.sheets.indexOf(this.existing()));
  }

  get visibility(): string {
    return this.read("visibility", () => "Visible");
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.calls.push(`getUsedRangeOrNullObject(${valuesOnly === true})`);
    const s = this.existing();
    return new FakeRange(this.ctx, s, usedBox(s));
  }

  getRange(address: string): FakeRange {
    const s = this.existing();
    const [a, b = a] = address.replace(/\$/g, "").split(":");
    const p = parseA1(a);
    const q = parseA1(b);
    return new FakeRange(this.ctx, s, { top: p.row, left: p.col, bottom: q.row, right: q.col });
  }

  activate(): void {
    const s = this.existing();
    this.ctx.enqueue(() => {
      this.ctx.state.activeSheet = s.name;
      this.ctx.actions.push(`activate:${s.name}`);
    });
  }

  private existing(): Sheet {
    if (!this.sheet) throw new Error("null object");
    return this.sheet;
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  protected readonly scalarNames = ["items"] as const;
  private itemNames: string[] | null = null;
  private snapshot: FakeWorksheet[] = [];

  protected override commitLoad(): void {
    const itemProps = [...this.requested]
      .map((n) => (n.startsWith("items/") ? n.slice(6) : n))
      .filter((n) => n !== "items" && n !== "*");
    this.snapshot = this.ctx.state.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, s);
      ws.markLoaded(itemProps);
      return ws;
    });
    this.itemNames = itemProps;
    super.commitLoad();
  }

  get items(): FakeWorksheet[] {
    if (this.itemNames === null) throw new PropertyNotLoadedError("items");
    return this.snapshot;
  }

  getItem(name: string): FakeWorksheet {
    const s = this.ctx.state.sheets.find((x) => x.name === name);
    if (!s) throw new ItemNotFoundError(name);
    return new FakeWorksheet(this.ctx, s);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.state.sheets.find((x) => x.name === name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.getItem(this.ctx.state.activeSheet);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly state: FakeState;
  /** Number of context.sync() calls so far. */
  syncCount = 0;
  /** Actions applied at sync, in order: "activate:Sheet", "select:Sheet!B2:C3". */
  readonly actions: string[] = [];
  /** Method calls worth asserting, e.g. "getUsedRangeOrNullObject(true)". */
  readonly calls: string[] = [];
  private queue: (() => void)[] = [];

  constructor(sheets: Sheet[]) {
    this.state = { sheets, activeSheet: sheets[0]?.name ?? "", selection: null };
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    for (const op of ops) op();
  }
}

/** A fake context typed as the real one, for code under test. */
export function fakeContext(sheets: Sheet[]): { context: Excel.RequestContext; fake: FakeRequestContext } {
  const fake = new FakeRequestContext(sheets);
  return { context: fake as unknown as Excel.RequestContext, fake };
}

/** Sheet address helper for fixtures: the A1 address of values[r][c]. */
export function cellOf(sheet: Sheet, r: number, c: number): string {
  return offsetA1(sheet.origin, r, c);
}
