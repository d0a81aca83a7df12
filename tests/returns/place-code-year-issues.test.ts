import { describe, expect, it } from "vitest";
import type { Ssda903Episode, Ssda903File } from "../../src/io/ssda903/ssda903.js";
import { placeCodeYearIssues } from "../../src/returns/place-code-year-issues.js";
import { parseDay } from "../../src/util/dates.js";

const day = (iso: string) => parseDay(iso, ["iso"]) as number;
function file(name: string, places: [string, string][]): Ssda903File {
  const episodes: Ssda903Episode[] = places.map(([decom, PLACE], i) => ({
    CHILD: `C${i}`,
    DECOM: day(decom),
    DEC: null,
    RNE: "S",
    LS: "C2",
    CIN: "N1",
    PLACE,
    REC: null,
    file: name,
    row: i + 2,
  }));
  return { file: name, format: "csv", episodes, children: [], issues: [], complete: true };
}

describe("placeCodeYearIssues: PLACE by collection year (domain.md §1.7)", () => {
  it("K3 is not a code before 2024-25", () => {
    const issues = placeCodeYearIssues([
      file("2023-24.csv", [
        ["2023-05-01", "K3"],
        ["2024-03-01", "H5"],
      ]),
    ]);
    expect(issues.map((i) => [i.rule, i.severity, i.row, i.column, i.value])).toEqual([
      ["code-unknown", "warning", 2, "PLACE", "K3"],
    ]);
  });

  it("from 2025-26 H5, P2 and Z1 are gone and Z11–Z14 and K3 are codes", () => {
    const issues = placeCodeYearIssues([
      file("2025-26.csv", [
        ["2025-05-01", "H5"],
        ["2025-06-01", "P2"],
        ["2025-07-01", "Z1"],
        ["2025-08-01", "Z12"],
        ["2025-09-01", "K3"],
      ]),
    ]);
    expect(issues.map((i) => i.value)).toEqual(["H5", "P2", "Z1"]);
  });

  it("2024-25 accepts K3, H5, P2 and Z1", () => {
    expect(
      placeCodeYearIssues([
        file("2024-25.csv", [
          ["2024-05-01", "K3"],
          ["2024-06-01", "H5"],
          ["2025-03-01", "Z1"],
        ]),
      ]),
    ).toEqual([]);
  });
});
