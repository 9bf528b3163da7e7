// The system programs the tests need (Debian package names), found the same way by the test runner and by
// the scripts that start them. A program in an sbin folder counts even when that folder is not on PATH:
// Debian's non-login shells and non-root users have no /usr/sbin on PATH, where nginx lives.
import { accessSync, constants, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { delimiter, join } from "node:path";

const SBIN = ["/usr/local/sbin", "/usr/sbin", "/sbin"];

/** The absolute path of an executable on PATH or in an sbin folder; null when absent. */
export function findTool(name) {
  const dirs = [...(process.env.PATH ?? "").split(delimiter).filter(Boolean), ...SBIN];
  for (const dir of dirs) {
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** Chromium for the browser tests: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

function hasCjkFont() {
  if (existsSync("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")) return true;
  const r = spawnSync("fc-list", [], { encoding: "utf8" });
  return r.status === 0 && /wqy|wenquanyi/i.test(r.stdout);
}

/**
 * What the tests need: the Debian package, what it is for, whether it is present, and which test files
 * need it (a pattern over the test file's source).
 */
export const SYSTEM_NEEDS = [
  { pkg: "chromium", what: "Chromium (browser tests)", present: () => existsSync(chromiumPath()), usedBy: /playwright-core|harness\/browser/ },
  { pkg: "fonts-wqy-zenhei", what: "a CJK font (Chinese text in the browser tests)", present: hasCjkFont, usedBy: /playwright-core|harness\/browser/ },
  { pkg: "libreoffice-writer-nogui", what: "LibreOffice (opens the generated .docx)", present: () => Boolean(findTool("soffice") || findTool("libreoffice")), usedBy: /soffice/ },
  { pkg: "poppler-utils", what: "poppler (pdftoppm, pdfimages, pdftotext: the charts in the PDF of a .docx)", present: () => ["pdftoppm", "pdfimages", "pdftotext"].every((t) => findTool(t)), usedBy: /pdftoppm/ },
  { pkg: "nginx", what: "nginx (intranet deployment tests)", present: () => Boolean(findTool("nginx")), usedBy: /startNginx/ },
  { pkg: "openssl", what: "openssl (throw-away certificate for the intranet tests)", present: () => Boolean(findTool("openssl")), usedBy: /startNginx/ },
];

/** The needs of these test sources that are missing. */
export function missingNeeds(sources) {
  return SYSTEM_NEEDS.filter((n) => sources.some((s) => n.usedBy.test(s)) && !n.present());
}
