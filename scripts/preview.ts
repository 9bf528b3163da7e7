/**
 * `npm run preview [-- --port 8080] [-- --workbook path.xlsx]`: the built pane in a browser, with a
 * stand-in for Excel backed by a real workbook file (default examples/mentougou-kexin-2023.xlsx).
 * Builds dist/ first when it is missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { startHarness } from "../test/harness/server";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  if (!existsSync("dist/taskpane.html")) {
    console.log("dist/ 不存在，正在构建（npm run build）…");
    const r = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const h = await startHarness({ port: Number(arg("port") ?? 8080), workbook: arg("workbook") });
  console.log(`决算说明助手 浏览器测试台：${h.url}/  （仅任务窗格：${h.url}/taskpane.html；深色主题：?theme=dark）`);
  console.log("按 Ctrl+C 退出。");
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
