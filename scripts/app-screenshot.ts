/**
 * The README's screenshot of the browser app: `fgc app`, loaded from file:// in headless
 * Chromium, with the FGC return 2023-24 computed from data-samples/returns.
 * Run: npx tsx scripts/app-screenshot.ts (writes docs/app-return.png).
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli/run-cli.js";
import { launchChromium, openApp, runInApp } from "../tests/app/app-harness.js";

const dir = mkdtempSync(join(tmpdir(), "fgc-app-shot-"));
const html = join(dir, "fgc.html");
const silent = { stdout: () => {}, stderr: (t: string) => process.stderr.write(t), isTTY: false };
if ((await runCli(["app", "--out", html], silent)) !== 0) process.exit(1);
const browser = await launchChromium();
try {
  const { page } = await openApp(browser, html);
  await page.setViewportSize({ width: 1000, height: 900 });
  const returns = "data-samples/returns";
  const run = await runInApp(
    page,
    readdirSync(returns).map((f) => join(returns, f)),
    "FGC return",
    { Period: "2023-24", "Suppression threshold": "5" },
  );
  if (run.exitCode !== 0) throw new Error(`the return failed: ${run.stderr}`);
  await page.screenshot({ path: "docs/app-return.png", fullPage: true });
} finally {
  await browser.close();
}
