/** A1 addresses: column letters ↔ indexes, and the provenance strings "Sheet!C12". */

export function columnLetters(index0: number): string {
  let n = index0 + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface CellPosition {
  row: number; // 0-based
  col: number; // 0-based
}

export function parseA1(address: string): CellPosition {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function toA1(pos: CellPosition): string {
  return `${columnLetters(pos.col)}${pos.row + 1}`;
}

/** Address of values[r][c] of a block whose top-left cell is `origin`. */
export function offsetA1(origin: string, r: number, c: number): string {
  const o = parseA1(origin);
  return toA1({ row: o.row + r, col: o.col + c });
}

/** "收入支出决算总表!C12": how findings and provenance name a cell. */
export function cellRef(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

/** A range address "A1:H40" from two corners. */
export function rangeA1(from: CellPosition, to: CellPosition): string {
  return `${toA1(from)}:${toA1(to)}`;
}

/** Splits "Sheet!C12" (or "'My sheet'!C12:D14") into sheet and address. */
export function splitRef(ref: string): { sheet: string; address: string } {
  const i = ref.lastIndexOf("!");
  if (i < 0) return { sheet: "", address: ref };
  let sheet = ref.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(i + 1) };
}

/** A reference Excel accepts in formulas and getRange: quotes the sheet name when needed. */
export function excelRef(sheet: string, address: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}
