/**
 * `juesuan check --text 说明.docx` with no workbook: the narrative checked against itself (sums of
 * listed parts, rates and shares from the amounts it states, 增加/减少 against 增长/下降, a figure
 * stated twice, units, conventions, template leftovers), for reviewers who have only the published text.
 * Same report and JSON as with a workbook, without tables.
 */
import { EXIT, type CliIO } from "./command";
import { countBySeverity } from "./report";
import { proofJson, proofText } from "./check";

export async function checkTextOnly(textFile: string, profile: string | null, json: boolean, io: CliIO): Promise<number> {
  const { readNarrativeText, TextReadError } = await import("./read-text");
  const { proofreadTextOnly, resolveProofSettings } = await import("../proofread");
  let text: string;
  try {
    text = await readNarrativeText(textFile);
  } catch (e) {
    if (e instanceof TextReadError) {
      io.stderr(`${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  const settings = profile ? { profile } : {};
  const resolved = resolveProofSettings(text, settings);
  const proof = proofreadTextOnly(text, settings);
  if (json) {
    const out = { tables: [], findings: proofJson(proof), proofread: { file: textFile, profile: resolved.profile, textOnly: true, counts: countBySeverity(proof) } };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lines = ["未指定工作簿：只用说明文字自身核对（合计与分项、按文中金额重算的比例、前后不一的数字、单位与写法、模板残留）。", "", ...proofText(textFile, resolved.profile, text, proof)];
    io.stdout(`${lines.join("\n")}\n`);
  }
  return proof.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}
