import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { S } from "../strings";
import type { Pane } from "../state";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  actions: { flexWrap: "wrap" },
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
      <Dialog open={pane.prompt !== null} modalType="alert" onOpenChange={(_, d) => !d.open && pane.cancelPrompt()}>
        <DialogSurface aria-describedby="overwrite-body" data-testid="overwrite-dialog">
          <DialogBody>
            <DialogTitle>{S.output.existsTitle}</DialogTitle>
            <DialogContent id="overwrite-body">{pane.prompt && S.output.existsBody(pane.prompt.name)}</DialogContent>
            <DialogActions className={styles.actions}>
              <Button appearance="primary" onClick={() => pane.prompt && pane.writeSheet("overwrite", pane.prompt.name)} data-testid="overwrite">
                {S.output.overwrite}
              </Button>
              <Button onClick={() => pane.prompt && pane.writeSheet("createOnly", pane.prompt.newName)} data-testid="save-as-new">
                {pane.prompt ? S.output.saveAsNew(pane.prompt.newName) : ""}
              </Button>
              <Button onClick={pane.cancelPrompt} data-testid="cancel-write">
                {S.output.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
