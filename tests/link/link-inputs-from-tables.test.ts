/**
 * linkInputsFromTables: validated tables to link records (LA of an index event, ethnic groups,
 * held conferences, episodes and court records).
 */
import { describe, expect, it } from "vitest";
import { linkInputsFromTables } from "../../src/link/link-inputs-from-tables.js";
import type { CellValue, ColumnTable } from "../../src/schema/table.js";

function table(columns: Record<string, CellValue[]>): ColumnTable {
  const length = Object.values(columns)[0].length;
  return { file: "t.csv", columns, rowNumbers: Array.from({ length }, (_, i) => i + 2), length };
}

describe("linkInputsFromTables", () => {
  const inputs = linkInputsFromTables({
    children: [
      table({
        child_id: ["C1", "C2", "C3", "C4"],
        la_code: ["E06000001", "E06000002", "E06000001", "E06000001"],
        dob: [100, null, 200, 300],
        sex: ["F", "M", null, "F"],
        ethnicity: ["GROM", "REFU", null, "CHNE"],
        disability: [true, false, null, true],
      }),
    ],
    allocation: [table({ family_id: ["F1"], la_code: ["E06000009"], arm: ["fgc"] })],
    "index-events": [
      table({ child_id: ["C1", "C2", "C5"], family_id: ["F1", "F2", "F3"], index_date: [1000, 1001, 1002] }),
    ],
    "fgc-records": [
      table({
        family_id: ["F1", "F2", "F3"],
        child_id: [null, "C2", null],
        status: ["plan_agreed", "declined", "accepted"],
        conference_date: [1010, null, null],
      }),
    ],
    episodes: [
      table({
        CHILD: ["C1"],
        DECOM: [1100],
        DEC: [null],
        RNE: ["S"],
        LS: ["C2"],
        PLACE: ["U1"],
        REC: [null],
      }),
    ],
    court: [table({ child_id: ["C1"], application_type: ["s31_care"], issue_date: [1050] })],
  });

  it("gives an index event its family's allocation LA, else the child's LA, else none", () => {
    expect(inputs.indexEvents.map((e) => [e.childId, e.familyId, e.laCode, e.indexDay])).toEqual([
      ["C1", "F1", "E06000009", 1000],
      ["C2", "F2", "E06000002", 1001],
      ["C5", "F3", null, 1002],
    ]);
  });

  it("maps ethnicity codes to main groups (GROM → WROM → WHITE, REFU → UNKNOWN, blank → null)", () => {
    expect(inputs.children.map((c) => c.ethnicity)).toEqual(["WHITE", "UNKNOWN", null, "ASIAN"]);
    expect(inputs.children.map((c) => [c.birthDay, c.sex, c.disability])).toEqual([
      [100, "F", true],
      [null, "M", false],
      [200, null, null],
      [300, "F", true],
    ]);
  });

  it("counts a conference as held from its status or its date", () => {
    expect(inputs.fgc.map((r) => [r.familyId, r.childId, r.held, r.conferenceDay])).toEqual([
      ["F1", null, true, 1010],
      ["F2", "C2", false, null],
      ["F3", null, false, null],
    ]);
  });

  it("keeps episode and court fields as the return spells them", () => {
    expect(inputs.episodes).toEqual([
      { childId: "C1", laCode: null, DECOM: 1100, DEC: null, RNE: "S", LS: "C2", PLACE: "U1", REC: null },
    ]);
    expect(inputs.court).toEqual([
      { childId: "C1", laCode: null, issueDay: 1050, applicationType: "s31_care" },
    ]);
    expect(inputs.allocation).toEqual([{ familyId: "F1", laCode: "E06000009", arm: "fgc" }]);
  });
});
