/**
 * The hand-made children of data-samples/returns/ (ids H01–H10), each built to show one feature
 * of the FGC return; tests/returns/sample-return.test.ts checks each one's measures by hand.
 * Censuses: 2023-24 (ReferenceDate 2024-03-31) and 2024-25 (2025-03-31); LA 999 (Northwold).
 * `returnSampleFiles` adds 240 random children (createRng, seed 20240331) for volume and gives
 * the text of every sample file.
 */
import { simulateReturnChildren } from "../src/returns/simulate-return-children.js";
import {
  cinCensusXml,
  episodesOfYear,
  type SyntheticChild,
  type SyntheticEpisode,
  ssda903EpisodesCsv,
  ssda903HeaderCsv,
  ssda903Xml,
} from "../src/returns/synthetic-returns.js";
import { parseDay } from "../src/util/dates.js";
import { createRng } from "../src/util/rng.js";

export const d = (iso: string): number => parseDay(iso, ["iso"]) as number;

export const REF_2023_24 = d("2024-03-31");
export const REF_2024_25 = d("2025-03-31");
const both = [REF_2023_24, REF_2024_25];

export const handChildren: SyntheticChild[] = [
  // Court application on day 365 (known only from the 2024-25 census): counted.
  {
    childId: "H01",
    sex: "M",
    PersonBirthDate: d("2015-06-10"),
    ExpectedPersonBirthDate: null,
    Ethnicity: "WBRI",
    Disabilities: ["NONE"],
    censuses: both,
    blocks: [
      {
        LBPSentDate: d("2023-05-10"),
        FGDMMeetingOffer: true,
        FGDMMeetingFac: true,
        CourtAppDate: d("2024-05-09"),
      },
    ],
  },
  // Court application on day 366: not counted; enters care on day 30 and is still looked after.
  {
    childId: "H02",
    sex: "F",
    PersonBirthDate: d("2020-01-01"),
    ExpectedPersonBirthDate: null,
    Ethnicity: "MWBC",
    Disabilities: ["AUT"],
    censuses: both,
    blocks: [
      {
        LBPSentDate: d("2023-06-01"),
        FGDMMeetingOffer: true,
        FGDMMeetingFac: false,
        CourtAppDate: d("2024-06-01"),
      },
    ],
  },
  // Pre-birth letter; no offer recorded but a meeting held; court application on day 0 (not counted).
  {
    childId: "H03",
    sex: "F",
    PersonBirthDate: d("2023-08-28"),
    ExpectedPersonBirthDate: d("2023-09-01"),
    Ethnicity: null,
    Disabilities: null,
    censuses: both,
    blocks: [
      {
        LBPSentDate: d("2023-07-01"),
        FGDMMeetingOffer: null,
        FGDMMeetingFac: true,
        CourtAppDate: d("2023-07-01"),
      },
    ],
  },
  // Two letters in the period: the first is the index; the court application is on the second block.
  {
    childId: "H04",
    sex: "M",
    PersonBirthDate: d("2007-03-01"),
    ExpectedPersonBirthDate: null,
    Ethnicity: "GROM",
    Disabilities: ["HAND"],
    censuses: both,
    blocks: [
      { LBPSentDate: d("2023-04-15"), FGDMMeetingOffer: false, FGDMMeetingFac: false, CourtAppDate: null },
      {
        LBPSentDate: d("2024-01-20"),
        FGDMMeetingOffer: true,
        FGDMMeetingFac: true,
        CourtAppDate: d("2024-02-10"),
      },
    ],
  },
  // Letters in 2022-23 and 2024-25 only: not in the 2023-24 population.
  {
    childId: "H05",
    sex: "F",
    PersonBirthDate: d("2010-01-01"),
    ExpectedPersonBirthDate: null,
    Ethnicity: "WBRI",
    Disabilities: ["NONE"],
    censuses: both,
    blocks: [
      { LBPSentDate: d("2022-11-01"), FGDMMeetingOffer: true, FGDMMeetingFac: false, CourtAppDate: null },
      { LBPSentDate: d("2024-06-01"), FGDMMeetingOffer: true, FGDMMeetingFac: false, CourtAppDate: null },
    ],
  },
  // Letter on the period's last day; in care since before it through an X1 chain across both 903 years.
  {
    childId: "H06",
    sex: "M",
    PersonBirthDate: d("2012-04-01"),
    ExpectedPersonBirthDate: null,
    Ethnicity: "CHNE",
    Disabilities: ["NONE"],
    censuses: both,
    blocks: [
      { LBPSentDate: d("2024-03-31"), FGDMMeetingOffer: true, FGDMMeetingFac: false, CourtAppDate: null },
    ],
  },
  // PPOutcome changes between the censuses (reported); enters care on day 366 (not counted).
  {
    childId: "H07",
    sex: "F",
    PersonBirthDate: d("2019-10-10"),
    ExpectedPersonBirthDate: null,
    Ethnicity: "BAFR",
    Disabilities: null,
    censuses: both,
    blocks: [
      {
        LBPSentDate: d("2023-10-10"),
        FGDMMeetingOffer: true,
        FGDMMeetingFac: true,
        CourtAppDate: null,
        PPOutcome: { [REF_2023_24]: "A", [REF_2024_25]: "B" },
      },
    ],
  },
  // Under 1; court application on day 200; a short police-protection episode then a new period of care.
  {
    childId: "H08",
    sex: "M",
    PersonBirthDate: d("2023-02-01"),
    ExpectedPersonBirthDate: null,
    Ethnicity: "AIND",
    Disabilities: ["NONE"],
    censuses: both,
    blocks: [
      {
        LBPSentDate: d("2023-12-01"),
        FGDMMeetingOffer: true,
        FGDMMeetingFac: true,
        CourtAppDate: d("2023-12-01") + 200,
      },
    ],
  },
  // In the CIN census only, with no letter.
  {
    childId: "H10",
    sex: "M",
    PersonBirthDate: d("2014-01-01"),
    ExpectedPersonBirthDate: null,
    Ethnicity: "WBRI",
    Disabilities: ["NONE"],
    censuses: [REF_2023_24],
    blocks: [],
  },
];

export const handEpisodes: SyntheticEpisode[] = [
  { CHILD: "H02", DECOM: d("2023-07-01"), DEC: null, RNE: "S", LS: "V2", CIN: "N1", PLACE: "U4", REC: null },
  {
    CHILD: "H03",
    DECOM: d("2023-07-11"),
    DEC: d("2023-10-09"),
    RNE: "S",
    LS: "C1",
    CIN: "N1",
    PLACE: "U3",
    REC: "E4A",
  },
  {
    CHILD: "H04",
    DECOM: d("2023-08-01"),
    DEC: d("2023-08-03"),
    RNE: "S",
    LS: "V3",
    CIN: "N2",
    PLACE: "U6",
    REC: "E4A",
  },
  {
    CHILD: "H06",
    DECOM: d("2023-01-10"),
    DEC: d("2023-09-01"),
    RNE: "S",
    LS: "V2",
    CIN: "N1",
    PLACE: "U4",
    REC: "X1",
  },
  {
    CHILD: "H06",
    DECOM: d("2023-09-01"),
    DEC: d("2024-12-01"),
    RNE: "P",
    LS: "C2",
    CIN: "N1",
    PLACE: "U1",
    REC: "X1",
  },
  { CHILD: "H06", DECOM: d("2024-12-01"), DEC: null, RNE: "L", LS: "C2", CIN: "N1", PLACE: "U1", REC: null },
  { CHILD: "H07", DECOM: d("2024-10-10"), DEC: null, RNE: "S", LS: "V2", CIN: "N1", PLACE: "U6", REC: null },
  {
    CHILD: "H08",
    DECOM: d("2023-12-06"),
    DEC: d("2023-12-08"),
    RNE: "S",
    LS: "L1",
    CIN: "N1",
    PLACE: "K2",
    REC: "E13",
  },
  { CHILD: "H08", DECOM: d("2024-03-10"), DEC: null, RNE: "S", LS: "V2", CIN: "N1", PLACE: "U3", REC: null },
  // In the 903 only: no CIN record.
  { CHILD: "H09", DECOM: d("2022-05-01"), DEC: null, RNE: "S", LS: "C2", CIN: "N1", PLACE: "U4", REC: null },
];

/** Northwold's DfE code (fictional). */
export const SAMPLE_LEA = "999";

/** File name → text of every file of data-samples/returns/. */
export function returnSampleFiles(): Record<string, string> {
  const random = simulateReturnChildren(createRng(20240331), {
    children: 240,
    firstDay: d("2022-10-01"),
    lastDay: d("2025-03-15"),
    referenceDays: [REF_2023_24, REF_2024_25],
  });
  const children = [...handChildren, ...random.children];
  const episodes = [...handEpisodes, ...random.episodes];
  const h09: SyntheticChild = {
    childId: "H09",
    sex: "F",
    PersonBirthDate: d("2016-02-02"),
    ExpectedPersonBirthDate: null,
    Ethnicity: "WBRI",
    Disabilities: null,
    blocks: [],
    censuses: [],
  };
  const year = (ref: number) => {
    const eps = episodesOfYear(episodes, ref);
    const ids = new Set(eps.map((e) => e.CHILD));
    return { eps, header: [...children, h09].filter((c) => ids.has(c.childId)) };
  };
  const y1 = year(REF_2023_24);
  const y2 = year(REF_2024_25);
  return {
    "cin-census-2023-24.xml": cinCensusXml(SAMPLE_LEA, REF_2023_24, children),
    "cin-census-2024-25.xml": cinCensusXml(SAMPLE_LEA, REF_2024_25, children),
    "ssda903-2023-24-header.csv": ssda903HeaderCsv(y1.header, REF_2023_24),
    "ssda903-2023-24-episodes.csv": ssda903EpisodesCsv(y1.eps),
    "ssda903-2024-25.xml": ssda903Xml(y2.header, y2.eps, REF_2024_25),
  };
}
