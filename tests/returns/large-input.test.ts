/**
 * Issue 12: per-record loops of the return hold up on huge inputs. `issues.push(...x)` and
 * `Math.min(...days)` pass every item as an argument and overflow the call stack past about
 * 120,000–150,000 items; 160,000 letters with a warning each must not crash.
 */
import { describe, expect, it } from "vitest";
import type { CinCensus, CinChild } from "../../src/io/cin-census/cin-census.js";
import { readDelimitedText } from "../../src/io/read-delimited-text.js";
import { readSsda903Table } from "../../src/io/ssda903/read-ssda903-table.js";
import { DataError } from "../../src/schema/issue.js";
import { runReturn } from "../../src/returns/run.js";
import { parseDay } from "../../src/util/dates.js";

const N = 160_000;
const d = (iso: string) => parseDay(iso, ["iso"]) as number;

/** Child i with `letters` blocks, one a day from 1 January 1970 (all long before the period). */
function child(i: number, letters: number): CinChild {
  return {
    childId: `C${i}`,
    line: 5,
    PersonBirthDate: d("2015-01-01"),
    ExpectedPersonBirthDate: null,
    Sex: "F",
    GenderCurrent: null,
    Ethnicity: "WBRI",
    Disabilities: ["NONE"],
    cinDetails: [
      {
        line: 8,
        CINreferralDate: null,
        CINclosureDate: null,
        PrimaryNeedCode: null,
        blocks: Array.from({ length: letters }, (_, day) => ({
          line: 10,
          PPStartDate: null,
          LBPSentDate: day,
          FGDMMeetingOffer: null,
          FGDMMeetingFac: null,
          InitialPPMeetingDate: null,
          ReviewMeetingsCount: null,
          StepDecisionDate: null,
          PPOutcome: null,
          CourtAppDate: null,
          LetterInitCPDate: null,
        })),
      },
    ],
  };
}

describe("fgc return on huge inputs", () => {
  it("160,000 letters, each with a warning, none in the period: a clear refusal, not a stack overflow", () => {
    const census: CinCensus = {
      file: "cin.xml",
      header: { collection: "CIN", year: "2022", referenceDay: d("2022-03-31"), lea: "999" },
      // 10 children with 16,000 letters each: 160,000 letters and as many warnings.
      children: Array.from({ length: 10 }, (_, i) => child(i, N / 10)),
      issues: [],
      complete: true,
    };
    let error: unknown;
    try {
      runReturn({ censuses: [census], ssda903: [], issues: [] }, { period: "2023-24" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    const issues = (error as DataError).issues;
    expect(issues.filter((i) => i.rule === "pp-offer-missing")).toHaveLength(N);
    // Day 0 is 1970-01-01; day 15,999 is 2013-10-21.
    expect((error as DataError).message).toContain("letters run from 1970-01-01 to 2013-10-21");
  });

  it("an SSDA903 Episodes table with 150,000 rejected rows keeps every issue", () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `C${i},01/07/2023,S,C2,N1,QQ,,,PR1`);
    const csv = `CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC,PLACE_PROVIDER\n${rows.join("\n")}\n`;
    const file = readSsda903Table(readDelimitedText(csv, "episodes.csv"), "Episodes");
    expect(file.issues.filter((i) => i.rule === "code-unknown")).toHaveLength(150_000);
    expect(file.episodes).toHaveLength(0);
  });
});
