/** A step's message, in the flow of that step (never over the content); global ones under the title. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { S } from "../strings";
import type { Pane, StepId } from "../state";

export function StepNotice({ pane, step }: { pane: Pane; step?: StepId }) {
  const n = pane.notice;
  if (!n || n.step !== step) return null;
  return (
    <MessageBar intent={n.intent} data-testid="notice" role={n.intent === "error" ? "alert" : "status"} layout="multiline">
      <MessageBarBody>{n.text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={pane.dismissNotice} aria-label={S.notice.dismiss}>
          {S.notice.dismissShort}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
