/**
 * data-samples/returns/: the files match a fresh build (scripts/make-return-samples.ts), are
 * recognised by content, and give each hand-made child the measures worked out by hand in
 * hand-return.test.ts, among 240 random children.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readReturnsFolder } from "../../src/io/node/read-returns-folder.js";
import { blockIssues } from "../../src/returns/block-issues.js";
import { mergeCensuses } from "../../src/returns/merge-censuses.js";
import { mergeEpisodes } from "../../src/returns/merge-episodes.js";
import { returnChildren } from "../../src/returns/return-children.js";
import { parseReturnPeriod } from "../../src/returns/return-period.js";
import { returnResultSchema } from "../../src/returns/result.js";
import { runReturn } from "../../src/returns/run.js";
import { REF_2024_25, returnSampleFiles } from "../../scripts/return-sample-children.js";

const dir = join(import.meta.dirname, "../../data-samples/returns");

describe("data-samples/returns", () => {
  it("holds exactly what scripts/make-return-samples.ts writes", () => {
    for (const [name, text] of Object.entries(returnSampleFiles()))
      expect(readFileSync(join(dir, name), "utf8"), name).toBe(text);
  });

  it("is recognised by content: two censuses, 903 as CSV tables and as XML", async () => {
    const folder = await readReturnsFolder(dir);
    expect(folder.files).toEqual([
      { file: "cin-census-2023-24.xml", kind: "cin-census", detail: "2024" },
      { file: "cin-census-2024-25.xml", kind: "cin-census", detail: "2025" },
      { file: "ssda903-2023-24-episodes.csv", kind: "ssda903-csv", detail: "Episodes" },
      { file: "ssda903-2023-24-header.csv", kind: "ssda903-csv", detail: "Header" },
      { file: "ssda903-2024-25.xml", kind: "ssda903-xml" },
    ]);
    expect(folder.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("gives each hand-made child the measures worked out by hand", async () => {
    const folder = await readReturnsFolder(dir);
    const issues = [...folder.issues];
    const census = mergeCensuses(folder.censuses, issues);
    blockIssues(census);
    const rows = returnChildren(
      census,
      mergeEpisodes(folder.ssda903, issues),
      parseReturnPeriod("2023-24"),
      REF_2024_25,
    );
    const hand = Object.fromEntries(
      rows
        .filter((r) => r.childId.startsWith("H"))
        .map(
          (r) =>
            [
              r.childId,
              [r.offered, r.held, r.followed, r.proceedings, r.enteredCare, r.lookedAfter]
                .map(Number)
                .join(""),
            ] as const,
        ),
    );
    // offered, held, followed, proceedings, entered care, looked after (hand-return.test.ts)
    expect(hand).toEqual({
      H01: "111100",
      H02: "101011",
      H03: "011010",
      H04: "001100",
      H06: "101001",
      H07: "111000",
      H08: "111111",
    });
  });

  it("writes a suppressed return in which no count 1–5 shows and no hidden cell is alone in its breakdown", async () => {
    const result = runReturn(await readReturnsFolder(dir), { period: "2023-24" });
    expect(result.rows.length).toBeGreaterThan(0);
    for (const r of result.rows)
      if (typeof r.value === "number") expect(r.value === 0 || r.value > 5, JSON.stringify(r)).toBe(true);
    const total = new Map(result.rows.filter((r) => r.breakdown === "all").map((r) => [r.measure, r.value]));
    const groups = new Map<string, (number | "c" | ":")[]>();
    for (const r of result.rows.filter((x) => x.breakdown !== "all")) {
      const key = `${r.measure}|${r.breakdown}`;
      groups.set(key, [...(groups.get(key) ?? []), r.value]);
    }
    for (const [key, values] of groups) {
      const hidden = values.filter((v) => v === "c").length;
      const totalHidden = total.get(key.split("|")[0]) === "c";
      // A lone hidden category under a shown total, or a hidden total over shown categories, is recoverable.
      expect(!totalHidden && hidden === 1, key).toBe(false);
      expect(totalHidden && hidden === 0, key).toBe(false);
    }
    expect(result.summary.suppressedPrimary).toBeGreaterThan(0);
  });

  it("gives results that returnResultSchema parses whole, with the link report and with outcomes not yet available", async () => {
    const folder = await readReturnsFolder(dir);
    const results = [
      runReturn(folder, { period: "2023-24" }),
      runReturn(folder, { period: "2024-25", threshold: 0, linkKey: "sample-key" }),
    ];
    expect(results[1].linkReport).toBeDefined();
    expect(results[1].rows.some((r) => r.value === ":")).toBe(true);
    for (const result of results) {
      // Parsing strips any key the schema does not name, so equality also catches a field the schema lacks.
      expect(returnResultSchema.parse(result)).toEqual(result);
    }
    // The schema refuses what a return may not hold: a count that is not whole, a symbol other than c and :.
    const [first] = results[0].rows;
    for (const value of [1.5, -1, "z", "0"])
      expect(
        returnResultSchema.safeParse({ ...results[0], rows: [{ ...first, value }] }).success,
        String(value),
      ).toBe(false);
  });
});
