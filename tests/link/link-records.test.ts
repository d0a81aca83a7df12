import { describe, expect, it } from "vitest";
import { linkRecords } from "../../src/link/link-records.js";
import { createPseudonymiser } from "../../src/link/pseudonymise.js";
import { KEY, LA1, LA2, scenario } from "./link-scenario.js";

const child = createPseudonymiser(KEY, { domain: "child" });
const family = createPseudonymiser(KEY, { domain: "family" });

describe("linkRecords on the hand-built scenario", () => {
  const linked = linkRecords(scenario(), { key: KEY });
  const source = (name: string) => linked.report.sources.find((s) => s.source === name)!;

  it("defines the cohort by the index events: 8 children, 7 families, 10 events", () => {
    expect(linked.report).toMatchObject({
      indexEvents: 10,
      children: 8,
      families: 7,
      duplicateIndexEvents: 1,
      missingIndexDay: 1,
    });
    expect(linked.childIds[0]).toBe(child("C1"));
    expect(linked.familyIds[0]).toBe(family("F1"));
  });

  it("marks link-time exclusions on the index events", () => {
    expect(linked.events.exclusion).toEqual([
      null,
      null,
      null,
      "index-event-later", // C3's second letter: one row per child, the earliest linked letter's
      "index-event-duplicate",
      "allocation-missing",
      null,
      null,
      "index-date-missing",
      "allocation-conflict",
    ]);
  });

  it("numbers a child's index events by date", () => {
    // C3: 19100 → 1, 19500 → 2, repeated 19100 shares number 1
    expect(Array.from(linked.events.eventNumber.slice(2, 5))).toEqual([1, 2, 1]);
  });

  it("reports unmatched records on each side", () => {
    // children: C1, C1 (duplicate), C2, C3 match; C9 is not in the cohort; C4…C8 have no record
    expect(source("children")).toMatchObject({
      records: 5,
      matched: 4,
      unmatched: 1,
      duplicates: 1,
      cohortWithout: 5,
    });
    expect(source("children").unmatchedExamples).toEqual([child("C9")]);
    // allocation: F99 not in the cohort; F3 (C4) has none; F1 repeated, F7 both arms
    expect(source("allocation")).toMatchObject({
      records: 9,
      matched: 8,
      unmatched: 1,
      duplicates: 2,
      cohortWithout: 1,
    });
    expect(source("allocation").unmatchedExamples).toEqual([family("F99")]);
    expect(source("allocation").cohortWithoutExamples).toEqual([family("F3")]);
    // episodes: C42 twice (unmatched, and a duplicate pair is not counted since unmatched rows are not grouped)
    expect(source("episodes")).toMatchObject({ records: 5, matched: 3, unmatched: 2, duplicates: 0 });
    expect(source("episodes").unmatchedExamples).toEqual([child("C42")]);
    expect(source("court")).toMatchObject({ records: 3, matched: 2, unmatched: 1 });
    // FGC: family F1 (C1, C2) and child C3 match; C77 does not
    expect(source("fgc")).toMatchObject({ records: 3, matched: 2, unmatched: 1, cohortWithout: 5 });
  });

  it("flags a child who moves LA and a child whose family differs between sources", () => {
    const c3 = 2; // cohort index of C3
    expect(linked.laDisagreement[c3]).toBe(1);
    expect(linked.familyDisagreement[c3]).toBe(1);
    expect(linked.report.disagreementCounts).toEqual({ laCode: 1, familyId: 1 });
    expect(linked.report.disagreements).toContainEqual({
      childId: child("C3"),
      field: "laCode",
      values: [
        { value: LA1, sources: ["allocation", "children", "fgc", "indexEvents"] },
        { value: LA2, sources: ["episodes"] },
      ],
    });
    expect(linked.report.disagreements).toContainEqual({
      childId: child("C3"),
      field: "familyId",
      values: [
        { value: family("F2"), sources: ["indexEvents"] },
        { value: family("F9"), sources: ["fgc"] },
      ],
    });
  });

  it("counts exact duplicate episodes of a cohort child", () => {
    const inputs = scenario();
    inputs.episodes = [...inputs.episodes, { ...inputs.episodes[0] }];
    const again = linkRecords(inputs, { key: KEY });
    expect(again.report.sources.find((s) => s.source === "episodes")!.duplicates).toBe(1);
  });

  it("never lets a raw identifier into the report", () => {
    const text = JSON.stringify(linked.report);
    for (const raw of ["C1", "C3", "C9", "C42", "C77", "F1", "F99"]) expect(text).not.toContain(`"${raw}"`);
  });

  it("gives other pseudonyms under another key", () => {
    expect(linkRecords(scenario(), { key: "other" }).childIds[0]).not.toBe(linked.childIds[0]);
  });
});
