/** What the findings lists of 生成 and 校对 share: the button's look, its severity colour and its severity label. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../tables/model";
import { S } from "../strings";

type Severity = Finding["severity"];

const useStyles = makeStyles({
  finding: {
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

/** Class names of a finding's button: the shared look, the severity's border colour, then the caller's own. */
export function useFindingButtonClass(severity: Severity, ...extra: (string | false | undefined)[]): string {
  const styles = useStyles();
  const border = severity === "error" ? styles.error : severity === "warning" ? styles.warning : styles.info;
  return mergeClasses(styles.finding, border, ...extra);
}

/** The severity's label (错误/警告/提示) in its colour. */
export function FindingBadge({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const sev = severity === "error" ? styles.sevError : severity === "warning" ? styles.sevWarning : styles.sevInfo;
  return <span className={sev}>{S.generate.severity[severity]}</span>;
}
