import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { TABLE_NAMES } from "../../checks";
import type { DetectedTable, TableId } from "../../tables/model";
import { ALL_TABLE_IDS } from "../logic/pane-settings";
import type { TableLocation } from "../logic/table-locations";
import { S } from "../strings";
import type { Pane } from "../state";
import { PriorYearPanel } from "./PriorYearPanel";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  missing: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  meta: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  fit: { minWidth: 0, width: "100%" },
});

function variantText(v: string): string {
  return S.tables.variants[v] ?? "";
}

function TableItem({ t }: { t: DetectedTable }) {
  const styles = useStyles();
  const name = TABLE_NAMES[t.id] ?? t.title;
  const parts = t.parts.length > 1 ? t.parts.map((p) => `${p.sheet}!${p.range}`).join("，") : `${t.sheet}!${t.range}`;
  const variants = t.variants.map(variantText).filter(Boolean);
  return (
    <li className={styles.item} data-testid="table-found" data-table-id={t.id}>
      <Text weight="semibold">{name}</Text>
      <Text size={200} className={styles.meta}>
        {S.tables.columns.where}：{parts} · {S.tables.columns.unit}：{S.tables.unit[t.unit] ?? ""}
        {variants.length > 0 ? ` · ${S.tables.columns.variants}：${variants.join("、")}` : ""}
      </Text>
    </li>
  );
}

function Located({ id, name, where, pane }: { id: TableId; name: string; where: string; pane: Pane }) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Text size={200}>{S.tables.located(where)}</Text>
      <Button size="small" appearance="subtle" onClick={() => pane.clearTable(id)} aria-label={S.tables.clearLocationLabel(name)} disabled={pane.busy !== null}>
        {S.tables.clearLocation}
      </Button>
    </div>
  );
}

/** One control to say where a table is: pick the table, select it in Excel, press the button. */
function PointTable({ pane, initial }: { pane: Pane; initial: TableId }) {
  const styles = useStyles();
  const [id, setId] = useState<TableId>(initial);
  return (
    <div className={styles.col}>
      <Text weight="semibold">{S.tables.locate}</Text>
      <Text size={200} className={styles.meta}>
        {S.tables.locateHint}
      </Text>
      <Field label={S.tables.whichTable} className={styles.fit}>
        <Select className={styles.fit} value={id} onChange={(_, d) => setId(d.value as TableId)} data-testid="point-table-id">
          {ALL_TABLE_IDS.map((t) => (
            <option key={t} value={t}>
              {TABLE_NAMES[t]}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={() => pane.pointTable(id)} disabled={pane.busy !== null} data-testid="point-table">
        {S.tables.pointHere}
      </Button>
    </div>
  );
}

export function TablesStep({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const a = pane.analysis;
  const reading = pane.busy === "read";
  const located = Object.entries(pane.settings.tableLocations).filter((e): e is [TableId, TableLocation] => e[1] !== undefined);
  return (
    <section className={styles.col} aria-labelledby="tables-heading">
      <Text id="tables-heading">{S.tables.intro}</Text>
      <div className={styles.row}>
        <Button appearance={pane.nextAction === "read" ? "primary" : "secondary"} onClick={pane.read} disabled={pane.busy !== null} data-testid="read">
          {a ? S.tables.reread : S.tables.read}
        </Button>
        {reading && <Spinner size="tiny" label={S.tables.reading} />}
      </div>
      {!a && !reading && <Text className={styles.meta}>{S.tables.none}</Text>}
      {a && (
        <>
          <Text weight="semibold" data-testid="tables-found-count">
            {S.tables.found(a.accounts.tables.length)}
          </Text>
          <ul className={styles.list} aria-label={S.tables.found(a.accounts.tables.length)}>
            {a.accounts.tables.map((t) => (
              <TableItem key={`${t.id}|${t.sheet}|${t.range}`} t={t} />
            ))}
          </ul>
          {a.missingTables.length > 0 && (
            <>
              <Text weight="semibold" data-testid="tables-missing-count">
                {S.tables.missing(a.missingTables.length)}
              </Text>
              <ul className={styles.list} aria-label={S.tables.missingList}>
                {a.missingTables.map((id) => (
                  <li key={id} className={`${styles.item} ${styles.missing}`} data-testid="table-missing" data-table-id={id}>
                    <Text>{TABLE_NAMES[id]}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          <PriorYearPanel pane={pane} />
          <PointTable pane={pane} initial={a.missingTables[0] ?? "incomeExpenditureSummary"} />
          {located.length > 0 && (
            <ul className={styles.list} aria-label={S.tables.locatedList}>
              {located.map(([id, loc]) => (
                <li key={id} className={styles.item} data-testid="table-located" data-table-id={id}>
                  <Text>{TABLE_NAMES[id]}</Text>
                  <Located id={id} name={TABLE_NAMES[id]} where={`${loc.sheet}!${loc.range}`} pane={pane} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
