/**
 * The browser app against the CLI on the same FGC return (issue 17, item 6): a CIN census XML of
 * about 50 MB (40,000 children) and an SSDA903 XML return, returned for 2024-25 by `fgc return`
 * (in a child process, as a user runs it) and by the app in headless Chromium (from pressing Run
 * to the result; the browser reads the chosen files into memory when they are chosen). Target:
 * the app within 2× the CLI's time. The two return CSVs are compared too.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/cli/run-cli.js";
import { simulateReturnChildren } from "../src/returns/simulate-return-children.js";
import {
  CIN_CENSUS_XML_TAIL,
  cinCensusXmlHead,
  cinChildXml,
  episodesOfYear,
  ssda903Xml,
} from "../src/returns/synthetic-returns.js";
import { parseDay } from "../src/util/dates.js";
import { createRng } from "../src/util/rng.js";
import { launchChromium, openApp, runInApp } from "../tests/app/app-harness.js";
import type { BenchRun } from "./types.js";

const CHILDREN = Number(process.env.FGC_BENCH_APP_CHILDREN ?? 40_000);
const day = (iso: string) => parseDay(iso, ["iso"]) as number;
const silent = { stdout: () => {}, stderr: () => {}, isTTY: false };

export const run: BenchRun = async () => {
  const dir = mkdtempSync(join(tmpdir(), "fgc-bench-app-"));
  try {
    const files = writeFiles(join(dir, "returns"));
    const html = join(dir, "fgc.html");
    if ((await runCli(["app", "--out", html], silent)) !== 0) throw new Error("fgc app failed");
    const cliCsv = join(dir, "cli.csv");
    const root = fileURLToPath(new URL("..", import.meta.url));
    const t0 = performance.now();
    const cli = spawnSync(
      process.execPath,
      [join(root, "bin/fgc.js"), "return", join(dir, "returns"), "--period", "2024-25", "--out", cliCsv],
      { encoding: "utf8", maxBuffer: 1 << 26 },
    );
    const cliSeconds = (performance.now() - t0) / 1000;
    if (cli.status !== 0) throw new Error(`fgc return failed: ${cli.stderr}`);
    const browser = await launchChromium();
    let appSeconds: number;
    let same: boolean;
    try {
      const { page } = await openApp(browser, html);
      const t1 = performance.now();
      const result = await runInApp(page, files, "FGC return", { Period: "2024-25" });
      appSeconds = (performance.now() - t1) / 1000;
      same = result.downloads.get("Download return CSV")?.toString("utf8") === readFileSync(cliCsv, "utf8");
    } finally {
      await browser.close();
    }
    const megabytes = Math.round(statSync(files[0]).size / 1e6);
    return [
      {
        name: `fgc app: FGC return in Chromium, CIN census ${CHILDREN.toLocaleString("en-GB")} children (${megabytes} MB) + SSDA903 XML`,
        seconds: appSeconds,
        targetSeconds: Math.round(20 * cliSeconds) / 10,
        detail: `fgc return (child process, start-up included) ${cliSeconds.toFixed(1)} s; the app's time includes choosing the files and reading the download; return CSV ${same ? "identical" : "DIFFERENT"}`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** The census and SSDA903 return, written whole (a 50 MB string is no burden). */
function writeFiles(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const reference = day("2025-03-31");
  const rng = createRng(20250331);
  const sim = simulateReturnChildren(rng, {
    children: CHILDREN,
    firstDay: day("2023-04-01"),
    lastDay: day("2025-03-15"),
    referenceDays: [reference],
  });
  for (const c of sim.children) if (rng.next() < 0.875) c.blocks = [];
  const parts = [cinCensusXmlHead("999", reference)];
  for (const c of sim.children) {
    c.censuses = [reference];
    parts.push(cinChildXml(c, reference));
  }
  parts.push(CIN_CENSUS_XML_TAIL);
  const census = join(dir, "cin-census-2024-25.xml");
  const ssda903 = join(dir, "ssda903-2024-25.xml");
  writeFileSync(census, parts.join(""));
  writeFileSync(ssda903, ssda903Xml(sim.children, episodesOfYear(sim.episodes, reference), reference));
  return [census, ssda903];
}
