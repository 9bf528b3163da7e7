/**
 * A stand-in for the Excel JavaScript API (Office.js) that reads AND writes, backed by plain Sheet data.
 * The one fake of Office.js: used by the Node unit tests of src/office/ and the pane, and, bundled, by the
 * browser harness (test/harness/office-standin.ts).
 *
 * Faithful where our adapter could go wrong:
 * - commands are queued and run at `context.sync()` (counted in `log.syncs`), in order;
 * - a scalar property read before it was loaded and synced throws PropertyNotLoaded;
 * - `range.values = grid` must be a rectangular array of exactly the range's size (or one scalar),
 *   else InvalidArgument at sync;
 * - getItem of a missing sheet fails with ItemNotFound at sync; add of an existing name (case-insensitive)
 *   fails with ItemAlreadyExists; sheet names are checked as Excel does (≤ 31 chars, no []:*?/\).
 * Every write, new sheet, activation and selection is recorded in `log` for assertions; activations and
 * selections also in order in `log.actions`, and getUsedRangeOrNullObject calls in `log.calls`.
 */
import type { CellValue } from "../../src/core";
import { columnIndex, columnLetters, isCellError, parseA1 } from "../../src/core";
import type { Sheet } from "../../src/tables/model";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** Reading a property that was not loaded and synced. */
export class PropertyNotLoadedError extends FakeOfficeError {
  constructor(property: string) {
    super(
      "PropertyNotLoaded",
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }
}

interface FakeSheet {
  name: string;
  /** Absolute grid from A1: cells[r][c]. */
  cells: CellValue[][];
  columnWidths: Record<number, number>;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Charts on the sheet (created on first use). */
  charts?: ChartRecord[];
}

/** A chart added with worksheet.charts.add, and every property the adapter set on it. */
export interface ChartRecord {
  sheet: string;
  type: string;
  /** Local address of the source range, e.g. "D2:F8". */
  source: string;
  seriesBy: string | undefined;
  /** Properties as set: "name", "left", "title.text", "legend.visible", "dataLabels.showValue" … */
  props: Record<string, unknown>;
  deleted: boolean;
}

export interface WriteRecord {
  sheet: string;
  address: string;
  values: unknown[][];
}

export interface FormatRecord {
  sheet: string;
  address: string;
  property: string;
  value: unknown;
}

export interface FakeLog {
  writes: WriteRecord[];
  formats: FormatRecord[];
  addedSheets: string[];
  deletedSheets: string[];
  activated: string[];
  /** "Sheet!A1:B2" for every range.select(). */
  selections: string[];
  /** Activations and selections in the order they ran: "activate:Sheet", "select:Sheet!B2:C3". */
  actions: string[];
  /** Method calls worth asserting, e.g. "getUsedRangeOrNullObject(true)". */
  calls: string[];
  /** Every chart added, in order (deleted ones stay, marked). */
  charts: ChartRecord[];
  syncs: number;
}

interface Box {
  sheet: FakeSheet;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const INVALID_NAME = /[[\]:*?/\\]/;

/** Excel's sheet-name quoting in addresses ("'My sheet'!A1"). */
function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function localAddress(b: Pick<Box, "r0" | "c0" | "r1" | "c1">): string {
  const a = `${columnLetters(b.c0)}${b.r0 + 1}`;
  return b.r0 === b.r1 && b.c0 === b.c1 ? a : `${a}:${columnLetters(b.c1)}${b.r1 + 1}`;
}

/** Parses "A1", "A1:C3", "A:C", "3:5" (optionally "Sheet!…") into 0-based corners. */
function parseAddress(address: string): { sheet: string | null; r0: number; c0: number; r1: number; c1: number } {
  let sheet: string | null = null;
  let a = address.trim();
  const bang = a.lastIndexOf("!");
  if (bang >= 0) {
    sheet = a.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    a = a.slice(bang + 1);
  }
  a = a.replace(/\$/g, "");
  const [from, to = from] = a.split(":");
  const MAXR = 1048575;
  const MAXC = 16383;
  const corner = (s: string, end: boolean): { r: number; c: number } => {
    if (/^[A-Za-z]{1,3}$/.test(s)) return { r: end ? MAXR : 0, c: columnIndex(s) };
    if (/^\d+$/.test(s)) return { r: Number(s) - 1, c: end ? MAXC : 0 };
    const p = parseA1(s);
    return { r: p.row, c: p.col };
  };
  const f = corner(from, false);
  const t = corner(to, true);
  return { sheet, r0: Math.min(f.r, t.r), c0: Math.min(f.c, t.c), r1: Math.max(f.r, t.r), c1: Math.max(f.c, t.c) };
}

function toOfficeValue(v: CellValue | undefined): unknown {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  return v;
}

function fromOfficeValue(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** Base of every proxy: load() marks properties, sync fills them, reads before that throw. */
abstract class ClientObject {
  protected readonly ctx: FakeRequestContext;
  private readonly requested = new Set<string>();
  private readonly loaded = new Map<string, unknown>();
  /** Made by a *OrNullObject method: a missing target is a null object, not an ItemNotFound error. */
  nullable = false;

  constructor(ctx: FakeRequestContext) {
    this.ctx = ctx;
  }

  /** Property values at sync time. */
  protected abstract snapshot(prop: string): unknown;

  load(props?: string | string[] | Record<string, unknown>): this {
    let list: string[];
    if (props === undefined) list = this.defaultProps();
    else if (typeof props === "string") list = props.split(",").map((s) => s.trim());
    else if (Array.isArray(props)) list = props;
    else list = Object.keys(props);
    for (const p of list) if (p) this.requested.add(p.split("/")[0]);
    // Like Office.js, any synced load also tells whether a *OrNullObject proxy is null.
    const wanted = [...this.requested, "isNullObject"];
    this.ctx.enqueue(() => {
      for (const p of wanted) this.loaded.set(p, this.snapshot(p));
    });
    return this;
  }

  protected defaultProps(): string[] {
    return [];
  }

  /** Fills properties at once: a collection's load("items/name") fills its items in the same sync. */
  fillNow(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }

  protected get(prop: string): unknown {
    if (!this.loaded.has(prop)) throw new PropertyNotLoadedError(prop);
    return this.loaded.get(prop);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export class FakeRangeFormat {
  readonly font: { bold?: boolean; name?: string; size?: number; color?: string };
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => Box,
  ) {
    const record = (property: string, value: unknown): void =>
      ctx.enqueue(() => {
        const b = resolve();
        ctx.log.formats.push({ sheet: b.sheet.name, address: localAddress(b), property, value });
      });
    this.font = new Proxy(
      {},
      {
        set: (_t, p, v) => {
          record(`font.${String(p)}`, v);
          return true;
        },
      },
    );
  }
  private record(property: string, value: unknown): void {
    this.ctx.enqueue(() => {
      const b = this.resolve();
      if (property === "columnWidth" && typeof value === "number") {
        for (let c = b.c0; c <= b.c1; c++) b.sheet.columnWidths[c] = value;
      }
      this.ctx.log.formats.push({ sheet: b.sheet.name, address: localAddress(b), property, value });
    });
  }
  set columnWidth(v: number) {
    this.record("columnWidth", v);
  }
  set rowHeight(v: number) {
    this.record("rowHeight", v);
  }
  set wrapText(v: boolean) {
    this.record("wrapText", v);
  }
  set verticalAlignment(v: string) {
    this.record("verticalAlignment", v);
  }
  set horizontalAlignment(v: string) {
    this.record("horizontalAlignment", v);
  }
  autofitColumns(): void {
    this.record("autofitColumns", true);
  }
  autofitRows(): void {
    this.record("autofitRows", true);
  }
}

export class FakeRange extends ClientObject {
  readonly format: FakeRangeFormat;
  constructor(
    ctx: FakeRequestContext,
    private readonly resolveBox: () => Box | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => this.box());
  }
  private box(): Box {
    const b = this.resolveBox();
    if (!b) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return b;
  }
  protected override defaultProps(): string[] {
    return ["address", "values", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  }
  protected snapshot(prop: string): unknown {
    if (prop === "isNullObject") return this.resolveBox() === null;
    if (this.resolveBox() === null && this.nullable) return null;
    const b = this.box();
    const grid = (f: (v: CellValue | undefined) => unknown): unknown[][] => {
      const out: unknown[][] = [];
      for (let r = b.r0; r <= b.r1; r++) {
        const row: unknown[] = [];
        for (let c = b.c0; c <= b.c1; c++) row.push(f(b.sheet.cells[r]?.[c]));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "address":
        return `${quoteSheet(b.sheet.name)}!${localAddress(b)}`;
      case "addressLocal":
        return `${quoteSheet(b.sheet.name)}!${localAddress(b)}`;
      case "values":
      case "formulas":
      case "valuesAsJson":
        return grid(toOfficeValue);
      case "text":
        return grid((v) => String(toOfficeValue(v)));
      case "numberFormat":
        return grid(() => "General");
      case "rowCount":
        return b.r1 - b.r0 + 1;
      case "columnCount":
        return b.c1 - b.c0 + 1;
      case "rowIndex":
        return b.r0;
      case "columnIndex":
        return b.c0;
      case "cellCount":
        return (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
      default:
        throw new FakeOfficeError("InvalidArgument", `fake Range has no property '${prop}'`);
    }
  }
  get isNullObject(): boolean {
    return this.get("isNullObject") as boolean;
  }
  get address(): string {
    return this.get("address") as string;
  }
  get addressLocal(): string {
    return this.get("addressLocal") as string;
  }
  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
  set values(v: unknown[][]) {
    const copy = Array.isArray(v) ? v.map((row) => (Array.isArray(row) ? [...row] : row)) : v;
    this.ctx.enqueue(() => {
      const b = this.box();
      const rows = b.r1 - b.r0 + 1;
      const cols = b.c1 - b.c0 + 1;
      let grid: unknown[][];
      if (!Array.isArray(copy)) {
        grid = Array.from({ length: rows }, () => Array.from({ length: cols }, () => copy));
      } else {
        if (copy.length !== rows || copy.some((row) => !Array.isArray(row) || row.length !== cols)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        }
        grid = copy as unknown[][];
      }
      for (let r = 0; r < rows; r++) {
        const target = (b.sheet.cells[b.r0 + r] ??= []);
        for (let c = 0; c < cols; c++) target[b.c0 + c] = fromOfficeValue(grid[r][c]);
      }
      this.ctx.log.writes.push({ sheet: b.sheet.name, address: localAddress(b), values: grid });
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas") as unknown[][];
  }
  get text(): string[][] {
    return this.get("text") as string[][];
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat") as string[][];
  }
  set numberFormat(v: string[][]) {
    this.ctx.enqueue(() => {
      const b = this.box();
      const rows = b.r1 - b.r0 + 1;
      const cols = b.c1 - b.c0 + 1;
      if (!Array.isArray(v) || v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      this.ctx.log.formats.push({ sheet: b.sheet.name, address: localAddress(b), property: "numberFormat", value: v });
    });
  }
  /** The range's box, for objects that take a range as an argument (charts.add). */
  resolveForChart(): { sheet: FakeSheet; address: string } {
    const b = this.box();
    return { sheet: b.sheet, address: localAddress(b) };
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  select(): void {
    this.ctx.enqueue(() => {
      const b = this.box();
      this.ctx.state.active = b.sheet.name;
      this.ctx.state.selection = { sheet: b.sheet.name, address: localAddress(b) };
      this.ctx.log.selections.push(`${b.sheet.name}!${localAddress(b)}`);
      this.ctx.log.actions.push(`select:${b.sheet.name}!${localAddress(b)}`);
    });
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const b = this.box();
      for (let r = b.r0; r <= b.r1; r++) {
        const row = b.sheet.cells[r];
        if (row) for (let c = b.c0; c <= b.c1 && c < row.length; c++) row[c] = null;
      }
      this.ctx.log.writes.push({ sheet: b.sheet.name, address: localAddress(b), values: [["<clear>"]] });
    });
  }
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const b = this.box();
      return { ...b, r0: b.r0 + row, c0: b.c0 + column, r1: b.r0 + row, c1: b.c0 + column };
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const b = this.box();
      return { ...b, r1: b.r1 + deltaRows, c1: b.c1 + deltaColumns };
    });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const b = this.box();
      return { ...b, r0: b.r0 + rowOffset, r1: b.r1 + rowOffset, c0: b.c0 + columnOffset, c1: b.c1 + columnOffset };
    });
  }
  /** The smallest range covering the non-blank cells inside this one; a null object when all are blank. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.log.calls.push(`range.getUsedRangeOrNullObject(${valuesOnly === true})`);
    const r = new FakeRange(this.ctx, () => {
      const b = this.box();
      let r0 = Infinity;
      let c0 = Infinity;
      let r1 = -1;
      let c1 = -1;
      for (let row = b.r0; row <= Math.min(b.r1, b.sheet.cells.length - 1); row++) {
        const cells = b.sheet.cells[row] ?? [];
        for (let c = b.c0; c <= Math.min(b.c1, cells.length - 1); c++) {
          const v = cells[c];
          if (v === null || v === undefined || v === "") continue;
          r0 = Math.min(r0, row);
          c0 = Math.min(c0, c);
          r1 = Math.max(r1, row);
          c1 = Math.max(c1, c);
        }
      }
      return r1 < 0 ? null : { sheet: b.sheet, r0, c0, r1, c1 };
    });
    r.nullable = true;
    return r;
  }
  getEntireColumn(): FakeRange {
    return new FakeRange(this.ctx, () => ({ ...this.box(), r0: 0, r1: 1048575 }));
  }
}

export class FakeWorksheet extends ClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly resolveSheet: () => FakeSheet | null,
  ) {
    super(ctx);
  }
  private sheet(): FakeSheet {
    const s = this.resolveSheet();
    if (!s) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }
  protected override defaultProps(): string[] {
    return ["name", "position", "visibility"];
  }
  protected snapshot(prop: string): unknown {
    if (prop === "isNullObject") return this.resolveSheet() === null;
    if (this.resolveSheet() === null && this.nullable) return null;
    const s = this.sheet();
    switch (prop) {
      case "name":
        return s.name;
      case "position":
        return this.ctx.state.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "id":
        return `{sheet-${s.name}}`;
      default:
        throw new FakeOfficeError("InvalidArgument", `fake Worksheet has no property '${prop}'`);
    }
  }
  get isNullObject(): boolean {
    return this.get("isNullObject") as boolean;
  }
  get name(): string {
    return this.get("name") as string;
  }
  set name(v: string) {
    this.ctx.enqueue(() => {
      this.sheet().name = v;
    });
  }
  get position(): number {
    return this.get("position") as number;
  }
  get visibility(): string {
    return this.get("visibility") as string;
  }
  get id(): string {
    return this.get("id") as string;
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      if (!address) return { sheet: s, r0: 0, c0: 0, r1: 1048575, c1: 16383 };
      const p = parseAddress(address);
      return { sheet: s, r0: p.r0, c0: p.c0, r1: p.r1, c1: p.c1 };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.sheet(),
      r0: startRow,
      c0: startColumn,
      r1: startRow + rowCount - 1,
      c1: startColumn + columnCount - 1,
    }));
  }
  private usedBox(): Box | null {
    const s = this.sheet();
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    s.cells.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined) return;
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }),
    );
    return r1 < 0 ? null : { sheet: s, r0, c0, r1, c1 };
  }
  getUsedRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.usedBox() ?? { sheet: this.sheet(), r0: 0, c0: 0, r1: 0, c1: 0 });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.log.calls.push(`getUsedRangeOrNullObject(${valuesOnly === true})`);
    const r = new FakeRange(this.ctx, () => (this.resolveSheet() ? this.usedBox() : null));
    r.nullable = true;
    return r;
  }
  private chartCollection: FakeChartCollection | null = null;
  /** The same collection object on every access, as in Office.js. */
  get charts(): FakeChartCollection {
    return (this.chartCollection ??= new FakeChartCollection(this.ctx, () => this.sheet()));
  }
  activate(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      this.ctx.state.active = s.name;
      this.ctx.log.activated.push(s.name);
      this.ctx.log.actions.push(`activate:${s.name}`);
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      this.ctx.state.sheets.splice(this.ctx.state.sheets.indexOf(s), 1);
      this.ctx.log.deletedSheets.push(s.name);
    });
  }
}

/** A chart proxy: every property set is recorded at sync; title/legend/dataLabels are nested records. */
export class FakeChart {
  readonly title: { text?: string };
  readonly legend: { visible?: boolean; position?: string };
  readonly dataLabels: { showValue?: boolean; showPercentage?: boolean };
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly record: () => ChartRecord,
  ) {
    const nested = (prefix: string) =>
      new Proxy({} as Record<string, unknown>, {
        set: (_t, p, v) => {
          this.set(`${prefix}.${String(p)}`, v);
          return true;
        },
      });
    this.title = nested("title");
    this.legend = nested("legend");
    this.dataLabels = nested("dataLabels");
  }
  private set(prop: string, v: unknown): void {
    this.ctx.enqueue(() => {
      this.record().props[prop] = v;
    });
  }
  set name(v: string) {
    this.set("name", v);
  }
  set left(v: number) {
    this.set("left", v);
  }
  set top(v: number) {
    this.set("top", v);
  }
  set width(v: number) {
    this.set("width", v);
  }
  set height(v: number) {
    this.set("height", v);
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.record().deleted = true;
    });
  }
}

/** worksheet.charts: add(type, sourceRange, seriesBy) and load("items") of the charts not deleted. */
export class FakeChartCollection extends ClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected override defaultProps(): string[] {
    return ["items"];
  }
  protected snapshot(prop: string): unknown {
    if (prop === "isNullObject") return false;
    if (prop !== "items") throw new FakeOfficeError("InvalidArgument", `fake ChartCollection has no property '${prop}'`);
    return (this.sheet().charts ?? []).filter((c) => !c.deleted).map((c) => new FakeChart(this.ctx, () => c));
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    void props;
    return super.load("items");
  }
  get items(): FakeChart[] {
    return this.get("items") as FakeChart[];
  }
  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    let created: ChartRecord | null = null;
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const src = source.resolveForChart();
      if (src.sheet !== s) throw new FakeOfficeError("InvalidArgument", "The chart's source range is on another sheet.");
      created = { sheet: s.name, type, source: src.address, seriesBy, props: {}, deleted: false };
      (s.charts ??= []).push(created);
      this.ctx.log.charts.push(created);
    });
    return new FakeChart(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The chart was not created.");
      return created;
    });
  }
}

export class FakeWorksheetCollection extends ClientObject {
  private itemsSnapshot: FakeWorksheet[] | null = null;
  protected override defaultProps(): string[] {
    return ["items"];
  }
  protected snapshot(prop: string): unknown {
    if (prop === "isNullObject") return false;
    if (prop !== "items") throw new FakeOfficeError("InvalidArgument", `fake WorksheetCollection has no property '${prop}'`);
    const sheets = [...this.ctx.state.sheets];
    const items = sheets.map((s) => {
      return new FakeWorksheet(this.ctx, () => (this.ctx.state.sheets.includes(s) ? s : null));
    });
    this.itemsSnapshot = items;
    return items;
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    super.load("items");
    // "items/name" etc.: load those on each item in the same sync.
    const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : [];
    const itemProps = list
      .map((p) => p.trim())
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice(6));
    const wanted = itemProps.length > 0 ? itemProps : ["name", "position", "visibility"];
    this.ctx.enqueueAfterLoad(() => {
      for (const ws of this.itemsSnapshot ?? []) ws.fillNow(wanted);
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.get("items") as FakeWorksheet[];
  }
  private find(name: string): FakeSheet | null {
    const key = name.toLowerCase();
    return this.ctx.state.sheets.find((s) => s.name.toLowerCase() === key) ?? null;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.find(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, () => this.find(name));
    ws.nullable = true;
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.find(this.ctx.state.active ?? "") ?? this.ctx.state.sheets[0] ?? null);
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue(() => {
      const state = this.ctx.state;
      let n = name;
      if (n === undefined) {
        let i = state.sheets.length + 1;
        while (this.find(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (n.length === 0 || n.length > 31 || INVALID_NAME.test(n) || n.startsWith("'") || n.endsWith("'")) {
        throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${n}`);
      }
      if (this.find(n)) throw new FakeOfficeError("ItemAlreadyExists", `A resource with the same name or identifier already exists: ${n}`);
      created = { name: n, cells: [], columnWidths: {}, visibility: "Visible" };
      state.sheets.push(created);
      this.ctx.log.addedSheets.push(n);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sel = this.ctx.state.selection;
      const sheet = this.ctx.state.sheets.find((s) => s.name === (sel?.sheet ?? this.ctx.state.active)) ?? this.ctx.state.sheets[0];
      if (!sheet) return null;
      const p = parseAddress(sel?.address ?? "A1");
      return { sheet, r0: p.r0, c0: p.c0, r1: p.r1, c1: p.c1 };
    });
  }
  getActiveCell(): FakeRange {
    return this.getSelectedRange().getCell(0, 0);
  }
}

export interface WorkbookState {
  sheets: FakeSheet[];
  active: string | null;
  selection: { sheet: string; address: string } | null;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: (() => void)[] = [];
  private afterLoad: (() => void)[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  constructor(
    readonly state: WorkbookState,
    readonly log: FakeLog,
  ) {
    this.workbook = new FakeWorkbook(this);
  }
  enqueue(op: () => void): void {
    this.queue.push(op);
  }
  enqueueAfterLoad(op: () => void): void {
    this.afterLoad.push(op);
  }
  async sync(): Promise<void> {
    this.log.syncs++;
    const ops = this.queue;
    const after = this.afterLoad;
    this.queue = [];
    this.afterLoad = [];
    for (const op of ops) op();
    for (const op of after) op();
  }
}

/** Converts Sheet data (origin may be C3) to an absolute grid from A1. */
function toFakeSheet(s: Sheet): FakeSheet {
  const o = parseA1(s.origin || "A1");
  const cells: CellValue[][] = [];
  s.values.forEach((row, r) => {
    const target: CellValue[] = [];
    for (let c = 0; c < o.col; c++) target.push(null);
    row.forEach((v) => target.push(v ?? null));
    cells[o.row + r] = target;
  });
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { name: s.name, cells, columnWidths: {}, visibility: "Visible" };
}

/** A workbook shared by every Excel.run: the state persists between runs, each run gets a new context. */
export class FakeExcel {
  readonly state: WorkbookState;
  readonly log: FakeLog = {
    writes: [],
    formats: [],
    addedSheets: [],
    deletedSheets: [],
    activated: [],
    selections: [],
    actions: [],
    calls: [],
    charts: [],
    syncs: 0,
  };
  constructor(sheets: Sheet[]) {
    this.state = { sheets: sheets.map(toFakeSheet), active: sheets[0]?.name ?? null, selection: null };
  }
  newContext(): FakeRequestContext {
    return new FakeRequestContext(this.state, this.log);
  }
  /** Excel.run: a fresh context, the callback's result; pending commands are flushed at the end. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const ctx = this.newContext();
    const result = await batch(ctx);
    await ctx.sync();
    this.log.syncs--; // Excel.run's closing flush is not one of the adapter's syncs
    return result;
  }
  /** Select a range as the user would (for "use the current selection"). */
  selectAsUser(sheet: string, address: string): void {
    this.state.active = sheet;
    this.state.selection = { sheet, address };
  }
  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }
  /** A sheet's content as Sheet data from A1 (trailing blanks kept as null). */
  sheet(name: string): Sheet | undefined {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) return undefined;
    const width = Math.max(0, ...s.cells.map((r) => r?.length ?? 0));
    const values = s.cells.map((r) => Array.from({ length: width }, (_, c) => r?.[c] ?? null));
    return { name: s.name, origin: "A1", values };
  }
  cell(sheet: string, address: string): CellValue {
    const s = this.state.sheets.find((x) => x.name === sheet);
    const p = parseA1(address);
    return s?.cells[p.row]?.[p.col] ?? null;
  }
  columnWidth(sheet: string, col: number): number | undefined {
    return this.state.sheets.find((x) => x.name === sheet)?.columnWidths[col];
  }
}

/** Office.context.document.settings, in memory; saveAsync records each save. */
export class FakeSettings {
  private readonly data = new Map<string, unknown>();
  private saved = new Map<string, unknown>();
  saves = 0;
  constructor(initial: Record<string, unknown> = {}) {
    for (const [k, v] of Object.entries(initial)) {
      this.data.set(k, v);
      this.saved.set(k, v);
    }
  }
  get(name: string): unknown {
    return this.data.has(name) ? JSON.parse(JSON.stringify(this.data.get(name))) : null;
  }
  set(name: string, value: unknown): void {
    this.data.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.data.delete(name);
  }
  saveAsync(...args: unknown[]): void {
    this.saves++;
    this.saved = new Map(this.data);
    const cb = args.find((a): a is (r: { status: string }) => void => typeof a === "function");
    cb?.({ status: "succeeded" });
  }
  /** What a reopened workbook would hold. */
  persisted(): Record<string, unknown> {
    return Object.fromEntries(this.saved);
  }
}
