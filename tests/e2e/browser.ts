/**
 * Opens a report in Debian's headless Chromium (playwright-core) and reports what a reader's
 * browser would see: charts drawn, console errors, any request that leaves the page, and the
 * accessibility violations axe-core finds.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";

const require = createRequire(import.meta.url);

export const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

/** Debian's chromium, headless, with the flags every browser test uses (no sandbox, no GPU, no background network). */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath)
    throw new Error("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it");
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface BrowserCheck {
  charts: string | null;
  chartErrors: string[];
  consoleErrors: string[];
  requests: string[];
  axeViolations: { id: string; impact: string | null; nodes: number }[];
  /** Pairs of visible labels of one chart axis whose drawn boxes overlap: "figure-id: a | b". */
  axisLabelOverlaps: string[];
  /** How many visible axis labels the overlap check measured. */
  axisLabelsChecked: number;
}

export async function checkInChromium(htmlFile: string, screenshot?: string): Promise<BrowserCheck> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    const url = pathToFileURL(htmlFile).href;
    page.on("request", (r) => {
      if (r.url() !== url && !r.url().startsWith("data:") && !r.url().startsWith("blob:"))
        requests.push(r.url());
    });
    await page.goto(url);
    await page.waitForFunction(() => document.body.hasAttribute("data-charts"), null, { timeout: 30_000 });
    const charts = await page.evaluate(() => document.body.getAttribute("data-charts"));
    const chartErrors = await page.evaluate(() =>
      [...document.querySelectorAll("[data-error]")].map((e) => `${e.id}: ${e.getAttribute("data-error")}`),
    );
    await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
    const axe = (await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page.
      const r = await (window as any).axe.run(document, {
        runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
      });
      // biome-ignore lint/suspicious/noExplicitAny: axe result objects.
      return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    })) as BrowserCheck["axeViolations"];
    const { overlaps: axisLabelOverlaps, checked: axisLabelsChecked } = await page.evaluate(() => {
      const out: string[] = [];
      let checked = 0;
      for (const axis of document.querySelectorAll("g.role-axis-label")) {
        const boxes = [...axis.querySelectorAll("text")]
          .filter((t) => t.textContent && Number(t.getAttribute("opacity") ?? 1) > 0)
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
        checked += boxes.length;
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i].r, boxes[j].r];
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
              out.push(`${axis.closest("figure")?.id}: ${boxes[i].text} | ${boxes[j].text}`);
          }
      }
      return { overlaps: out, checked };
    });
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    return {
      charts,
      chartErrors,
      consoleErrors,
      requests,
      axeViolations: axe,
      axisLabelOverlaps,
      axisLabelsChecked,
    };
  } finally {
    await browser.close();
  }
}
