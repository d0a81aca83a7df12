/**
 * The cluster-trial extension in the trial report (issue 13 §2): the ICC table and the cluster
 * sizes table print exactly results.json's numbers; the methods section carries the CONSORT
 * checklist with item numbers, each item pointing to a section that exists.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readTrialInput } from "../../src/jobs/read-trial-input.js";
import type { ReportDocument, ReportTable } from "../../src/report/document.js";
import { renderTable } from "../../src/report/html.js";
import { outcomeLabel } from "../../src/report/trial-labels.js";
import { buildTrialReport } from "../../src/report/trial-report.js";
import { trialPlanSchema } from "../../src/trial/plan.js";
import { type TrialResult, trialResultSchema } from "../../src/trial/result.js";
import { runTrial } from "../../src/trial/run.js";
import { stableStringify } from "../../src/util/stable-json.js";
import { inputFromRows, quickPlan, simulatedRows } from "../trial/fixtures.js";

let result: TrialResult;
let doc: ReportDocument;
beforeAll(async () => {
  const { input } = await readTrialInput("data-samples/trial/analysis.csv", "test");
  const plan = trialPlanSchema.parse({ bootstrapReplicates: 0, rerandomisations: 0 });
  result = trialResultSchema.parse(JSON.parse(stableStringify(runTrial(input, plan))));
  doc = buildTrialReport(result);
});

function table(d: ReportDocument, id: string): ReportTable {
  for (const s of d.sections)
    for (const b of s.blocks) if (b.kind === "table" && b.table.id === id) return b.table;
  throw new Error(`no table ${id}`);
}

/** "−0.0003 to 0.0252" → [−0.0003, 0.0252], reading U+2212 as minus. */
function numbers(cell: string): number[] {
  return [...cell.matchAll(/[−-]?\d+(\.\d+)?/g)].map((m) => Number(m[0].replace("−", "-")));
}

describe("the ICC table (data-samples/trial)", () => {
  it("has one row per results.json ICC row, with its clusters, children, n0 and ICC (95% CI)", () => {
    const t = table(doc, "icc");
    expect(t.rows).toHaveLength(result.clustering.icc.length);
    result.clustering.icc.forEach((row, i) => {
      const [outcome, level, clusters, children, n0, icc, ci] = t.rows[i] as string[];
      expect(outcome).toBe(outcomeLabel(row.outcome));
      expect(level).toBe(
        row.level === "local_authority" ? "Local authority (la_code)" : "Family (family_id)",
      );
      expect(Number(clusters.replace(/,/g, ""))).toBe(row.clusters);
      expect(Number(children.replace(/,/g, ""))).toBe(row.n);
      expect(Number(n0)).toBeCloseTo(row.n0 ?? Number.NaN, 2);
      const [est, lo, hi] = [...numbers(icc), ...numbers(ci)];
      const digits = Math.abs(row.estimate ?? 0) < 0.05 ? 4 : 3;
      expect(est).toBeCloseTo(row.estimate ?? Number.NaN, digits);
      expect(lo).toBeCloseTo(row.ci[0] ?? Number.NaN, digits);
      expect(hi).toBeCloseTo(row.ci[1] ?? Number.NaN, digits);
    });
    // e.g. the family-level ICC of the primary outcome, as the reader sees it
    const primary = result.clustering.icc[0];
    expect(t.columns.slice(5)).toEqual(["ICC", "95% CI"]);
    expect(t.rows[0].slice(5)).toEqual([
      primary.estimate?.toFixed(3),
      `${primary.ci[0]?.toFixed(3)} to ${primary.ci[1]?.toFixed(3)}`,
    ]);
    const section = doc.sections.find((s) => s.id === "clustering");
    expect(section?.title).toBe("Intracluster correlation (CONSORT 17a)");
  });

  it("prints the reason when an ICC is not estimable", () => {
    const rows = simulatedRows(11, 120).map((r, i) => ({ ...r, family_id: `S${i}` }));
    const r = trialResultSchema.parse(JSON.parse(stableStringify(runTrial(inputFromRows(rows), quickPlan))));
    const t = table(buildTrialReport(r), "icc");
    const family = t.rows.filter((row) => row[1] === "Family (family_id)");
    expect(family).toHaveLength(4);
    for (const row of family) {
      expect(row[5]).toMatch(/^not estimable: every cluster has a single unit/);
      expect(row[6]).toBe("");
    }
  });
});

describe("the cluster sizes table (data-samples/trial)", () => {
  it("prints families by number of children, mean and largest family, and LAs, by arm, as results.json", () => {
    const t = table(doc, "cluster-sizes");
    expect(t.columns).toEqual(["Clusters", "Referred for an FGC", "Control"]);
    const s = result.clustering.sizes;
    const row = (label: string) => t.rows.find((r) => r[0] === label)?.slice(1);
    const count = (n: number | null) => (n ?? Number.NaN).toLocaleString("en-GB");
    expect(row("Families with 1 child")).toEqual([
      count(s.families.fgc.byChildren[0].families),
      count(s.families.control.byChildren[0].families),
    ]);
    expect(row("Families with 5 or more children")).toEqual([
      count(s.families.fgc.byChildren[4].families),
      count(s.families.control.byChildren[4].families),
    ]);
    expect(row("Families")).toEqual([count(s.families.fgc.families), count(s.families.control.families)]);
    expect(row("Mean children per family")).toEqual([
      s.families.fgc.mean?.toFixed(2),
      s.families.control.mean?.toFixed(2),
    ]);
    expect(row("Most children in one family")).toEqual([
      count(s.families.fgc.max),
      count(s.families.control.max),
    ]);
    expect(row("Local authorities")).toEqual(["21", "21"]);
    expect(row("Families per local authority (fewest–most)")).toEqual([
      `${s.localAuthorities.fgc.minFamilies}–${s.localAuthorities.fgc.maxFamilies}`,
      `${s.localAuthorities.control.minFamilies}–${s.localAuthorities.control.maxFamilies}`,
    ]);
    // in the participants section
    const participants = doc.sections.find((x) => x.id === "participants");
    expect(participants?.blocks.some((b) => b.kind === "table" && b.table.id === "cluster-sizes")).toBe(true);
  });
});

describe("the recruitment sentence (CONSORT 14a)", () => {
  it("gives results.json's dates in words in the participants section", () => {
    const participants = doc.sections.find((x) => x.id === "participants");
    const text = participants?.blocks.find((b) => b.kind === "paragraph" && b.text.startsWith("Recruitment"));
    const words = (iso: string | null) =>
      new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
        timeZone: "UTC",
        day: "numeric",
        month: "long",
        year: "numeric",
      });
    const x = result.recruitment;
    expect(text?.kind === "paragraph" && text.text).toBe(
      `Recruitment (CONSORT 14a): pre-proceedings letters from ${words(x.firstLetter)} to ${words(x.lastLetter)}; each child followed for 365 days from the letter, the last to ${words(x.followUpEnd)}.`,
    );
  });
});

describe("the CONSORT checklist in the methods section", () => {
  it("lists the CONSORT 2010 results items with the cluster extension, each pointing to a section of the report", () => {
    const methods = doc.sections.find((s) => s.id === "methods");
    const first = methods?.blocks[0];
    expect(first?.kind === "table" && first.table.id).toBe("consort-checklist");
    const t = table(doc, "consort-checklist");
    expect(t.rows.map((r) => r[0])).toEqual([
      "6a",
      "7a",
      "12a",
      "12b",
      "13a",
      "13b",
      "14a",
      "15",
      "16",
      "17a",
      "17b",
      "18",
    ]);
    const titles = doc.sections.map((s) => s.title);
    const item = (n: string) => t.rows.find((r) => r[0] === n) as string[];
    expect(item("17a")[2]).toMatch(/intracluster correlation/);
    expect(item("17a")[3]).toContain(
      "Intracluster correlation (CONSORT 17a): ICC of each binary outcome and of days in care",
    );
    expect(item("13a")[2]).toMatch(/clusters/);
    expect(item("14a")[3]).toBe(
      "Participants: dates of the first and last letter, end of follow-up; Plan, methods and references: follow-up window",
    );
    for (const r of t.rows) {
      const where = String(r[3]);
      if (/^not in this report/.test(where)) continue;
      // every "Section title: what" part names a section that exists
      const parts = where.split("; ").filter((p) => !/not in results\.json|not in this report/.test(p));
      for (const p of parts)
        expect(
          titles.some((title) => p.startsWith(`${title}: `)),
          p,
        ).toBe(true);
    }
    expect(renderTable(t)).toContain('<th scope="row">17a</th>');
  });
});
