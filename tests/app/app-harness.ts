/**
 * Drives the browser app (`fgc app`) in Debian's headless Chromium (playwright-core), loaded
 * from file://: chooses files, picks an analysis, runs it, and reads back what the page shows and
 * offers for download. Records every request that leaves the page (anything but file:, blob:,
 * data: and about:) and checks the page with axe-core.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
export { launchChromium } from "../e2e/browser.js";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AppPage {
  page: Page;
  /** Requests that left the page. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function openApp(browser: Browser, htmlFile: string): Promise<AppPage> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (!/^(file|blob|data|about):/.test(r.url())) requests.push(r.url());
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(htmlFile).href);
  return { page, requests, errors };
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Each download link's text and the bytes it gives. */
  downloads: Map<string, Buffer>;
}

/**
 * Choose `files`, pick `analysis` (the radio's name), fill `fields` (by label: text for a text
 * field, true or false to tick or clear a checkbox), press Run.
 */
export async function runInApp(
  page: Page,
  files: string[],
  analysis: string,
  fields: Record<string, string | boolean> = {},
): Promise<RunResult> {
  await page.getByLabel("Choose files").setInputFiles(files);
  await page.waitForFunction((n) => document.querySelectorAll("#file-list li").length === n, files.length);
  await page.getByRole("radiogroup", { name: "Analysis" }).getByRole("radio", { name: analysis }).check();
  for (const [label, value] of Object.entries(fields))
    if (typeof value === "boolean") await page.getByLabel(label, { exact: true }).setChecked(value);
    else await page.getByLabel(label, { exact: true }).fill(value);
  await page.evaluate(() => document.body.removeAttribute("data-done"));
  await page.getByRole("button", { name: "Run" }).click();
  await page.waitForFunction(() => document.body.hasAttribute("data-done"), null, { timeout: 120_000 });
  const exitCode = Number(await page.evaluate(() => document.body.getAttribute("data-done")));
  const stdout = (await page.locator("#stdout").textContent()) ?? "";
  const stderr = (await page.locator("#stderr").textContent()) ?? "";
  const downloads = new Map<string, Buffer>();
  for (const link of await page.getByRole("link", { name: /^Download/ }).all()) {
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const path = await download.path();
    downloads.set((await link.textContent()) ?? "", readFileSync(path));
  }
  return { exitCode, stdout, stderr, downloads };
}

/** Violations of WCAG 2.0–2.2 A and AA that axe-core finds in the page and its frames. */
export async function axeViolations(page: Page): Promise<string[]> {
  for (const frame of page.frames()) await frame.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }
    ).axe;
    const r = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] });
    return r.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`,
    );
  });
}
