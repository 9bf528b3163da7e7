import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../tables/model";
import { S } from "../strings";
import type { Pane } from "../state";
import { FindingBadge, useFindingButtonClass } from "./FindingBadge";
import { NarrativePreview } from "./NarrativePreview";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, maxHeight: "40vh", overflowY: "auto" },
  finding: { display: "block" },
});

function FindingItem({ f, pane }: { f: Finding; pane: Pane }) {
  const styles = useStyles();
  const className = useFindingButtonClass(f.severity, styles.finding);
  const detail = [f.expected !== undefined ? `应为 ${f.expected}` : "", f.actual !== undefined ? `实为 ${f.actual}` : ""].filter(Boolean).join("，");
  return (
    <li>
      <button
        type="button"
        className={className}
        onClick={() => pane.selectCells(f.cells)}
        disabled={f.cells.length === 0}
        title={f.cells.length > 0 ? S.generate.selectCellsLabel(f.cells.join("、")) : undefined}
        data-testid="finding"
        data-severity={f.severity}
      >
        <FindingBadge severity={f.severity} /> {f.message}
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
