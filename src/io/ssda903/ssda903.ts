// The SSDA903 looked-after return as the returns pipeline reads it, from either the XML return
// (EXPSSDA903/CHILD/HEADER + EPISODE, CHILDID and PL) or the CSV tables case systems export
// (Header, Episodes …). Dates are day numbers; columns keep the return's spelling (domain.md §1).
import type { Issue } from "../../schema/issue.js";
import type { DayNumber } from "../../util/dates.js";

export interface Ssda903Episode {
  CHILD: string;
  DECOM: DayNumber;
  DEC: DayNumber | null;
  RNE: string | null;
  LS: string | null;
  CIN: string | null;
  PLACE: string | null;
  REC: string | null;
  /** File the episode was read from, and its row (CSV) or line (XML). */
  file: string;
  row: number;
}

/** A child of the 903 Header table (or XML HEADER). */
export interface Ssda903Child {
  CHILD: string;
  /** M/F/U (1/2 read as M/F); null when blank. */
  SEX: string | null;
  DOB: DayNumber | null;
  ETHNIC: string | null;
  file: string;
  row: number;
}

/** The 903 tables the pipeline uses; the others are recognised and left aside. */
export type Ssda903TableKind =
  | "Header"
  | "Episodes"
  | "Reviews"
  | "UASC"
  | "OC2"
  | "OC3"
  | "AD1"
  | "PlacedAdoption"
  | "PrevPerm"
  | "Missing"
  | "SWEpisodes"
  | "DoLo";

/** One 903 file read: its episodes and header children, with the problems found. */
export interface Ssda903File {
  file: string;
  format: "xml" | "csv";
  /** For CSV: the table recognised; XML holds Header and Episodes together. */
  table?: Ssda903TableKind;
  episodes: Ssda903Episode[];
  children: Ssda903Child[];
  issues: Issue[];
  /** False when the file could not be read (malformed XML, missing columns). */
  complete: boolean;
}
