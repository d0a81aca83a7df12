/**
 * The commands on damaged inputs, in-process: `fgc validate` (every format), `fgc link`,
 * `fgc return`, `fgc trial` and `fgc areas` exit 0, 1 or 2 (never 70, never a stack trace); a
 * non-zero exit names the damaged file and writes nothing to --out.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import * as fc from "fast-check";
import { describe, expect } from "vitest";
import { runFgc } from "../cli/run-cli-helper.js";
import { fraction, fuzzProperty, fuzzRuns } from "./fuzz-settings.js";
import { damageText, type TextDamage, textDamages } from "./mutators.js";
import { gridFromCsv, gridToArrow, gridToJsonRows, gridToParquet, gridToXlsx } from "./sample-formats.js";
import { sampleBytes, sampleText, scratchDir } from "./samples.js";

const dir = scratchDir();
const samples = join(import.meta.dirname, "../../data-samples");
let cases = 0;
const damageArb = fc.constantFrom<TextDamage>(...textDamages);

/** A copy of the sample folder `from` (files only) with `file` replaced by `content`. */
function folderWith(from: string, file: string, content: Uint8Array): string {
  const folder = join(dir, `case-${cases++}`);
  mkdirSync(folder);
  for (const f of readdirSync(join(samples, from))) {
    if (f.endsWith(".csv") || f.endsWith(".xml")) copyFileSync(join(samples, from, f), join(folder, f));
  }
  writeFileSync(join(folder, file), content);
  return folder;
}

/**
 * Exit 0, 1 or 2 with no stack trace, and a non-zero exit names the damaged file; with
 * `noOutput`, also nothing written to `out` after a non-zero exit (a folder when it ends in /).
 */
async function expectCleanExit(
  run: Promise<{ code: number; stdout: string; stderr: string }>,
  file: string,
  out: string,
  noOutput = false,
) {
  const { code, stdout, stderr } = await run;
  expect([0, 1, 2], `exit ${code}: ${stderr.slice(0, 400)}`).toContain(code);
  expect(stderr, "no stack trace").not.toMatch(/\n\s+at /);
  if (code === 0) return;
  expect(`${stdout}${stderr}`, "the message names the damaged file").toContain(basename(file));
  if (!noOutput) return;
  const written = existsSync(out) && (!out.endsWith("/") || readdirSync(out).length > 0);
  expect(written, `exit ${code} yet ${out} written`).toBe(false);
}

/** The sample trial's header and first 400 children: a real trial, quicker to analyse. */
function trialHead(): Uint8Array {
  const lines = sampleText("trial/analysis.csv").split("\n");
  return new TextEncoder().encode(`${lines.slice(0, 401).join("\n")}\n`);
}

describe("fgc on damaged inputs: exit 0, 1 or 2, and no output after a refusal", () => {
  fuzzProperty(
    "fgc validate on a damaged CSV, JSON, XLSX, Arrow or Parquet file",
    1301,
    fc.asyncProperty(
      fc.constantFrom("csv", "json", "xlsx", "arrow", "parquet"),
      damageArb,
      fraction(),
      async (format, how, f) => {
        const grid = gridFromCsv(sampleText("episodes.csv"));
        const clean =
          format === "csv"
            ? sampleBytes("episodes.csv")
            : format === "json"
              ? new TextEncoder().encode(gridToJsonRows(grid, 1))
              : format === "xlsx"
                ? await gridToXlsx(grid)
                : format === "arrow"
                  ? gridToArrow(grid, "file")
                  : gridToParquet(grid);
        const folder = join(dir, `case-${cases++}`);
        mkdirSync(folder);
        const file = join(folder, `episodes.${format}`);
        writeFileSync(file, damageText(clean, how, f));
        await expectCleanExit(
          runFgc("validate", file, "--extract-date", "2025-03-31"),
          file,
          join(folder, "none"),
        );
      },
    ),
  );

  const link = (noOutput: boolean) =>
    fc.asyncProperty(
      fc.constantFrom("episodes.csv", "children.csv", "allocation.csv", "court.csv"),
      damageArb,
      fraction(),
      async (file, how, f) => {
        const folder = folderWith("link", file, damageText(sampleBytes(`link/${file}`), how, f));
        const key = join(folder, "..", `key-${cases}.txt`);
        writeFileSync(key, "a fuzzing key of more than sixteen bytes");
        const out = join(folder, "out", "analysis.csv");
        await expectCleanExit(
          runFgc("link", folder, "--out", out, "--extract-date", "2025-03-31", "--key-file", key),
          file,
          out,
          noOutput,
        );
      },
    );
  const linkRuns = Math.max(2, Math.ceil(fuzzRuns() / 2));
  fuzzProperty("fgc link with one damaged extract exits 0, 1 or 2", 1302, link(false), { runs: linkRuns });
  fuzzProperty("fgc link with one damaged extract writes nothing when it exits non-zero", 1306, link(true), {
    runs: linkRuns,
    examples: [["episodes.csv", "quote", 0.306297]],
  });

  const ret = (noOutput: boolean) =>
    fc.asyncProperty(
      fc.constantFrom("cin-census-2023-24.xml", "ssda903-2024-25.xml", "ssda903-2023-24-episodes.csv"),
      damageArb,
      fraction(),
      async (file, how, f) => {
        const folder = folderWith("returns", file, damageText(sampleBytes(`returns/${file}`), how, f));
        const out = join(folder, "out", "return.csv");
        await expectCleanExit(
          runFgc("return", folder, "--period", "2023-24", "--out", out),
          file,
          out,
          noOutput,
        );
      },
    );
  const returnRuns = Math.max(2, Math.ceil(fuzzRuns() / 2));
  fuzzProperty("fgc return with one damaged census or SSDA903 file exits 0, 1 or 2", 1303, ret(false), {
    runs: returnRuns,
  });
  fuzzProperty("fgc return with one damaged file writes nothing when it exits non-zero", 1308, ret(true), {
    runs: returnRuns,
    examples: [["ssda903-2023-24-episodes.csv", "quote", 0.519627]],
  });

  const trial = (noOutput: boolean) =>
    fc.asyncProperty(damageArb, fraction(), async (how, f) => {
      const folder = join(dir, `case-${cases++}`);
      mkdirSync(folder);
      const file = join(folder, "analysis.csv");
      writeFileSync(file, damageText(trialHead(), how, f));
      const out = join(folder, "report/");
      await expectCleanExit(runFgc("trial", file, "--out", out, "--no-png"), file, out, noOutput);
    });
  const trialRuns = Math.max(1, Math.ceil(fuzzRuns() / 8));
  fuzzProperty("fgc trial on a damaged analysis file exits 0, 1 or 2", 1304, trial(false), {
    runs: trialRuns,
  });
  fuzzProperty(
    "fgc trial on a damaged analysis file writes nothing when it exits non-zero",
    1307,
    trial(true),
    {
      runs: trialRuns,
      examples: [["nul", 0.99553]],
    },
  );

  fuzzProperty(
    "fgc areas on a damaged la-return file",
    1305,
    fc.asyncProperty(damageArb, fraction(), async (how, f) => {
      const folder = join(dir, `case-${cases++}`);
      mkdirSync(folder);
      const file = join(folder, "return-2023-24.csv");
      writeFileSync(file, damageText(sampleBytes("areas/return-2023-24.csv"), how, f));
      const out = join(folder, "areas/");
      await expectCleanExit(runFgc("areas", file, "--la", "202", "--out", out, "--no-png"), file, out, true);
    }),
    { runs: Math.max(1, Math.ceil(fuzzRuns() / 8)) },
  );
});
