import { shanghaiWorkbooks } from "./examples/src/shanghai";
import { readFinalAccounts } from "./src/tables";
import { generateNarrative, chooseProfile } from "./src/narrative";
for (const wb of shanghaiWorkbooks()) {
  const { accounts } = readFinalAccounts(wb.sheets);
  const c = chooseProfile(accounts);
  const n = generateNarrative(accounts, { profile: c.id });
  let figs = 0, gaps = 0;
  const per: string[] = [];
  for (const s of n.sections) {
    let f = 0, g = 0;
    for (const p of s.paragraphs) for (const r of p.runs) { if (r.kind === "figure") f++; if (r.kind === "gap") g++; }
    figs += f; gaps += g;
    per.push(`${s.title.slice(0, 14)}: ${f}/${g}`);
  }
  console.log(wb.file, c.id, `sections=${n.sections.length}`, `figures=${figs}`, `gaps=${gaps}`, `warnings=${n.warnings.length}`);
  console.log("  " + per.join(" | "));
}
