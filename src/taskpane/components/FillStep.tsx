/**
 * 补充待填写: every gap of the narrative as a plain item — what is missing, the figures it concerns, the
 * unit — with the input it needs (several lines for a text). Errors and confirmations show at the field.
 * A table that was not found has no input: the item says why and what to do.
 */
import { Button, Field, Input, Spinner, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { TABLE_NAMES } from "../../checks";
import { type CellValue, UNIT_LABEL } from "../../core";
import { acceptedForms } from "../logic/amount-input";
import { type Need, sheetUnit } from "../logic/needs";
import { S } from "../strings";
import type { Pane } from "../state";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  table: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  figures: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, fontVariantNumeric: "tabular-nums" },
  meta: { color: tokens.colorNeutralForeground2 },
  input: { width: "100%", minWidth: 0 },
});

function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "object") return "";
  return String(v);
}

function NeedItem({ need, pane, unit, first }: { need: Need; pane: Pane; unit: string; first: boolean }) {
  const styles = useStyles();
  const [value, setValue] = useState(need.slot ? cellText(need.slot.value) : "");
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const item = useRef<HTMLLIElement>(null);
  const focused = pane.focusKey === need.key;
  useEffect(() => {
    if (!focused) return;
    // The first item is shown with the step's count above it (as far as the input stays in view); any
    // other item at the top of the view.
    const show = () => {
      const view = first ? (item.current?.closest("section") ?? item.current) : item.current;
      view?.scrollIntoView({ block: "start" });
      input.current?.scrollIntoView({ block: "nearest" });
    };
    show();
    input.current?.focus({ preventScroll: true });
    // The step may still be opening (the accordion's motion lays its content out a moment later): while
    // the page settles, bring the input back if it left the view, as long as it has the focus. The page is
    // never moved while the input is in view, and not at all once the user points, clicks or scrolls:
    // nothing may jump under the pointer.
    if (typeof ResizeObserver === "undefined") return;
    const settle = new ResizeObserver(() => {
      const el = input.current;
      if (!el || document.activeElement !== el) return;
      const r = el.getBoundingClientRect();
      if (r.top >= 0 && r.bottom <= window.innerHeight) return;
      show();
    });
    settle.observe(document.body);
    const release = () => settle.disconnect();
    const events = ["pointerdown", "wheel", "touchstart"] as const;
    for (const e of events) window.addEventListener(e, release, { capture: true, passive: true });
    const stop = setTimeout(release, 1000);
    return () => {
      clearTimeout(stop);
      settle.disconnect();
      for (const e of events) window.removeEventListener(e, release, { capture: true });
    };
  }, [focused, first, pane.focusTurn]);
  const save = async (confirmed = false) => {
    setError(null);
    setConfirm(null);
    const r = await pane.saveNeed(need, value, confirmed);
    if (r.status === "error") setError(r.message);
    if (r.status === "confirm") setConfirm(r.message);
  };
  const amount = need.kind === "amount";
  const hint = amount ? `${S.fill.unit(unit)}。${acceptedForms(unit === "万元" ? "wanYuan" : "yuan")}` : need.kind === "count" ? S.fill.countUnit : S.fill.textHint;
  const where = need.slot ? `${pane.analysis?.accounts.supplement.sheet ?? "补充信息"}!${need.slot.address}（${need.key}）` : need.key;
  return (
    <li className={styles.item} ref={item} data-testid="need" data-key={need.key}>
      <Text weight="semibold" title={where}>
        {need.title}
      </Text>
      {need.figures.length > 0 && (
        <dl className={styles.figures} aria-label={S.fill.figures} data-testid="need-figures">
          {need.figures.map((f) => (
            <div key={f.label} style={{ display: "contents" }}>
              <dt className={styles.dt}>{f.label}</dt>
              <dd className={styles.dd}>{f.text}</dd>
            </div>
          ))}
        </dl>
      )}
      <Field
        label={need.label}
        hint={hint}
        validationState={error ? "error" : confirm ? "warning" : "none"}
        validationMessage={error ?? confirm ?? undefined}
      >
        {need.multiline ? (
          <Textarea ref={input} className={styles.input} resize="vertical" rows={4} value={value} onChange={(_, d) => setValue(d.value)} data-testid="need-input" />
        ) : (
          <Input
            ref={input}
            className={styles.input}
            value={value}
            inputMode={amount || need.kind === "count" ? "decimal" : undefined}
            contentAfter={amount ? <Text size={200}>{unit}</Text> : undefined}
            onChange={(_, d) => {
              setValue(d.value);
              setConfirm(null);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") void save();
            }}
            data-testid="need-input"
          />
        )}
      </Field>
      <div className={styles.row}>
        {confirm ? (
          <>
            <Button appearance="primary" onClick={() => void save(true)} disabled={pane.busy !== null} data-testid="need-confirm">
              {S.fill.saveAnyway}
            </Button>
            <Button onClick={() => (setConfirm(null), input.current?.focus())} data-testid="need-edit">
              {S.fill.edit}
            </Button>
          </>
        ) : (
          <Button appearance={focused ? "primary" : "secondary"} onClick={() => void save()} disabled={pane.busy !== null} aria-label={S.fill.saveLabel(need.title)} data-testid="need-save">
            {S.fill.save}
          </Button>
        )}
        {focused && pane.busy === "save" && <Spinner size="tiny" />}
      </div>
    </li>
  );
}

function TableNeed({ need, pane }: { need: Need; pane: Pane }) {
  const styles = useStyles();
  const name = need.table ? TABLE_NAMES[need.table] : need.title;
  return (
    <li className={`${styles.item} ${styles.table}`} data-testid="need-table" data-key={need.key}>
      <Text weight="semibold">{S.fill.missingTable(name)}</Text>
      <Text size={200}>{S.fill.missingTableWhy}</Text>
      <div className={styles.row}>
        <Button size="small" onClick={() => need.table && pane.pointTable(need.table)} disabled={pane.busy !== null} aria-label={S.tables.pointHereLabel(name)}>
          {S.tables.pointHere}
        </Button>
      </div>
    </li>
  );
}

export function FillStep({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const a = pane.analysis;
  if (!a) return <Text className={styles.meta}>{S.supplement.needsRead}</Text>;
  const sheet = a.sheets.find((s) => s.name === (a.accounts.supplement.sheet ?? "补充信息"));
  const unit = UNIT_LABEL[sheetUnit(sheet)];
  const tables = pane.needs.filter((n) => n.kind === "table");
  return (
    <section className={styles.col}>
      <Text>{S.fill.intro}</Text>
      {pane.toFill.length === 0 ? (
        <Text data-testid="fill-count">{S.fill.none}</Text>
      ) : (
        <div className={styles.row}>
          <Text weight="semibold" data-testid="fill-count">
            {S.fill.count(pane.toFill.length)}
          </Text>
          <Button size="small" onClick={pane.nextNeed} data-testid="next-need-fill">
            {S.fill.next(pane.toFill.length)}
          </Button>
        </div>
      )}
      {pane.toFill.length > 0 && (
        <ul className={styles.list}>
          {pane.toFill.map((n, i) => (
            // The key includes the cell's current value so a re-read refreshes the input.
            <NeedItem key={`${n.key}|${n.slot ? cellText(n.slot.value) : ""}`} need={n} pane={pane} unit={unit} first={i === 0} />
          ))}
        </ul>
      )}
      {tables.length > 0 && (
        <>
          <Text weight="semibold">{S.tables.missing(tables.length)}</Text>
          <ul className={styles.list}>
            {tables.map((n) => (
              <TableNeed key={n.key} need={n} pane={pane} />
            ))}
          </ul>
        </>
      )}
      <div className={styles.row}>
        <Button appearance="subtle" onClick={pane.openSupplement} disabled={pane.busy !== null} data-testid="supplement-open">
          {a.accounts.supplement.present ? S.fill.openSheet : S.supplement.create}
        </Button>
      </div>
    </section>
  );
}
