/**
 * The road from statutory returns to src/link and src/outcomes: each block is an index event, and
 * the analysis table built from them agrees with the return's own measures for the hand-made
 * children (hand-return.test.ts), where the two definitions coincide.
 */
import { describe, expect, it } from "vitest";
import { linkRecords } from "../../src/link/link-records.js";
import { buildAnalysisTable } from "../../src/outcomes/build-analysis-table.js";
import { blockIssues } from "../../src/returns/block-issues.js";
import { mergeCensuses } from "../../src/returns/merge-censuses.js";
import { mergeEpisodes } from "../../src/returns/merge-episodes.js";
import { returnIndexEvents } from "../../src/returns/return-index-events.js";
import { returnsLinkInputs } from "../../src/returns/returns-link-inputs.js";
import { d, handChildren, handEpisodes, REF_2024_25 } from "../../scripts/return-sample-children.js";
import { readFiles, returnFiles } from "./returns-fixture.js";

describe("returnIndexEvents and returnsLinkInputs", () => {
  const input = readFiles(returnFiles(handChildren, handEpisodes));
  const issues = [...input.issues];
  const census = mergeCensuses(input.censuses, issues);
  blockIssues(census);
  const ssda903 = mergeEpisodes(input.ssda903, issues);
  const events = returnIndexEvents(census);

  it("makes one index event per letter, with offered, held and the court application", () => {
    // Letters: H01 H02 H03 H04×2 H05×2 H06 H07 H08 = 10.
    expect(events).toHaveLength(10);
    expect(
      events
        .filter((e) => e.childId === "H04")
        .map((e) => [e.indexDay, e.fgdmOffered, e.fgdmHeld, e.courtAppDay]),
    ).toEqual([
      [d("2023-04-15"), false, false, null],
      [d("2024-01-20"), true, true, d("2024-02-10")],
    ]);
    expect(events.find((e) => e.childId === "H03")).toMatchObject({
      fgdmOffered: false,
      fgdmHeld: true,
      laCode: "999",
    });
  });

  it("links to the 903 and derives outcomes with src/outcomes", () => {
    // A trial adds its own family lookup and allocation; here each child is its own family, all controls.
    const families = new Map(events.map((e) => [e.childId, `F-${e.childId}`]));
    const inputs = returnsLinkInputs(census, ssda903, events, families);
    const allocation = [...new Set(families.values())].map((familyId) => ({
      familyId,
      laCode: "999",
      arm: "control" as const,
    }));
    const linked = linkRecords({ ...inputs, allocation }, { key: "test key" });
    // H09 is in the 903 only: an unmatched episodes record.
    const episodesSource = linked.report.sources.find((s) => s.source === "episodes");
    expect(episodesSource?.unmatched).toBe(1);
    const { table, accounting } = buildAnalysisTable(linked, { extractDay: REF_2024_25 });
    expect(accounting.indexEventsIn).toBe(10);
    // One row per child: H04's and H05's later letters are left out as index-event-later.
    expect(accounting.rowsOut).toBe(8);
    expect(accounting.excluded["index-event-later"]).toBe(2);
    // H01 and H02 come before the left-out letters, so their events' positions are their rows.
    // H02's letter (2023-06-01): entered care on day 30 and looked after on day 365.
    const h02 = events.findIndex((e) => e.childId === "H02");
    expect(table.columns.entered_care_12m[h02]).toBe(1);
    expect(table.columns.looked_after_12m[h02]).toBe(1);
    // H01: the court application on day 365 counts as proceedings within the window.
    const h01 = events.findIndex((e) => e.childId === "H01");
    expect(table.columns.proceedings_12m[h01]).toBe(1);
  });
});
