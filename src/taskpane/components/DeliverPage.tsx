/**
 * The page that hands the .docx to the user where downloads work (logic/delivery.ts): in an Office
 * dialog it receives the file from the pane (messageChild) and reports back when the user saved it; in
 * the system browser (Excel for Mac) the file comes in the address's fragment.
 */
import { Button, FluentProvider, Text, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { base64ToBytes, decodeMessage, encodeMessage, fileFromHash } from "../logic/delivery";
import { dialogSide } from "../office-bridge";
import { S } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minHeight: "100vh", boxSizing: "border-box" },
});

interface File {
  name: string;
  url: string;
}

function toFile(name: string, base64: string): File {
  const blob = new Blob([base64ToBytes(base64) as BlobPart], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  return { name, url: URL.createObjectURL(blob) };
}

export function DeliverPage() {
  const styles = useStyles();
  const [file, setFile] = useState<File | null>(() => {
    const f = fileFromHash(location.hash);
    return f ? toFile(f.name, f.base64) : null;
  });
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState(false);
  const inDialog = dialogSide.available();
  useEffect(() => {
    if (file || !inDialog) {
      if (!file) setFailed(true);
      return;
    }
    dialogSide
      .onMessage((text) => {
        const m = decodeMessage(text);
        if (m?.type === "file") setFile(toFile(m.name, m.base64));
      })
      .then(() => dialogSide.send(encodeMessage({ type: "ready" })))
      .catch(() => setFailed(true));
    // once: the file arrives a single time
  }, []);
  const onSave = () => {
    setSaved(true);
    if (inDialog && file) dialogSide.send(encodeMessage({ type: "saved", name: file.name }));
  };
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <main className={styles.root}>
        <Title3 as="h1">{S.output.deliverTitle}</Title3>
        {!file && !failed && <Text>{S.output.deliverWaiting}</Text>}
        {failed && !file && <Text role="alert">{S.output.deliverNone}</Text>}
        {file && (
          <Button as="a" appearance="primary" href={file.url} download={file.name} onClick={onSave} data-testid="deliver-save">
            {S.output.deliverLink(file.name)}
          </Button>
        )}
        {saved && <Text role="status">{S.output.deliverDone}</Text>}
      </main>
    </FluentProvider>
  );
}
