// The layering rule for Office.js, run through ESLint itself: a component, the pane's logic or any layer
// below the front doors that names Office or Excel fails lint; src/office and the pane's bridge may.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { ESLint } from "eslint";

const ROOT = resolve(__dirname, "..");
const CALLS_OFFICE = [
  "export const dark = () => Office.context.officeTheme.bodyBackgroundColor;",
  "export const read = () => Excel.run(async () => undefined);",
  "",
].join("\n");

async function officeErrors(file: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(CALLS_OFFICE, { filePath: resolve(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-globals").map((m) => m.message.split(".")[0]);
}

describe("Office.js only in src/office (lint)", () => {
  for (const file of ["src/taskpane/components/Probe.tsx", "src/taskpane/logic/probe.ts", "src/narrative/probe.ts", "src/core/probe.ts"]) {
    test(`${file} calling Office.js fails`, async () => {
      assert.deepEqual(await officeErrors(file), ["Unexpected use of 'Office'", "Unexpected use of 'Excel'"]);
    });
  }
  for (const file of ["src/office/probe.ts", "src/taskpane/office-bridge.ts"]) {
    test(`${file} may call Office.js`, async () => {
      assert.deepEqual(await officeErrors(file), []);
    });
  }
});
