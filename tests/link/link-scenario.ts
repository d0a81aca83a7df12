/**
 * A small fictional LA extract exercising every link and outcome rule, with day numbers written
 * relative to round numbers so the expected values can be worked out by hand in the tests.
 */
import type { EpisodeRecord, LinkInputs } from "../../src/link/link-inputs.js";

export const KEY = "test-key-not-secret";
export const EXTRACT = 20_000;
export const LA1 = "E09000001";
export const LA2 = "E09000002";

const episode = (
  childId: string,
  laCode: string,
  DECOM: number,
  DEC: number | null,
  extra: Partial<EpisodeRecord> = {},
) => ({
  childId,
  laCode,
  DECOM,
  DEC,
  RNE: "S",
  LS: "C2",
  PLACE: "U4",
  REC: DEC === null ? null : "E4A",
  ...extra,
});

export function scenario(): LinkInputs {
  return {
    indexEvents: [
      { childId: "C1", familyId: "F1", laCode: LA1, indexDay: 19_000 }, // row 0: fgc, enters care at +100
      { childId: "C2", familyId: "F1", laCode: LA1, indexDay: 19_000 }, // row 1: sibling, missing DOB
      { childId: "C3", familyId: "F2", laCode: LA1, indexDay: 19_100 }, // row 2: first of two index events
      { childId: "C3", familyId: "F2", laCode: LA1, indexDay: 19_500 }, // row 3: second index event
      { childId: "C3", familyId: "F2", laCode: LA1, indexDay: 19_100 }, // row 4: duplicate of row 2
      { childId: "C4", familyId: "F3", laCode: LA2, indexDay: 19_200 }, // row 5: family never allocated
      { childId: "C5", familyId: "F4", laCode: LA2, indexDay: 19_800 }, // row 6: follow-up 200 < 365
      { childId: "C6", familyId: "F5", laCode: LA1, indexDay: 20_100 }, // row 7: after the extract
      { childId: "C7", familyId: "F6", laCode: LA1, indexDay: null }, // row 8: no index date
      { childId: "C8", familyId: "F7", laCode: LA1, indexDay: 19_000 }, // row 9: allocated to both arms
    ],
    children: [
      {
        childId: "C1",
        laCode: LA1,
        birthDay: 19_000 - 3653,
        sex: "F",
        ethnicity: "WHITE",
        disability: false,
      },
      {
        childId: "C1",
        laCode: LA1,
        birthDay: 19_000 - 3653,
        sex: "F",
        ethnicity: "WHITE",
        disability: false,
      },
      { childId: "C2", laCode: LA1, birthDay: null, sex: "M", ethnicity: "MIXED", disability: true },
      { childId: "C3", laCode: LA1, birthDay: 19_100 - 365, sex: "M", ethnicity: "BLACK", disability: null },
      { childId: "C9", laCode: LA1, birthDay: 18_000, sex: "F", ethnicity: "ASIAN", disability: false },
    ],
    allocation: [
      { familyId: "F1", laCode: LA1, arm: "fgc" },
      { familyId: "F1", laCode: LA1, arm: "fgc" },
      { familyId: "F2", laCode: LA1, arm: "control" },
      { familyId: "F4", laCode: LA2, arm: "control" },
      { familyId: "F5", laCode: LA1, arm: "fgc" },
      { familyId: "F6", laCode: LA1, arm: "fgc" },
      { familyId: "F7", laCode: LA1, arm: "fgc" },
      { familyId: "F7", laCode: LA1, arm: "control" },
      { familyId: "F99", laCode: LA1, arm: "fgc" },
    ],
    fgc: [
      { familyId: "F1", childId: null, laCode: LA1, held: true, conferenceDay: 19_010 },
      { familyId: "F9", childId: "C3", laCode: LA1, held: true, conferenceDay: null },
      { familyId: "F2", childId: "C77", laCode: LA1, held: true, conferenceDay: 19_000 },
    ],
    episodes: [
      episode("C1", LA1, 19_100, null),
      episode("C3", LA2, 19_200, 19_300),
      episode("C5", LA2, 19_850, null, { PLACE: "U1" }),
      episode("C42", LA1, 19_000, null),
      episode("C42", LA1, 19_000, null),
    ],
    court: [
      { childId: "C2", laCode: LA1, issueDay: 18_990, applicationType: "C110A" },
      { childId: "C1", laCode: LA1, issueDay: 19_200, applicationType: "C110A" },
      { childId: "C42", laCode: LA1, issueDay: 19_200, applicationType: "C110A" },
    ],
  };
}
