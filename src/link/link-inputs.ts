// The records `linkRecords` joins, as plain typed objects with raw (not yet pseudonymised)
// identifiers and dates as day numbers (util/dates.ts). The io layer maps validated tables onto
// these shapes; nothing here reads files. Field names follow the toolkit's names (`childId`,
// `familyId`, `laCode`, `indexDay`), and SSDA903 columns keep the return's spelling.
import type { DayNumber } from "../util/dates.js";

/** One child's baseline characteristics (one record per child expected). */
export interface ChildRecord {
  childId: string;
  laCode: string | null;
  /** Date of birth, day number; null when not recorded. */
  birthDay: DayNumber | null;
  /** `M` / `F` (or as recorded); null when not recorded. */
  sex: string | null;
  /** Ethnic group as recorded (main group or ETHNIC code). */
  ethnicity: string | null;
  /** Disability recorded: true / false; null when not recorded. */
  disability: boolean | null;
}

/** A record's file and row (header = row 1). */
export interface RecordSource {
  file: string;
  row: number;
}

/** A child entering the cohort: for the trial, the pre-proceedings letter. */
export interface IndexEventRecord {
  childId: string;
  familyId: string | null;
  laCode: string | null;
  /** Index date, day number; null when missing. */
  indexDay: DayNumber | null;
  /** Where the record was read (row as a spreadsheet shows it), so messages can name it; absent for records built in memory. */
  source?: RecordSource;
}

/** Randomised allocation of a family (randomisation is by family). */
export interface AllocationRecord {
  familyId: string;
  laCode: string | null;
  arm: "fgc" | "control";
}

/** A Family Group Conference service record, for one child or for a whole family (childId null). */
export interface FgcConferenceRecord {
  familyId: string | null;
  childId: string | null;
  laCode: string | null;
  /** A conference took place. */
  held: boolean;
  /** Date of the conference, day number; null when not recorded. */
  conferenceDay: DayNumber | null;
}

/** An SSDA903 episode (CareEpisode of outcomes/ plus the LA that returned it). */
export interface EpisodeRecord {
  childId: string;
  laCode: string | null;
  DECOM: DayNumber;
  DEC: DayNumber | null;
  RNE: string | null;
  LS: string | null;
  PLACE: string | null;
  REC: string | null;
}

/** A court application (care or supervision proceedings) for a child. */
export interface CourtApplicationRecord {
  childId: string;
  laCode: string | null;
  issueDay: DayNumber;
  applicationType: string | null;
}

/** Everything one `linkRecords` call joins. Sources not available are empty arrays. */
export interface LinkInputs {
  indexEvents: readonly IndexEventRecord[];
  children: readonly ChildRecord[];
  allocation: readonly AllocationRecord[];
  fgc: readonly FgcConferenceRecord[];
  episodes: readonly EpisodeRecord[];
  court: readonly CourtApplicationRecord[];
}
