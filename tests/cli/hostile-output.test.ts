/**
 * Every CSV and Markdown file the commands write, on inputs seeded with hostile cells (a formula,
 * +cmd, @SUM(1), a line break, a pipe): no cell starts like a formula unless it is a plain number,
 * every row has the header's number of cells, and the row counts match what the command reports.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runFgc } from "./run-cli-helper.js";

const HYPERLINK = '=HYPERLINK("http://x","y")';
const hostile = [HYPERLINK, "+cmd", "@SUM(1)", "a\nb", "a|b", "-2+3", "\uff1dcmd()"];
const formulaStart = /^[ \u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const number = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const dir = mkdtempSync(join(tmpdir(), "fgc-hostile-"));

beforeEach(() => vi.stubEnv("FGC_LINK_KEY", "0123456789abcdef-hostile-test"));
afterEach(() => vi.unstubAllEnvs());

/** Every file under a path (or the path itself) ending .csv or .md. */
function outputs(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .map((f) => join(path, f))
    .filter((f) => /\.(csv|md)$/.test(f) && statSync(f).isFile());
}

/** CSV rows as an RFC 4180 reader sees them, each checked; returns the data rows. */
function checkCsv(file: string): string[][] {
  const rows: string[][] = parse(readFileSync(file, "utf8"), { relax_column_count: true });
  for (const [i, row] of rows.entries()) {
    expect(row.length, `${file} row ${i + 1}: cells`).toBe(rows[0].length);
    for (const cell of row)
      if (formulaStart.test(cell)) expect(cell, `${file} row ${i + 1}: live formula`).toMatch(number);
  }
  return rows.slice(1);
}

/** Markdown table rows (lines starting with |), each checked; returns the data rows. */
function checkMarkdown(file: string): string[][] {
  const lines = readFileSync(file, "utf8").split("\n");
  const table = lines.filter((l) => l.startsWith("|")).map((l) => splitMarkdownRow(l));
  for (const [i, cells] of table.entries()) {
    expect(cells.length, `${file} table line ${i + 1}: cells`).toBe(table[0].length);
    if (i === 1) continue; // the alignment row, | --- | ---: |
    for (const cell of cells)
      if (formulaStart.test(cell)) expect(cell, `${file}: live formula`).toMatch(number);
  }
  for (const l of lines) expect(l, `${file}: a bullet or caption line`).not.toMatch(/^- [=+@]|^\*\*[=+@]/);
  return table.slice(2);
}

/** GFM cells: split on pipes not escaped by a backslash, unescape \| and \\. */
function splitMarkdownRow(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  for (let i = 1; i < line.length; i++) {
    const c = line[i];
    if (c === "\\" && i + 1 < line.length) {
      cell += line[++i];
    } else if (c === "|") {
      cells.push(cell.trim());
      cell = "";
    } else cell += c;
  }
  return cells;
}

function checkAll(path: string): Map<string, number> {
  const counts = new Map<string, number>();
  const files = outputs(path);
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) counts.set(f, (f.endsWith(".csv") ? checkCsv(f) : checkMarkdown(f)).length);
  // A table's CSV and Markdown hold the same rows.
  for (const [f, n] of counts) {
    const md = f.replace(/\.csv$/, ".md");
    if (f.endsWith(".csv") && counts.has(md)) expect(counts.get(md), md).toBe(n);
  }
  return counts;
}

/** Rewrite one column of some rows of a CSV file with the hostile values. */
function seed(file: string, column: string, values = hostile): void {
  const rows: string[][] = parse(readFileSync(file, "utf8"));
  const j = rows[0].indexOf(column);
  values.forEach((v, k) => {
    rows[1 + k][j] = v;
  });
  writeFileSync(
    file,
    `${rows.map((r) => r.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\n")}\n`,
  );
}

describe("hostile cells never reach an output as a live formula or a forged row", () => {
  it("fgc validate --out report.csv: every issue one row, values neutralised", async () => {
    const input = join(dir, "episodes.csv");
    cpSync("data-samples/episodes.csv", input);
    seed(input, "PLACE");
    seed(input, "HOME_POST", ["@x", "=1", "+y", "-z", "a\r\nb", "|", "=SUM(A1)"]);
    const csv = join(dir, "report.csv");
    const json = join(dir, "report.json");
    expect((await runFgc("validate", input, "--out", csv)).code).toBe(1);
    expect((await runFgc("validate", input, "--out", json)).code).toBe(1);
    const issues = JSON.parse(readFileSync(json, "utf8")).files[0].issues as { value?: string }[];
    const rows = checkCsv(csv);
    expect(rows.length).toBe(issues.length);
    // Values are kept whole, only prefixed: a spreadsheet shows what the file held.
    expect(rows.map((r) => r[3])).toContain(`'${HYPERLINK}`);
    expect(rows.map((r) => r[3])).toContain("a\nb");
  });

  it("fgc return: an LEA holding a formula is written as text, one row per cell", async () => {
    const folder = join(dir, "returns");
    cpSync("data-samples/returns", folder, { recursive: true });
    for (const f of readdirSync(folder).filter((n) => /^cin-census.*\.xml$/.test(n))) {
      const p = join(folder, f);
      writeFileSync(
        p,
        readFileSync(p, "utf8").replace(
          "<LEA>999</LEA>",
          "<LEA>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</LEA>",
        ),
      );
    }
    const out = join(dir, "return-out", "return.csv");
    const r = await runFgc("return", folder, "--period", "2023-24", "--out", out);
    if (!r.stdout.includes("Wrote")) {
      // An LEA check refused it: then nothing at all is written.
      expect([r.code, existsSync(out)]).toEqual([1, false]);
      return;
    }
    const rows = checkCsv(out);
    expect(r.stdout).toContain(`(${rows.length} rows)`);
    expect(new Set(rows.map((x) => x[0]))).toEqual(new Set([`'${HYPERLINK}`]));
  });

  it("fgc link: hostile cells in the extracts are refused with nothing written, and the sample's file is clean", async () => {
    const folder = join(dir, "link");
    cpSync("data-samples/link", folder, { recursive: true });
    seed(join(folder, "children.csv"), "la_code");
    seed(join(folder, "children.csv"), "ethnicity", ["a|b", "a\nb", "@SUM(1)"]);
    const refusedOut = join(dir, "link-bad", "analysis.csv");
    const refused = await runFgc("link", folder, "--out", refusedOut, "--extract-date", "2025-03-31");
    expect(refused.code).toBe(1);
    expect(existsSync(refusedOut)).toBe(false);
    const out = join(dir, "link-out", "analysis.csv");
    const r = await runFgc("link", "data-samples/link", "--out", out, "--extract-date", "2025-03-31");
    expect(r.code).toBe(0);
    const rows = checkCsv(out);
    expect(r.stdout).toContain(`Wrote ${rows.length} rows`);
  });

  it("fgc trial: hostile cells are refused with nothing written, and the sample's tables are clean", async () => {
    const input = join(dir, "analysis.csv");
    cpSync("data-samples/trial/analysis.csv", input);
    seed(input, "la_code");
    seed(input, "ethnicity", ["a|b", "a\nb", "@SUM(1)", "=1+2"]);
    const refused = await runFgc("trial", input, "--out", join(dir, "trial-bad"), "--no-png");
    expect(refused.code).toBe(1);
    expect(existsSync(join(dir, "trial-bad"))).toBe(false);
    const out = join(dir, "trial-out");
    const r = await runFgc("trial", "data-samples/trial/analysis.csv", "--out", out, "--no-png");
    expect(r.code).toBe(0);
    const counts = checkAll(out);
    expect([...counts.keys()].some((f) => f.endsWith(".md"))).toBe(true);
  });

  it("fgc areas: hostile codes and categories are refused, and the sample's tables are clean", async () => {
    const folder = join(dir, "areas");
    cpSync("data-samples/areas", folder, { recursive: true });
    seed(join(folder, "return-2023-24.csv"), "category");
    const refused = await runFgc(
      "areas",
      join(folder, "return-2023-24.csv"),
      "--out",
      join(dir, "areas-bad"),
    );
    expect(refused.code).toBe(1);
    const out = join(dir, "areas-out");
    const files = readdirSync("data-samples/areas").filter((f) => f.endsWith(".csv"));
    const r = await runFgc(
      "areas",
      ...files.map((f) => join("data-samples/areas", f)),
      "--out",
      out,
      "--no-png",
    );
    expect(r.code).toBe(0);
    checkAll(out);
  }, 30_000);
});
