/** 写入工作表 when the sheet exists: overwrite it, save under a new name, or cancel. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from "@fluentui/react-components";
import { S } from "../strings";
import type { Pane } from "../state";

const useStyles = makeStyles({
  actions: { flexWrap: "wrap" },
});

export function OverwriteDialog({ pane }: { pane: Pane }) {
  const styles = useStyles();
  return (
    <Dialog
      open={pane.prompt !== null}
      modalType="alert"
      onOpenChange={(_, d) => !d.open && pane.cancelPrompt()}
    >
      <DialogSurface aria-describedby="overwrite-body" data-testid="overwrite-dialog">
        <DialogBody>
          <DialogTitle>{S.output.existsTitle}</DialogTitle>
          <DialogContent id="overwrite-body">
            {pane.prompt && S.output.existsBody(pane.prompt.name)}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button
              appearance="primary"
              onClick={() => pane.prompt && pane.writeSheet("overwrite", pane.prompt.name)}
              data-testid="overwrite"
            >
              {S.output.overwrite}
            </Button>
            <Button
              onClick={() => pane.prompt && pane.writeSheet("createOnly", pane.prompt.newName)}
              data-testid="save-as-new"
            >
              {pane.prompt ? S.output.saveAsNew(pane.prompt.newName) : ""}
            </Button>
            <Button onClick={pane.cancelPrompt} data-testid="cancel-write">
              {S.output.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
