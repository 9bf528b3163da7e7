// Newest modification time below a folder: how the test runners tell a build is older than its sources.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Newest mtime (ms) of any file below dir, 0 for an empty folder. */
export function newestMtime(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return t;
}
