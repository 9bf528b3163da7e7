/**
 * A small message-template renderer in the spirit of ICU MessageFormat, producing runs.
 *
 *   "{year}年度本年收入合计{amount}，{dir, select, up {比上年增加{change}} down {比上年减少{change}} other {与上年持平}}。"
 *
 * - `{name}` inserts a slot: a string (plain text) or one or more runs (figures, gaps, user text).
 * - `{name, select, key {…} key2 {…} other {…}}` picks a branch by the slot's string value; branches
 *   may contain slots and further selects. A missing branch falls back to `other`, else to nothing.
 * Sentences therefore live as readable data in src/narrative/templates/, never as concatenation in code.
 */
import type { Run } from "./model";

export type SlotValue = string | Run | readonly Run[] | null | undefined;
export type Slots = Record<string, SlotValue>;

type Node =
  | { t: "text"; text: string }
  | { t: "slot"; name: string }
  | { t: "select"; name: string; branches: Record<string, Node[]> };

const cache = new Map<string, Node[]>();

function parse(src: string): Node[] {
  let pos = 0;

  function readNodes(stopAtBrace: boolean): Node[] {
    const out: Node[] = [];
    let text = "";
    while (pos < src.length) {
      const ch = src[pos];
      if (ch === "}") {
        if (!stopAtBrace) throw new SyntaxError(`模板语法错误：多余的“}”（位置 ${pos}）：${src}`);
        break;
      }
      if (ch === "{") {
        if (text) out.push({ t: "text", text });
        text = "";
        pos++;
        out.push(readPlaceholder());
        continue;
      }
      text += ch;
      pos++;
    }
    if (text) out.push({ t: "text", text });
    return out;
  }

  function readPlaceholder(): Node {
    const close = src.indexOf("}", pos);
    const comma = src.indexOf(",", pos);
    if (close < 0) throw new SyntaxError(`模板语法错误：缺少“}”：${src}`);
    if (comma < 0 || close < comma) {
      const name = src.slice(pos, close).trim();
      pos = close + 1;
      return { t: "slot", name };
    }
    const name = src.slice(pos, comma).trim();
    pos = comma + 1;
    const second = src.indexOf(",", pos);
    const kind = src.slice(pos, second).trim();
    if (kind !== "select") throw new SyntaxError(`模板语法错误：不支持的类型“${kind}”：${src}`);
    pos = second + 1;
    const branches: Record<string, Node[]> = {};
    for (;;) {
      while (pos < src.length && /\s/.test(src[pos])) pos++;
      if (src[pos] === "}") {
        pos++;
        break;
      }
      const open = src.indexOf("{", pos);
      if (open < 0) throw new SyntaxError(`模板语法错误：选择分支缺少“{”：${src}`);
      const key = src.slice(pos, open).trim();
      pos = open + 1;
      branches[key] = readNodes(true);
      if (src[pos] !== "}") throw new SyntaxError(`模板语法错误：选择分支缺少“}”：${src}`);
      pos++;
    }
    return { t: "select", name, branches };
  }

  const nodes = readNodes(false);
  return nodes;
}

function compiled(template: string): Node[] {
  let nodes = cache.get(template);
  if (!nodes) {
    nodes = parse(template);
    cache.set(template, nodes);
  }
  return nodes;
}

function emit(nodes: Node[], slots: Slots, out: Run[], template: string): void {
  for (const n of nodes) {
    if (n.t === "text") pushText(out, n.text);
    else if (n.t === "slot") {
      if (!(n.name in slots)) throw new Error(`模板缺少参数“${n.name}”：${template}`);
      pushValue(out, slots[n.name]);
    } else {
      const key = slots[n.name];
      if (typeof key !== "string") throw new Error(`模板选择参数“${n.name}”必须是文本：${template}`);
      const branch = n.branches[key] ?? n.branches.other;
      if (branch) emit(branch, slots, out, template);
    }
  }
}

function pushText(out: Run[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.kind === "text") out[out.length - 1] = { kind: "text", text: last.text + text };
  else out.push({ kind: "text", text });
}

function pushValue(out: Run[], v: SlotValue): void {
  if (v === null || v === undefined) return;
  if (typeof v === "string") return pushText(out, v);
  const runs: readonly Run[] = Array.isArray(v) ? (v as readonly Run[]) : [v as Run];
  for (const r of runs) {
    if (r.kind === "text") pushText(out, r.text);
    else out.push(r);
  }
}

/** Renders a template into runs; adjacent text is merged. Throws on a malformed template or missing slot. */
export function fill(template: string, slots: Slots = {}): Run[] {
  const out: Run[] = [];
  emit(compiled(template), slots, out, template);
  return out;
}

/** Joins run lists with a separator text (e.g. "；"). */
export function joinRuns(parts: readonly (readonly Run[])[], separator: string): Run[] {
  const out: Run[] = [];
  parts.forEach((p, i) => {
    if (i > 0) pushText(out, separator);
    for (const r of p) pushValue(out, r);
  });
  return out;
}
