import { Button, Field, Input, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { CellValue } from "../../core";
import type { NarrativeWarning } from "../../narrative";
import { SUPPLEMENT_SHEET_NAME } from "../../tables/supplement";
import type { Sheet } from "../../tables/model";
import { type SupplementSlot, findSupplementSlot } from "../logic/supplement-keys";
import { S } from "../strings";
import type { Pane } from "../state";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  edit: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "end" },
  grow: { flexGrow: 1, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
});

function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return String(v);
}

interface Need {
  warning: NarrativeWarning;
  key: string;
  slot: SupplementSlot | null;
}

/** Warnings with a key, one per key, with where each lives in the supplementary sheet. */
export function needsOf(warnings: readonly NarrativeWarning[], sheet: Sheet | undefined): Need[] {
  const seen = new Set<string>();
  const out: Need[] = [];
  for (const w of warnings) {
    if (!w.key || seen.has(w.key)) continue;
    seen.add(w.key);
    out.push({ warning: w, key: w.key, slot: sheet ? findSupplementSlot(sheet, w.key, w.code) : null });
  }
  return out;
}

function NeedItem({ need, pane }: { need: Need; pane: Pane }) {
  const styles = useStyles();
  const id = useId();
  const [value, setValue] = useState(need.slot ? cellText(need.slot.value) : "");
  const what = need.slot?.label ? `${need.slot.label}（${need.key}）` : need.key;
  const save = () => pane.saveSupplement(need.key, need.warning.code, value);
  return (
    <li data-testid="need" data-key={need.key}>
      <Field
        label={need.warning.message}
        hint={need.slot ? `${pane.analysis?.accounts.supplement.sheet ?? SUPPLEMENT_SHEET_NAME}!${need.slot.address}` : S.supplement.notInSheet}
      >
        <div className={styles.edit}>
          <Input
            id={id}
            className={styles.grow}
            value={value}
            onChange={(_, d) => setValue(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && need.slot) save();
            }}
            disabled={!need.slot}
            aria-label={S.supplement.inputLabel(what)}
            data-testid="need-input"
          />
          <Button onClick={save} disabled={!need.slot || pane.busy !== null} aria-label={S.supplement.saveLabel(what)} data-testid="need-save">
            {S.supplement.save}
          </Button>
        </div>
      </Field>
    </li>
  );
}

export function SupplementStep({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const a = pane.analysis;
  const sheetName = a?.accounts.supplement.sheet ?? SUPPLEMENT_SHEET_NAME;
  const sheet = a?.sheets.find((s) => s.name === sheetName);
  const needs = useMemo(() => (a ? needsOf(a.narrative.warnings, sheet) : []), [a, sheet]);
  return (
    <section className={styles.col}>
      <Text>{S.supplement.intro}</Text>
      <div className={styles.row}>
        <Button onClick={pane.openSupplement} disabled={pane.busy !== null} data-testid="supplement-open">
          {a?.accounts.supplement.present ? S.supplement.open : S.supplement.create}
        </Button>
        {pane.busy === "supplement" && <Spinner size="tiny" />}
      </div>
      {!a && <Text className={styles.meta}>{S.supplement.needsRead}</Text>}
      {a && (needs.length === 0 ? <Text>{S.supplement.allDone}</Text> : <Text weight="semibold">{S.supplement.needed(needs.length)}</Text>)}
      {needs.length > 0 && (
        <ul className={styles.list}>
          {needs.map((n) => (
            // The key includes the cell's current value so a re-read refreshes the input.
            <NeedItem key={`${n.key}|${n.slot ? cellText(n.slot.value) : ""}`} need={n} pane={pane} />
          ))}
        </ul>
      )}
    </section>
  );
}
