import { Button, Spinner, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../tables/model";
import { S } from "../strings";
import type { Pane } from "../state";
import { NarrativePreview } from "./NarrativePreview";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, maxHeight: "40vh", overflowY: "auto" },
  finding: {
    display: "block",
    width: "100%",
    textAlign: "left",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    border: "none",
    borderLeft: "4px solid",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    ":disabled": { cursor: "default" },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  sevError: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  sevWarning: { color: tokens.colorPaletteMarigoldForeground1, fontWeight: tokens.fontWeightSemibold },
  sevInfo: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
});

function FindingItem({ f, pane }: { f: Finding; pane: Pane }) {
  const styles = useStyles();
  const border = f.severity === "error" ? styles.error : f.severity === "warning" ? styles.warning : styles.info;
  const sev = f.severity === "error" ? styles.sevError : f.severity === "warning" ? styles.sevWarning : styles.sevInfo;
  const detail = [f.expected !== undefined ? `应为 ${f.expected}` : "", f.actual !== undefined ? `实为 ${f.actual}` : ""].filter(Boolean).join("，");
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.finding, border)}
        onClick={() => pane.selectCells(f.cells)}
        disabled={f.cells.length === 0}
        title={f.cells.length > 0 ? S.generate.selectCellsLabel(f.cells.join("、")) : undefined}
        data-testid="finding"
        data-severity={f.severity}
      >
        <span className={sev}>{S.generate.severity[f.severity]}</span> {f.message}
        {detail && `（${detail}）`}
      </button>
    </li>
  );
}

export function GenerateStep({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const a = pane.analysis;
  const shown = pane.generated && a;
  const count = (s: Finding["severity"]) => a?.findings.filter((f) => f.severity === s).length ?? 0;
  return (
    <section className={styles.col}>
      <Text>{S.generate.intro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={pane.generate} disabled={pane.busy !== null} data-testid="generate">
          {S.generate.run}
        </Button>
        {pane.busy === "generate" && <Spinner size="tiny" label={S.generate.running} />}
      </div>
      {shown && (
        <>
          <Text weight="semibold" data-testid="findings-summary">
            {a.findings.length === 0 ? S.generate.noFindings : S.generate.findings(count("error"), count("warning"), count("info"))}
          </Text>
          {a.findings.length > 0 && (
            <ul className={styles.list} aria-label={S.generate.findings(count("error"), count("warning"), count("info"))}>
              {a.findings.map((f, i) => (
                <FindingItem key={i} f={f} pane={pane} />
              ))}
            </ul>
          )}
          <Text weight="semibold">
            {S.generate.preview}
            {a.narrative.warnings.length > 0 ? `（${S.generate.warnings(a.narrative.warnings.length)}）` : ""}
          </Text>
          <NarrativePreview narrative={a.narrative} onSelectCells={pane.selectCells} />
        </>
      )}
    </section>
  );
}
