// One court application for a child, as the outcome derivations need it.
import type { DayNumber } from "../util/dates.js";

export interface CourtRecord {
  /** Child identifier (pseudonymised before linking). */
  childId: string;
  /** Date the application was issued, day number. */
  issueDay: DayNumber;
  /** Kind of application as the LA's legal records spell it (e.g. care order, supervision order). */
  applicationType: string | null;
}
