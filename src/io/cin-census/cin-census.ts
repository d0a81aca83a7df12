// The Children in Need census as the toolkit reads it: the header (collection, ReferenceDate,
// LEA) and, per child, the identifiers and characteristics, every CINdetails (episode of need)
// and every PreProceedingsandFGDM block in it. Dates are day numbers (util/dates.ts); element
// names keep the census's spelling. Layout: domain.md §2.1–2.2 (D2I csc-validator-be-cin ingress).
import type { Issue } from "../../schema/issue.js";
import type { DayNumber } from "../../util/dates.js";

export interface CinCensusHeader {
  /** CollectionDetails/Collection as written (`CIN` for this census); null when absent. */
  collection: string | null;
  /** CollectionDetails/Year as written. */
  year: string | null;
  /** CollectionDetails/ReferenceDate (31 March of the collection year), day number. */
  referenceDay: DayNumber | null;
  /** Source/LEA: the DfE 3-digit (or GSS) LA code, checked as read; null when absent. */
  lea: string | null;
}

/** One PreProceedingsandFGDM block: a letter before proceedings and what followed it. */
export interface PreProceedingsBlock {
  /** XML line where the block opens. */
  line: number;
  PPStartDate: DayNumber | null;
  /** Letter before proceedings sent: the index date. */
  LBPSentDate: DayNumber | null;
  /** FGDM meeting offered (in the letter, s.31ZA CA 1989); null when the element is absent. */
  FGDMMeetingOffer: boolean | null;
  /** FGDM meeting facilitated, i.e. held; null when absent. */
  FGDMMeetingFac: boolean | null;
  InitialPPMeetingDate: DayNumber | null;
  ReviewMeetingsCount: number | null;
  StepDecisionDate: DayNumber | null;
  PPOutcome: string | null;
  /** Care application made to court. */
  CourtAppDate: DayNumber | null;
  LetterInitCPDate: DayNumber | null;
}

/** One CINdetails (episode of need) with the blocks it holds. */
export interface CinDetails {
  line: number;
  CINreferralDate: DayNumber | null;
  CINclosureDate: DayNumber | null;
  PrimaryNeedCode: string | null;
  blocks: PreProceedingsBlock[];
}

export interface CinChild {
  /** LAchildID. */
  childId: string;
  /** XML line where the Child element opens. */
  line: number;
  PersonBirthDate: DayNumber | null;
  ExpectedPersonBirthDate: DayNumber | null;
  /** `Sex` (M/F/U, or 1/2 in some files) as written; null when absent. */
  Sex: string | null;
  /** `GenderCurrent` (1/2/9/0, older files) as written; null when absent. */
  GenderCurrent: string | null;
  /** Ethnicity, upper-cased, GROM read as WROM; null when absent. */
  Ethnicity: string | null;
  /** Disability codes; null when no Disabilities element is present. */
  Disabilities: string[] | null;
  cinDetails: CinDetails[];
}

export interface CinCensus {
  file: string;
  header: CinCensusHeader;
  children: CinChild[];
  /**
   * The line of every Child element read, kept in `children` or left out (an element given twice
   * with another value, no LAchildID), in file order.
   */
  childLines?: number[];
  /** Problems found while reading, with XML line and element. */
  issues: Issue[];
  /** False when the file could not be read to its end (malformed XML) or is another collection. */
  complete: boolean;
}
