import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { S } from "../strings";
import type { Pane } from "../state";

// Asked only when the sheet exists already: the dialog's code loads then.
const OverwriteDialog = lazy(() => import(/* webpackChunkName: "overwrite" */ "./OverwriteDialog").then((m) => ({ default: m.OverwriteDialog })));

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
});

export function OutputStep({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const ready = pane.generated && pane.analysis !== null;
  const disabled = !ready || pane.busy !== null;
  return (
    <section className={styles.col}>
      <Text>{ready ? S.output.intro : S.output.needsNarrative}</Text>
      <Button appearance={pane.nextAction === "save" ? "primary" : "secondary"} onClick={pane.downloadDocx} disabled={disabled} data-testid="download-docx">
        {S.output.download}
      </Button>
      {pane.busy === "docx" && <Spinner size="tiny" label={S.output.downloading} />}
      <Button onClick={() => pane.writeSheet()} disabled={disabled} data-testid="write-sheet">
        {S.output.write}
      </Button>
      <Button onClick={pane.copyText} disabled={disabled} data-testid="copy-text">
        {S.output.copy}
      </Button>
      {pane.prompt !== null && (
        <Suspense fallback={null}>
          <OverwriteDialog pane={pane} />
        </Suspense>
      )}
    </section>
  );
}
