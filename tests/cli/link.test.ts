/**
 * `fgc link` on the hand-made Northwold extracts (data-samples/link, whose README lists every
 * case with its expected values) and on the simulated trial (data-samples/trial), whose
 * analysis.csv was derived from the same timelines as its extracts.
 *
 * Dates in data-samples/link: I = 2024-01-10, E = 2025-03-31 = I + 446, W = 365; "+n" is I + n.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SAMPLE_LINK_KEY } from "../../src/io/node/link-key.js";
import { createPseudonymiser } from "../../src/link/pseudonymise.js";
import { ANALYSIS_COLUMNS } from "../../src/outcomes/analysis-table.js";
import { tableSpecs } from "../../src/schema/catalog.js";
import { runFgc } from "./run-cli-helper.js";

const childPseudonym = createPseudonymiser(SAMPLE_LINK_KEY, { domain: "child" });
const familyPseudonym = createPseudonymiser(SAMPLE_LINK_KEY, { domain: "family" });

type Row = Record<string, string>;

function readCsv(path: string): { header: string[]; rows: Row[] } {
  const [head, ...lines] = readFileSync(path, "utf8").trimEnd().split(/\r?\n/);
  const header = head.split(",");
  return { header, rows: lines.map((l) => Object.fromEntries(l.split(",").map((v, j) => [header[j], v]))) };
}

/** Rows of the analysis file by raw child id (pseudonyms recomputed with the sample key). */
function byChild(rows: Row[], ids: string[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const id of ids)
    map.set(
      id,
      rows.filter((r) => r.child_id === childPseudonym(id)),
    );
  return map;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fgc-link-"));
  vi.stubEnv("FGC_LINK_KEY", "");
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe("fgc link data-samples/link", () => {
  async function run() {
    const out = join(dir, "analysis.csv");
    const r = await runFgc("link", "data-samples/link", "--out", out, "--extract-date", "2025-03-31");
    const csv = readCsv(out);
    const report = JSON.parse(readFileSync(join(dir, "match-report.json"), "utf8"));
    return { ...r, ...csv, report };
  }

  it("exits 0 with a warning for the sample key and for L03's overlapping episode", async () => {
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/sample key/);
    expect(r.stderr).toMatch(/episodes\.csv row 6, DECOM "28\/07\/2024".*\[episode-overlap-kept\]/);
    expect(r.report.issues.map((i: { rule: string }) => i.rule)).toEqual(["episode-overlap-kept"]);
  });

  it("writes the trial-analysis columns first, then the audit columns, with pseudonymised ids", async () => {
    const r = await run();
    const trialColumns = tableSpecs["trial-analysis"].columns.filter((c) => c.required).map((c) => c.name);
    expect(r.header.slice(0, trialColumns.length)).toEqual(trialColumns);
    expect(r.header).toEqual([...ANALYSIS_COLUMNS]);
    const text = readFileSync(join(dir, "analysis.csv"), "utf8");
    expect(text).not.toMatch(/\bL\d\d\b|\bF\d\d\b/);
    expect(r.rows.map((row) => row.child_id)).toContain(childPseudonym("L01"));
    expect(r.rows.find((row) => row.child_id === childPseudonym("L01"))?.family_id).toBe(
      familyPseudonym("F01"),
    );
  });

  it("derives every outcome as the README works it out by hand", async () => {
    const r = await run();
    const ids = ["L01", "L02", "L03", "L04", "L05", "L06", "L07", "L08", "L09", "L10", "L11", "L12", "X01"];
    const rows = byChild(r.rows, ids);
    const pick = (id: string, k = 0) => {
      const row = rows.get(id)?.[k];
      if (!row) throw new Error(`no row ${k} for ${id}`);
      return [
        row.arm,
        row.index_date,
        row.age_years,
        row.fgc_held,
        row.looked_after_12m,
        row.entered_care_12m,
        row.proceedings_12m,
        row.days_in_care_12m,
        row.time_to_care_days,
        row.care_event,
        row.index_event_number,
        row.follow_up_days,
        row.censored,
        row.already_looked_after,
        row.proceedings_before_index,
        row.placed_with_kin_12m,
        row.la_disagreement,
        row.family_disagreement,
      ].join(" ");
    };
    // Columns: arm index_date age fgc_held LA12 entered proc days time event number follow-up
    // censored already before kin la_dis fam_dis.
    // L01: episode +300 … +400 straddles +365: looked after; days = min(400, 366) − 300 = 66;
    // court +290; age 2922/365.25 = 8.0; family FGC held +20.
    expect(pick("L01")).toBe("fgc 2024-01-10 8 1 1 1 1 66 300 1 1 446 0 0 0 0 0 0");
    // L02: +50 … +120 (X1) then +120 … +200: one period, days = 200 − 50 = 150, one entry at +50.
    expect(pick("L02")).toBe("fgc 2024-01-10 4 1 0 1 1 150 50 1 1 446 0 0 0 0 0 0");
    // L03: +100 … +250 and +200 … +280 overlap: union 280 − 100 = 180 days (not 150 + 80); U1 kin.
    expect(pick("L03")).toBe("control 2024-01-10 10 0 0 1 0 180 100 1 1 446 0 0 0 1 0 0");
    // L04: open from +200: in care on +365; days = 366 − 200 = 166; U3 kin; FGC declined.
    expect(pick("L04")).toBe("fgc 2024-01-10 15 0 1 1 1 166 200 1 1 446 0 0 0 1 0 0");
    // L05: only short breaks (V3), one covering +365: never in care; censored at E: 446.
    // Age 730/365.25 = 1.9986, floored to 1.9.
    expect(pick("L05")).toBe("control 2024-01-10 1.9 0 0 0 0 0 446 0 1 446 0 0 0 0 0 0");
    // L06: epo issued I − 10 (before: 1, outcome 0); in care −5 … +20: already looked after,
    // days = 20 − 1 = 19, no entry after I (time 446, event 0); child-level FGC held +30.
    expect(pick("L06")).toBe("fgc 2024-01-10 12 1 0 0 0 19 446 0 1 446 0 1 1 0 0 0");
    // L07, first letter I: open episode from +250: days = 366 − 250 = 116.
    expect(pick("L07", 0)).toBe("control 2024-01-10 7 0 1 1 0 116 250 1 1 446 0 0 0 0 0 0");
    // L07, second letter I + 200: one row per child, so it is no row of its own: left out as
    // index-event-later and named by its file and row in the match report.
    expect(rows.get("L07")).toHaveLength(1);
    // L08: no dob (age blank); FGC held at +400, after +365: fgc_held 0.
    expect(pick("L08")).toBe("fgc 2024-01-10  0 0 0 0 0 446 0 1 446 0 0 0 0 0 0");
    // L09: only a letter and an allocation.
    expect(pick("L09")).toBe("control 2024-01-10  0 0 0 0 0 446 0 1 446 0 0 0 0 0 0");
    // No children record: the schema's unknown codes, never blanks; disability (a 0/1 covariate
    // with no unknown code) is blank, read as missing.
    expect(rows.get("L09")?.[0]).toMatchObject({ sex: "U", ethnicity: "UNKNOWN", disability: "" });
    expect(rows.get("L08")?.[0]).toMatchObject({ sex: "M", ethnicity: "UNKNOWN", disability: "" });
    // L10: children record in E06009998, FGC record under family F99: both disagree.
    expect(pick("L10")).toBe("fgc 2024-01-10 8.9 0 0 0 0 0 446 0 1 446 0 0 0 0 1 1");
    expect(rows.get("L10")?.[0].la_code).toBe("E06009999");
    // L11: letter E − 100: follow-up 100 < 365, censored; entry at +40: time 40, event 1.
    expect(pick("L11")).toBe("control 2024-12-21 4.9 0     40 1 1 100 1 0 0  0 0");
    // L12 (never allocated) and X01 (no letter) have no row; every other child has one.
    expect(rows.get("L12")).toEqual([]);
    expect(rows.get("X01")).toEqual([]);
    expect(r.rows).toHaveLength(11);
    expect(new Set(r.rows.map((row) => row.child_id)).size).toBe(11);
    // Ethnicity as main groups: WBRI WBRI MWBC APKN BAFR OOTH REFU (blank) (none) WIRI CHNE.
    expect(r.rows.map((row) => row.ethnicity)).toEqual([
      "WHITE",
      "WHITE",
      "MIXED",
      "ASIAN",
      "BLACK",
      "OTHER",
      "UNKNOWN",
      "UNKNOWN",
      "UNKNOWN",
      "WHITE",
      "ASIAN",
    ]);
  });

  it("reports matches, unmatched records on each side, and disagreements", async () => {
    const { report } = await run();
    const m = report.matchReport;
    // 13 letters (L07 twice) of 12 children (L01–L12) in 11 families (F01–F11).
    expect([m.indexEvents, m.children, m.families]).toEqual([13, 12, 11]);
    const sources = Object.fromEntries(
      m.sources.map((s: Record<string, number>) => [
        s.source,
        [s.records, s.matched, s.unmatched, s.duplicates, s.cohortWithout],
      ]),
    );
    // children: 12 records, X01 unmatched, L09 without one.
    expect(sources.children).toEqual([12, 11, 1, 0, 1]);
    // allocation: F01–F10 and F97: F97 unmatched, F11 without one.
    expect(sources.allocation).toEqual([11, 10, 1, 0, 1]);
    // fgc: 5 records all matched (R05 by its child L10); 12 − 6 children covered (L01 L02 L04 L06 L08 L10).
    expect(sources.fgc).toEqual([5, 5, 0, 0, 6]);
    // episodes: 12 records, X01's unmatched; L08 L09 L10 L12 have none.
    expect(sources.episodes).toEqual([12, 11, 1, 0, 4]);
    // court: 6 records, X01's unmatched; 12 − 5 children without (L01 L02 L04 L06 L11 have one).
    expect(sources.court).toEqual([6, 5, 1, 0, 7]);
    expect(m.disagreementCounts).toEqual({ laCode: 1, familyId: 1 });
    expect(m.disagreements.map((d: { childId: string }) => d.childId)).toEqual([
      childPseudonym("L10"),
      childPseudonym("L10"),
    ]);
    // Named by the row of L10's letter (index-events.csv row 12), never by a pseudonym alone.
    expect(m.disagreements.map((d: { indexEvent: string }) => d.indexEvent)).toEqual([
      "index-events.csv row 12",
      "index-events.csv row 12",
    ]);
    expect(sources.children[2] + sources.children[1]).toBe(sources.children[0]);
  });

  it("accounts for every row: 13 in = 11 out + 1 excluded + 1 later letter", async () => {
    const r = await run();
    const a = r.report.rowAccounting;
    expect(a).toMatchObject({
      indexEventsIn: 13,
      childrenIn: 12,
      linked: 11, // 12 allocated letters, L07's second left out as index-event-later
      rowsOut: 11,
      childrenOut: 11,
      censored: 1, // L11
      alreadyLookedAfter: 1, // L06
      ageMissing: 2, // L08 (no dob), L09 (no children record)
      childRecordMissing: 1, // L09
    });
    expect(a.excluded["allocation-missing"]).toBe(1); // L12
    expect(a.excluded["index-event-later"]).toBe(1); // L07's letter of I + 200
    // The match report names the later letter by its file and row (index-events.csv: header, then
    // L01 … L07 on rows 2–8, L07's second letter on row 9), not by a pseudonym.
    expect(r.report.matchReport.laterIndexEvents).toBe(1);
    expect(r.report.matchReport.laterIndexEventExamples).toEqual(["index-events.csv row 9"]);
    expect(r.stdout).toMatch(/1 later index event left out \(index-event-later\): index-events\.csv row 9\n/);
    const excluded = Object.values(a.excluded as Record<string, number>).reduce((s, n) => s + n, 0);
    expect(a.rowsOut + excluded).toBe(a.indexEventsIn);
    expect(r.stdout).toMatch(/children in\s+12\n/);
    expect(r.stdout).toMatch(/disagreements: LA 1 child, family 1 child\n/);
    expect(r.stdout).toMatch(/\n {2}index-events\.csv row 12 \(child [0-9a-f]{12}…\) laCode: E06009999/);
    expect(r.stdout).toMatch(/excluded: allocation-missing\s+1\n/);
    expect(r.stdout).toMatch(/rows out\s+11\n/);
    expect(r.stdout).toMatch(/episodes\s+12\s+11\s+1\s+0\s+4\n/);
    expect(r.report.extractDate).toBe("2025-03-31");
    expect(r.report.files).toHaveLength(6);
  });

  it("gives the same pseudonyms with a key file holding the sample key, and others with another key", async () => {
    const keyFile = join(dir, "link.key");
    writeFileSync(keyFile, `${SAMPLE_LINK_KEY}\n`);
    const out = join(dir, "k.csv");
    const r = await runFgc(
      "link",
      "data-samples/link",
      "--out",
      out,
      "--key-file",
      keyFile,
      "--extract-date",
      "2025-03-31",
    );
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/sample key/);
    expect(readCsv(out).rows[0].child_id).toBe(childPseudonym("L01"));
    writeFileSync(keyFile, "another key of more than sixteen bytes");
    await runFgc("link", "data-samples/link", "--out", out, "--key-file", keyFile);
    expect(readCsv(out).rows[0].child_id).not.toBe(childPseudonym("L01"));
  });
});

describe("fgc link outside the samples", () => {
  it("refuses to run without a key (exit 2) and runs with FGC_LINK_KEY", async () => {
    const folder = join(dir, "extracts");
    cpSync("data-samples/link", folder, { recursive: true });
    // Same rows, other bytes (CRLF line ends): not the bundled samples, whose content is hashed.
    const children = join(folder, "children.csv");
    writeFileSync(children, readFileSync(children, "utf8").replace(/\r?\n/g, "\r\n"));
    const out = join(dir, "out", "analysis.csv");
    const refused = await runFgc("link", folder, "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/FGC_LINK_KEY/);
    vi.stubEnv("FGC_LINK_KEY", "a key of more than sixteen bytes");
    const ok = await runFgc("link", folder, "--out", out);
    expect(ok.code).toBe(0);
    // Without --extract-date, follow-up ends on the latest date in the extracts: L01's DEC and
    // R04's conference, both +400 = 2025-02-13 (later than L11's DECOM, 2025-01-30).
    expect(ok.stderr).toMatch(/latest date in the extracts, 2025-02-13/);
  });

  it("writes nothing when an extract has a rejected row (a partial read is never linked)", async () => {
    const folder = join(dir, "rejected");
    cpSync("data-samples/link", folder, { recursive: true });
    const episodes = join(folder, "episodes.csv");
    const lines = readFileSync(episodes, "utf8").split("\n");
    const decom = lines[0].split(",").indexOf("DECOM");
    const cells = lines[2].split(",");
    cells[decom] = "31/02/2024";
    lines[2] = cells.join(",");
    writeFileSync(episodes, lines.join("\n"));
    vi.stubEnv("FGC_LINK_KEY", "a key of more than sixteen bytes");
    const out = join(dir, "rejected-out", "analysis.csv");
    const r = await runFgc("link", folder, "--out", out, "--extract-date", "2025-03-31");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/episodes\.csv row 3, DECOM "31\/02\/2024"/);
    expect(r.stderr).toMatch(/nothing written/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, "rejected-out", "match-report.json"))).toBe(false);
  });

  it("exits 1 when an extract is missing, 2 for a bad window or date", async () => {
    const folder = join(dir, "extracts");
    cpSync("data-samples/link", folder, { recursive: true });
    rmSync(join(folder, "court.csv"));
    vi.stubEnv("FGC_LINK_KEY", "a key of more than sixteen bytes");
    const missing = await runFgc("link", folder, "--out", join(dir, "a.csv"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no court extract.*\[link-extract-missing\]/);
    expect(
      (await runFgc("link", "data-samples/link", "--out", join(dir, "a.csv"), "--window", "12m")).code,
    ).toBe(2);
    expect(
      (await runFgc("link", "data-samples/link", "--out", join(dir, "a.csv"), "--extract-date", "31/02/2025"))
        .code,
    ).toBe(2);
    expect((await runFgc("link", "no-such-folder", "--out", join(dir, "a.csv"))).code).toBe(2);
  });
});

describe("fgc link data-samples/trial", () => {
  it("reproduces analysis.csv's outcomes and fgc_held for every child", async () => {
    const out = join(dir, "analysis.csv");
    // The simulation's extract date: its last letter (2022-05-14) + 400 days.
    const r = await runFgc("link", "data-samples/trial", "--out", out, "--extract-date", "2023-06-18");
    expect(r.code).toBe(0);
    const linked = new Map(readCsv(out).rows.map((row) => [row.child_id, row]));
    const expected = readCsv("data-samples/trial/analysis.csv").rows;
    expect(linked.size).toBe(expected.length);
    const columns = [
      "looked_after_12m",
      "entered_care_12m",
      "proceedings_12m",
      "days_in_care_12m",
      "time_to_care_days",
      "care_event",
      "fgc_held",
      "arm",
      "la_code",
      "age_years",
      "sex",
      "ethnicity",
      "disability",
    ];
    const differences: string[] = [];
    for (const row of expected) {
      const got = linked.get(childPseudonym(row.child_id));
      for (const c of columns) {
        if (got?.[c] !== row[c])
          differences.push(`${row.child_id} ${c}: analysis.csv ${row[c]}, linked ${got?.[c]}`);
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });
});
