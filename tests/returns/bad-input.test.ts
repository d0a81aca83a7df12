/**
 * Issue 8's bad-input list, each as a test: the rule, file, line (XML) or row (CSV) and element
 * or column of the problem, and what the return does with it.
 */
import { describe, expect, it } from "vitest";
import { returnCommandRun } from "../../src/cli/return.js";
import { readReturnsFolder } from "../../src/io/node/read-returns-folder.js";
import { DataError } from "../../src/schema/issue.js";
import { runReturn } from "../../src/returns/run.js";
import type { SyntheticChild, SyntheticEpisode } from "../../src/returns/synthetic-returns.js";
import { d, REF_2023_24, REF_2024_25 } from "../../scripts/return-sample-children.js";
import { cellMap, readFiles, returnFiles, writeFolder } from "./returns-fixture.js";

const both = [REF_2023_24, REF_2024_25];
function child(id: string, blocks: SyntheticChild["blocks"]): SyntheticChild {
  return {
    childId: id,
    sex: "F",
    PersonBirthDate: d("2018-01-01"),
    ExpectedPersonBirthDate: null,
    Ethnicity: "WBRI",
    Disabilities: ["NONE"],
    censuses: both,
    blocks,
  };
}
const letter = (iso: string, extra: Partial<SyntheticChild["blocks"][number]> = {}) => ({
  LBPSentDate: d(iso),
  FGDMMeetingOffer: true,
  FGDMMeetingFac: true,
  CourtAppDate: null,
  ...extra,
});
const base = [child("A1", [letter("2023-06-01")]), child("A2", [letter("2023-07-01")])];

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

function dataError(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error("expected a DataError");
}

describe("fgc return: bad input", () => {
  it("malformed XML: line and column of the fault; nothing written, exit 1", async () => {
    const files = returnFiles(base, []);
    const lines = files["cin-b.xml"].split("\n");
    const at = lines.findIndex((l) => l.includes("<LBPSentDate>"));
    lines[at] = lines[at].replace("</LBPSentDate>", "</<LBPSentDate>");
    files["cin-b.xml"] = lines.join("\n");
    const folder = writeFolder(files);
    const read = await readReturnsFolder(folder);
    const issue = read.issues.find((i) => i.rule === "xml-malformed");
    expect(issue).toMatchObject({ file: "cin-b.xml", row: at + 1, severity: "error" });
    expect(issue?.message).toMatch(new RegExp(`line ${at + 1}, column \\d+`));
    expect(dataError(() => runReturn(read, { period: "2023-24" })).issues).toContainEqual(issue);
    const { out, io } = bufferIo();
    expect(await returnCommandRun(folder, { period: "2023-24", out: `${folder}/out.csv` }, io)).toBe(1);
    expect(out.stderr).toContain(`cin-b.xml line ${at + 1}`);
    expect(out.stdout).toBe("");
  });

  it("a census from another collection is an error that stops the run unless excluded", async () => {
    const files = returnFiles(base, []);
    files["school.xml"] = files["cin-a.xml"]
      .replace("<Collection>CIN</Collection>", "<Collection>SCHOOL CENSUS</Collection>")
      .replace("<LEA>999</LEA>", "<LEA>888</LEA>");
    const read = await readReturnsFolder(writeFolder(files));
    expect(read.issues).toContainEqual(
      expect.objectContaining({
        rule: "return-collection-other",
        file: "school.xml",
        row: 5,
        column: "Collection",
        value: "SCHOOL CENSUS",
      }),
    );
    expect(read.censuses.map((c) => c.file)).toEqual(["cin-a.xml", "cin-b.xml"]);
    // A file in the folder that is not used stops the run (issue 12) ...
    // (the library names its option; fgc return prints --exclude, tests/returns/hostile-folder.test.ts)
    expect(dataError(() => runReturn(read, { period: "2023-24" })).message).toContain("the exclude option");
    // ... unless it is left out on purpose; then its LEA does not clash and the return is counted.
    const excluded = await readReturnsFolder(read.folder, { exclude: ["school.xml"] });
    expect(excluded.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(excluded.notes).toEqual(["not read: 1 path matching --exclude (school.xml)"]);
    expect(
      cellMap(runReturn(excluded, { period: "2023-24", threshold: 0 }).rows)[
        "all/all/children_entering_pre_proceedings"
      ],
    ).toBe(2);
  });

  it("census files of two LAs in one folder stop the run", () => {
    const files = returnFiles(base, []);
    files["cin-b.xml"] = files["cin-b.xml"].replace("<LEA>999</LEA>", "<LEA>202</LEA>");
    const error = dataError(() => runReturn(readFiles(files), { period: "2023-24" }));
    expect(error.message).toMatch(/999, 202|202, 999/);
    expect(
      error.issues.filter((i) => i.rule === "return-la-mixed").map((i) => [i.file, i.column, i.value]),
    ).toEqual([
      ["cin-a.xml", "LEA", "999"],
      ["cin-b.xml", "LEA", "202"],
    ]);
  });

  it("a CourtAppDate before its LBPSentDate is an error and is disregarded", () => {
    const children = [child("A1", [letter("2023-06-01", { CourtAppDate: d("2023-05-01") })]), base[1]];
    const files = returnFiles(children, []);
    const result = runReturn(readFiles(files), { period: "2023-24", threshold: 0 });
    const line = files["cin-b.xml"].split("\n").findIndex((l) => l.includes("<LBPSentDate>2023-06-01"));
    // The block opens on the line before its PPStartDate and LBPSentDate.
    expect(result.issues.filter((i) => i.rule === "pp-court-before-letter")).toMatchObject([
      { severity: "error", file: "cin-b.xml", row: line - 1, column: "CourtAppDate", value: "2023-05-01" },
    ]);
    expect(cellMap(result.rows)["all/all/children_proceedings_12m"]).toBe(0);
  });

  it("FGDMMeetingFac true with no offer: counted as held, not offered, warned", () => {
    const children = [
      child("A1", [letter("2023-06-01", { FGDMMeetingOffer: false })]),
      child("A2", [letter("2023-07-01", { FGDMMeetingOffer: null })]),
    ];
    const result = runReturn(readFiles(returnFiles(children, [])), { period: "2023-24", threshold: 0 });
    const cells = cellMap(result.rows);
    expect(cells["all/all/children_fgdm_held"]).toBe(2);
    expect(cells["all/all/children_offered_fgdm"]).toBe(0);
    const held = result.issues.filter((i) => i.rule === "pp-held-without-offer");
    expect(held).toHaveLength(2);
    expect(
      held.every((i) => i.severity === "warning" && i.column === "FGDMMeetingFac" && i.file === "cin-b.xml"),
    ).toBe(true);
    expect(result.issues.filter((i) => i.rule === "pp-offer-missing")).toHaveLength(1);
  });

  it("a date after the census ReferenceDate is reported with its line and element", () => {
    const files = returnFiles(base, []);
    files["cin-a.xml"] = files["cin-a.xml"].replace(
      "<LBPSentDate>2023-07-01</LBPSentDate>",
      "<LBPSentDate>2023-07-01</LBPSentDate>\n          <CourtAppDate>2024-05-01</CourtAppDate>",
    );
    const line = files["cin-a.xml"].split("\n").findIndex((l) => l.includes("2024-05-01")) + 1;
    const result = runReturn(readFiles(files), { period: "2023-24", threshold: 0 });
    expect(result.issues.filter((i) => i.rule === "date-future")).toMatchObject([
      { severity: "error", file: "cin-a.xml", row: line, column: "CourtAppDate", value: "2024-05-01" },
    ]);
  });

  it("overlapping 903 episodes are reported on the later one, by file and row", () => {
    const episodes: SyntheticEpisode[] = [
      {
        CHILD: "A1",
        DECOM: d("2023-07-01"),
        DEC: d("2023-09-01"),
        RNE: "S",
        LS: "C1",
        CIN: "N1",
        PLACE: "U1",
        REC: "E4A",
      },
      {
        CHILD: "A1",
        DECOM: d("2023-08-01"),
        DEC: d("2023-10-01"),
        RNE: "S",
        LS: "C1",
        CIN: "N1",
        PLACE: "U4",
        REC: "E4A",
      },
    ];
    const result = runReturn(readFiles(returnFiles(base, episodes)), { period: "2023-24", threshold: 0 });
    // episodes-a.csv: header row 1, the two episodes rows 2 and 3.
    expect(result.issues.filter((i) => i.rule === "episode-overlap")).toMatchObject([
      { severity: "error", file: "episodes-a.csv", row: 3, column: "DECOM", value: "01/08/2023" },
    ]);
  });

  it("a period with no letters: a clear message, exit 1", async () => {
    const folder = writeFolder(returnFiles(base, []));
    const error = dataError(() => runReturn(readFiles(returnFiles(base, [])), { period: "2021-22" }));
    expect(error.issues.map((i) => i.rule)).toContain("return-no-letters");
    expect(error.message).toContain(
      "no letter before proceedings (LBPSentDate) in 2021-22; letters run from 2023-06-01 to 2023-07-01",
    );
    const { out, io } = bufferIo();
    expect(await returnCommandRun(folder, { period: "2021-22", out: `${folder}/out.csv` }, io)).toBe(1);
    expect(out.stderr).toContain("no letter before proceedings (LBPSentDate) in 2021-22");
  });
});

describe("readReturnsFolder", () => {
  it("recognises files by content and reports the ones it cannot use", async () => {
    const files = returnFiles(base, [
      {
        CHILD: "A1",
        DECOM: d("2023-07-01"),
        DEC: null,
        RNE: "S",
        LS: "C1",
        CIN: "N1",
        PLACE: "U1",
        REC: null,
      },
    ]);
    const folder = writeFolder({
      "a.txt": files["cin-a.xml"],
      "b.dat": files["episodes-a.csv"],
      "notes.csv": "child_id,comment\nA1,hello\n",
      "other.xml": "<Workbook><Sheet/></Workbook>\n",
    });
    const read = await readReturnsFolder(folder);
    expect(read.files.map((f) => [f.file, f.kind])).toEqual([
      ["a.txt", "cin-census"],
      ["b.dat", "ssda903-csv"],
      ["notes.csv", "unrecognised"],
      ["other.xml", "unrecognised"],
    ]);
    expect(read.issues.map((i) => [i.rule, i.file])).toEqual([
      ["return-file-unrecognised", "notes.csv"],
      ["return-file-unrecognised", "other.xml"],
    ]);
  });
});
