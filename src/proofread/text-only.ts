/**
 * Text-only proofreading: no workbook, so the items are the vocabulary's (without figures) plus the
 * functional 类/款/项 the text itself names ("X（类）"), each a part of the one above it.
 */
import type { FinalAccounts } from "../tables/model";
import type { ItemRegistry } from "./vocabulary";

/** Accounts with no tables: every rule that needs a table figure stays silent. */
export function emptyAccounts(): FinalAccounts {
  return {
    year: null,
    department: null,
    tables: [],
    supplement: {
      present: false,
      sheet: null,
      priorYear: {},
      initialBudgets: {},
      counts: {},
      vehicleOperationBreakdown: [],
      assets: {},
      texts: {},
      keyProjects: [],
      reasons: {},
    },
  };
}

const NAMED = /[“"]?([\u4e00-\u9fff、]{2,24}?)[”"]?\s*[（(](类|款|项)[，,]?[）)]/g;
const CODE_LENGTH = { 类: 3, 款: 5, 项: 7 } as const;

/**
 * Adds the 类/款/项 the text names to the registry, with made-up codes of the right length
 * ("c01", "s0001" …) so that a 款 named after its 类 is a part of it.
 */
export function addTextItems(text: string, reg: ItemRegistry): void {
  const byName = new Map<string, string>();
  const counters = { 类: 0, 款: 0, 项: 0 };
  let parent: Record<"类" | "款", string | undefined> = { 类: undefined, 款: undefined };
  for (const m of text.matchAll(NAMED)) {
    const level = m[2] as "类" | "款" | "项";
    const name = m[1];
    const key = `${level}:${name}`;
    let code = byName.get(key);
    if (!code) {
      const n = ++counters[level];
      const tag = level === "类" ? "c" : level === "款" ? "s" : "i";
      code = tag + String(n).padStart(CODE_LENGTH[level] - 1, "0");
      byName.set(key, code);
      reg.functional.push({ code, name, level: level === "类" ? "class" : level === "款" ? "section" : "item" });
      const up = level === "款" ? parent.类 : level === "项" ? parent.款 : "generalBudgetExpenditure";
      const id = `functional:${code}`;
      reg.items.set(id, { id, label: name });
      const whole = up ? reg.items.get(up.startsWith("functional:") || up === "generalBudgetExpenditure" ? up : `functional:${up}`) : undefined;
      if (whole) whole.parts = [...(whole.parts ?? []), id];
    }
    if (level === "类") parent = { 类: `functional:${code}`, 款: undefined };
    else if (level === "款") parent.款 = `functional:${code}`;
  }
}
