// One SSDA903 looked-after episode as the outcome derivations need it: dates as day numbers
// (util/dates.ts), codes as the return spells them. The io layer maps parsed episode tables onto
// this shape; nothing here reads files.
import type { DayNumber } from "../util/dates.js";

export interface CareEpisode {
  /** Child identifier (pseudonymised before linking). */
  childId: string;
  /** Date episode commenced, day number. */
  DECOM: DayNumber;
  /** Date episode ceased, day number; `null` while the episode is open. */
  DEC: DayNumber | null;
  /** Reason for new episode (S = started to be looked after); kept for audit, periods come from dates. */
  RNE: string | null;
  /** Legal status (§1.5 of domain.md); V3/V4 are short breaks. */
  LS: string | null;
  /** Placement type (§1.7); U1–U3 are placements with relatives or friends. */
  PLACE: string | null;
  /** Reason episode ceased (§1.9); X1 = a new episode starts the same day. */
  REC: string | null;
}

/**
 * Legal statuses of short breaks (respite), not counted as being in care, as DfE's national
 * looked-after counts exclude them (domain.md §1.5).
 */
export const SHORT_BREAK_LEGAL_STATUSES: readonly string[] = ["V3", "V4"];

/** Placement types with relatives or friends, the "placed with family or friends" outcome (domain.md §1.7). */
export const KINSHIP_PLACEMENTS: readonly string[] = ["U1", "U2", "U3"];

/**
 * Whether an episode counts as being in care: every legal status except short breaks (V3, V4).
 * A blank legal status counts as in care (validation reports the blank separately).
 * @example countsAsInCare({ childId: "C1", DECOM: 0, DEC: null, RNE: "S", LS: "V4", PLACE: "U6", REC: null }) // false
 */
export function countsAsInCare(episode: Pick<CareEpisode, "LS">): boolean {
  const ls = episode.LS;
  if (ls === null || ls === undefined) return true;
  // Fast path for codes as the return spells them; normalise only odd spellings (" v3").
  if (ls.length === 2 && ls.charCodeAt(0) !== 118) return ls !== "V3" && ls !== "V4";
  const code = ls.trim().toUpperCase();
  return code !== "V3" && code !== "V4";
}

/**
 * Whether an episode's placement is with relatives or friends (PLACE U1, U2, U3).
 * @example isKinshipPlacement({ PLACE: "U3" }) // true
 */
export function isKinshipPlacement(episode: Pick<CareEpisode, "PLACE">): boolean {
  const place = episode.PLACE;
  if (place === null || place === undefined) return false;
  if (place === "U1" || place === "U2" || place === "U3") return true;
  if (place.length === 2 && place.charCodeAt(0) !== 117) return false;
  const code = place.trim().toUpperCase();
  return code === "U1" || code === "U2" || code === "U3";
}
