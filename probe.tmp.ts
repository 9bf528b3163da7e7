import { startHarness } from "./test/harness/server";
import { launchChromium } from "./test/harness/browser";
(async () => {
  const h = await startHarness({});
  const c = await launchChromium();
  const page = await c.context.newPage();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${h.url}/taskpane.html`);
  await page.getByTestId("generate").waitFor();
  console.log(await page.evaluate(() => { const W = document.documentElement.clientWidth; return [W, ...[...document.querySelectorAll("*")].filter(e => e.getBoundingClientRect().right > W + 0.5).slice(0, 8).map(e => e.tagName + "." + e.className.toString().slice(0, 30) + " " + e.getBoundingClientRect().right + " " + (e.textContent ?? "").slice(0, 30))]; }));
  await c.close(); await h.close();
})();
