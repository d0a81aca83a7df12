import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { returnCommandRun } from "../../src/cli/return.js";
import { returnCommand } from "../../src/cli/return-command.js";
import { UsageError } from "../../src/util/errors.js";

const samples = join(import.meta.dirname, "../../data-samples/returns");

function bufferIo() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
      isTTY: false,
    },
  };
}

describe("fgc return", () => {
  it("writes no return when a census record has an error (the rest would be published as complete)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-return-"));
    const folder = join(dir, "returns");
    cpSync(samples, folder, { recursive: true });
    const census = join(folder, "cin-census-2023-24.xml");
    const xml = readFileSync(census, "utf8");
    const first = xml.indexOf("<PersonBirthDate>") + "<PersonBirthDate>".length;
    writeFileSync(census, `${xml.slice(0, first)}2013-02-31${xml.slice(first + 10)}`);
    const out = join(dir, "return.csv");
    const { out: text, io } = bufferIo();
    expect(await returnCommandRun(folder, { period: "2023-24", out }, io)).toBe(1);
    expect(text.stderr).toMatch(/cin-census-2023-24\.xml line \d+, PersonBirthDate "2013-02-31"/);
    expect(text.stderr).toMatch(/no return is written/);
    expect(existsSync(out)).toBe(false);
  });

  it("writes the sample LA's return in the la-return layout with a terminal summary (exit 0)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fgc-return-")), "return.csv");
    const { out: text, io } = bufferIo();
    expect(await returnCommandRun(samples, { period: "2023-24", out }, io)).toBe(0);
    const lines = readFileSync(out, "utf8").trim().split("\n");
    expect(lines[0]).toBe("la_code,period,breakdown,category,measure,value");
    expect(lines[1]).toMatch(/^999,2023-24,all,all,children_entering_pre_proceedings,\d+$/);
    expect(
      lines.every(
        (l, i) => i === 0 || /^999,2023-24,[a-z_]+,[A-Za-z0-9_]+,children_[a-z_0-9]+,(\d+|c)$/.test(l),
      ),
    ).toBe(true);
    expect(text.stdout).toContain("FGC return 2023-24 for LA 999");
    expect(text.stdout).toContain("disclosure control: counts 1–5 written c");
    // 2023-24's letters all have their 12 months by the 2024-25 census: nothing to say.
    expect(text.stdout).not.toContain("outcomes not yet available");
    // Warnings about letters outside 2023-24 (or not a child's index letter) are counted, not listed.
    expect(text.stdout).toMatch(
      /^ {2}note: \d+ warnings not shown: about letters, children or episodes that enter none of the 2023-24 return's counts$/m,
    );
    const letters = [...text.stderr.matchAll(/letter (\d{4}-\d{2}-\d{2})/g)].map((m) => m[1]);
    expect(letters.length).toBeGreaterThan(0);
    expect(letters.filter((d) => d < "2023-04-01" || d > "2024-03-31")).toEqual([]);
    // The 2023-24 census's year is 2023-24: the period is covered.
    expect(text.stdout + text.stderr).not.toContain("return-period-before-census");
    expect(text.stdout).toContain(`Wrote ${out} (140 rows)`);
    // Counts with their nouns in the right number, never "file(s)".
    expect(text.stdout).toContain("cin-census-2023-24.xml (ReferenceDate 2024-03-31, 152 children)");
    expect(text.stdout).toMatch(/^ {2}0 errors, \d+ warnings \(listed above\)$/m);
    expect(text.stdout + text.stderr).not.toMatch(/\(s\)/);
  });

  it("writes ':' in the three outcome cells of 2024-25, whose 12-month windows have not ended, and says so", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fgc-return-")), "return.csv");
    const { out: text, io } = bufferIo();
    expect(await returnCommandRun(samples, { period: "2024-25", out }, io)).toBe(0);
    const cells = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","));
    const outcomes = cells.filter((c) => /_(proceedings|entered_care|looked_after)_12m$/.test(c[4]));
    // Every category of every breakdown: 3 outcome cells each, none of them a number.
    expect(outcomes.length).toBe(
      cells.filter((c) => c[4] === "children_entering_pre_proceedings").length * 3,
    );
    expect(outcomes.filter((c) => c[5] !== ":" && c[5] !== "c")).toEqual([]);
    expect(outcomes.filter((c) => c[2] === "all").map((c) => c[5])).toEqual([":", ":", ":"]);
    expect(cells.find((c) => c[2] === "all" && c[4] === "children_followed_12m")?.[5]).toBe("0");
    expect(text.stdout).toMatch(/^ {2}children_proceedings_12m +:$/m);
    expect(text.stdout).toContain(
      "  12-month outcomes not yet available for 2024-25: no child's 12-month follow-up after the letter has ended by 2025-03-31",
    );
  });

  it("warns that 2022-23 counts may be incomplete: the earliest sample census is 2023-24's", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fgc-return-")), "return.csv");
    const { out: text, io } = bufferIo();
    expect(await returnCommandRun(samples, { period: "2022-23", out }, io)).toBe(0);
    expect(text.stderr.split("\n")[0]).toMatch(
      /^warning: cin-census-2023-24\.xml, ReferenceDate "2024-03-31": 2022-23 starts 2022-04-01, before the collection year of the earliest census .* add the 2022-23 census \[return-period-before-census\]$/,
    );
    expect(text.stdout).toContain(
      "  counts for 2022-23 may be incomplete: the period starts before the earliest census's year",
    );
    expect(existsSync(out)).toBe(true);
  });

  it("--threshold 0 turns suppression off and says so", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fgc-return-")), "return.csv");
    const { out: text, io } = bufferIo();
    expect(await returnCommandRun(samples, { period: "2023-24", threshold: "0", out }, io)).toBe(0);
    expect(readFileSync(out, "utf8")).not.toMatch(/,c$/m);
    expect(text.stdout).toContain("DISCLOSURE CONTROL OFF (--threshold 0)");
  });

  it("reads --period 202324 as 2023-24, as fgc areas does: the same return, labelled 2023-24", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fgc-return-"));
    const [dashed, compact] = [join(dir, "dashed.csv"), join(dir, "compact.csv")];
    expect(await returnCommandRun(samples, { period: "2023-24", out: dashed }, bufferIo().io)).toBe(0);
    const { out: text, io } = bufferIo();
    expect(await returnCommandRun(samples, { period: "202324", out: compact }, io)).toBe(0);
    expect(readFileSync(compact, "utf8")).toBe(readFileSync(dashed, "utf8"));
    expect(readFileSync(compact, "utf8").split("\n")[1]).toMatch(/^999,2023-24,/);
    expect(text.stdout).toContain("FGC return 2023-24 for LA 999");
  });

  it("rejects a malformed period, threshold or follow-up end as usage errors", async () => {
    const { io } = bufferIo();
    for (const period of ["2023-25", "202325", "2023/24", "2023-2024", "2023-04-01/2024-03-31"])
      await expect(returnCommandRun(samples, { period }, io), period).rejects.toThrow(
        /--period: expected a financial year as YYYY-YY or YYYYYY/,
      );
    await expect(returnCommandRun(samples, { period: "2023-24", threshold: "-1" }, io)).rejects.toThrow(
      UsageError,
    );
    await expect(
      returnCommandRun(samples, { period: "2023-24", followUpEnd: "31/02/2025" }, io),
    ).rejects.toThrow(UsageError);
  });

  it("is a commander command with the options of the issue", async () => {
    const command = returnCommand(bufferIo().io, () => {});
    expect(command.name()).toBe("return");
    expect(command.options.map((o) => o.long)).toEqual([
      "--period",
      "--threshold",
      "--follow-up-end",
      "--out",
      "--families",
      "--exclude",
    ]);
    const out = join(mkdtempSync(join(tmpdir(), "fgc-return-")), "r.csv");
    let code = -1;
    const program = new Command("fgc")
      .exitOverride()
      .addCommand(returnCommand(bufferIo().io, (c) => (code = c)));
    await program.parseAsync(
      ["return", samples, "--period", "2023-24", "--follow-up-end", "2025-01-31", "--out", out],
      { from: "user" },
    );
    expect(code).toBe(0);
  });
});
