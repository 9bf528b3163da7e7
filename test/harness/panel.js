/* global document */
// The harness's workbook view beside the pane (plain DOM, text only: cell contents never become HTML).
// Click a cell to select it as the user would; shift-click extends the selection.
(function () {
  "use strict";
  const frame = document.getElementById("pane");
  const tabs = document.getElementById("tabs");
  const grid = document.getElementById("grid");
  const status = document.getElementById("status");
  const log = document.getElementById("log");
  let shown = null;
  let anchor = null;
  const MAX_ROWS = 200;
  const MAX_COLS = 20;

  function letters(i) {
    let n = i + 1;
    let s = "";
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function parse(a) {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) return null;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]) - 1, c: c - 1 };
  }
  function text(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "object") return v.error;
    return String(v);
  }

  function draw(h) {
    const state = h.excel.state;
    if (!shown || !state.sheets.some((s) => s.name === shown)) shown = state.active || (state.sheets[0] && state.sheets[0].name);
    if (state.active && state.active !== shown && draw.lastActive !== state.active) shown = state.active;
    draw.lastActive = state.active;
    tabs.replaceChildren(
      ...state.sheets.map((s) => {
        const b = document.createElement("button");
        b.textContent = s.name;
        b.setAttribute("aria-pressed", String(s.name === shown));
        b.onclick = () => {
          shown = s.name;
          draw(h);
        };
        return b;
      }),
    );
    const sheet = state.sheets.find((s) => s.name === shown);
    const sel = state.selection && state.selection.sheet === shown ? state.selection.address.split(":") : null;
    const a = sel ? parse(sel[0]) : null;
    const b = sel ? parse(sel[1] || sel[0]) : null;
    status.textContent = `文件：${h.file} · 活动工作表：${state.active || ""} · 选区：${state.selection ? state.selection.sheet + "!" + state.selection.address : "无"} · 同步次数：${h.excel.log.syncs}`;
    const table = document.createElement("table");
    if (sheet) {
      const width = Math.min(MAX_COLS, Math.max(1, ...sheet.cells.map((r) => (r ? r.length : 0))));
      const head = table.insertRow();
      head.appendChild(document.createElement("th"));
      for (let c = 0; c < width; c++) {
        const th = document.createElement("th");
        th.textContent = letters(c);
        head.appendChild(th);
      }
      for (let r = 0; r < Math.min(MAX_ROWS, sheet.cells.length); r++) {
        const tr = table.insertRow();
        const th = document.createElement("th");
        th.textContent = String(r + 1);
        tr.appendChild(th);
        for (let c = 0; c < width; c++) {
          const td = tr.insertCell();
          td.textContent = text(sheet.cells[r] && sheet.cells[r][c]);
          if (a && b && r >= Math.min(a.r, b.r) && r <= Math.max(a.r, b.r) && c >= Math.min(a.c, b.c) && c <= Math.max(a.c, b.c)) td.className = "sel";
          td.onclick = (e) => {
            const here = letters(c) + (r + 1);
            if (e.shiftKey && anchor) h.selectAsUser(shown, anchor + ":" + here);
            else {
              anchor = here;
              h.selectAsUser(shown, here);
            }
          };
        }
      }
    }
    grid.replaceChildren(table);
    const l = h.excel.log;
    log.textContent = [
      ...l.addedSheets.map((n) => `新建工作表 ${n}`),
      ...l.writes.map((w) => `写入 ${w.sheet}!${w.address}（${w.values.length} 行）`),
      ...l.selections.map((s) => `选中 ${s}`),
    ].join("\n");
  }

  frame.addEventListener("load", () => {
    const h = frame.contentWindow.__harness;
    if (!h) return;
    h.ready.then(() => {
      h.onChange(() => draw(h));
      draw(h);
    });
  });
})();
