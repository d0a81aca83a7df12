// Writes a simulated trial (simulate.ts) as the admin extracts an evaluator receives: children,
// index events (the pre-proceedings letters), allocation by family, FGC service records,
// SSDA903 looked-after episodes (UK dates, the return's column names) and court applications,
// in the layouts of the data dictionary. Rows are plain text cells, ready for CSV.
import { appendAll } from "../util/append-all.js";
import { formatDay, formatDayUk } from "../util/dates.js";
import type { Rng } from "../util/rng.js";
import type { SimulatedChild } from "./simulate.js";

export type ExtractRow = Record<string, string | null>;

export interface TrialExtracts {
  children: ExtractRow[];
  "index-events": ExtractRow[];
  allocation: ExtractRow[];
  "fgc-records": ExtractRow[];
  episodes: ExtractRow[];
  court: ExtractRow[];
}

/** A representative DfE ETHNIC code for each main group of the analysis file. */
const ETHNIC_CODE: Record<string, string> = {
  WHITE: "WBRI",
  MIXED: "MOTH",
  ASIAN: "AOTH",
  BLACK: "BOTH",
  OTHER: "OOTH",
};

/**
 * Writes simulated children (simulateTrial) as the admin extracts an evaluator receives: children,
 * index events, allocation by family, FGC records, SSDA903 episodes and court applications, in the
 * layouts of the data dictionary, as rows of text cells ready for CSV.
 * @example
 * ```ts
 * import { createRng, simulatedExtracts, simulateTrial } from "fgc-toolkit";
 * const rng = createRng(1);
 * const extracts = simulatedExtracts(simulateTrial(rng), rng);
 * Object.keys(extracts); // => ["children", "index-events", "allocation", "fgc-records", "episodes", "court"]
 * ```
 */
export function simulatedExtracts(children: SimulatedChild[], rng: Rng): TrialExtracts {
  const out: TrialExtracts = {
    children: [],
    "index-events": [],
    allocation: [],
    "fgc-records": [],
    episodes: [],
    court: [],
  };
  const families = new Map<string, SimulatedChild[]>();
  for (const c of children) families.set(c.familyId, [...(families.get(c.familyId) ?? []), c]);
  let referral = 0;
  for (const [familyId, members] of families) {
    const first = members[0];
    out.allocation.push({
      family_id: familyId,
      la_code: first.laCode,
      arm: first.arm,
      randomisation_date: formatDay(first.indexDay + 1),
      stratum: first.laCode,
    });
    if (first.arm === "fgc") {
      referral++;
      const held = first.fgcHeld === 1;
      const conference =
        held && first.conferenceDay !== null ? formatDay(first.indexDay + first.conferenceDay) : null;
      out["fgc-records"].push({
        referral_id: `R${String(referral).padStart(5, "0")}`,
        family_id: familyId,
        child_id: null,
        care_stage: "pre_proceedings",
        referral_date: formatDay(first.indexDay + 2),
        // A held conference of the simulation always agrees a plan (plan_agreed "1"), so its status is plan_agreed.
        status: held ? "plan_agreed" : "declined",
        offer_date: formatDay(first.indexDay + 5),
        accepted: held ? "1" : "0",
        decline_reason: held ? null : rng.next() < 0.5 ? "family_declined" : "no_network",
        conference_date: conference,
        plan_agreed: held ? "1" : null,
        review_date: null,
      });
    }
  }
  for (const c of children) {
    out.children.push({
      child_id: c.childId,
      family_id: c.familyId,
      la_code: c.laCode,
      dob: formatDay(c.birthDay),
      age_at_index_years: null,
      sex: c.sex,
      ethnicity: ETHNIC_CODE[c.ethnicity] ?? "NOBT",
      disability: String(c.disability),
    });
    out["index-events"].push({
      child_id: c.childId,
      family_id: c.familyId,
      index_date: formatDay(c.indexDay),
      gateway_date: null,
      fgdm_offered: null,
    });
    if (c.proceedings !== null) {
      out.court.push({
        child_id: c.childId,
        family_id: c.familyId,
        application_type: "s31_care",
        issue_date: formatDay(c.indexDay + c.proceedings),
        court_reference: null,
        final_order: null,
        final_order_date: null,
      });
    }
    appendAll(out.episodes, episodesOf(c, rng));
  }
  return out;
}

/**
 * A child's care history as SSDA903 episodes: a first episode starting the period of care
 * (RNE S), sometimes a legal-status change chained by REC X1 on the same day (RNE L), ending
 * on the exit day (DEC) or open at the extract; and, for a few children never in care, a short
 * break (LS V3) that does not count as care.
 */
function episodesOf(c: SimulatedChild, rng: Rng): ExtractRow[] {
  const rows: ExtractRow[] = [];
  const place = c.kinship ? (rng.next() < 0.5 ? "U3" : "U1") : rng.next() < 0.8 ? "U6" : "K2";
  const base = {
    CIN: "N1",
    PLACE_PROVIDER: place === "K2" ? "PR4" : "PR1",
    REASON_PLACE_CHANGE: null,
    HOME_POST: null,
    PL_POST: null,
    URN: place === "K2" ? "SC123456" : "XXXXXXX",
  };
  if (c.careEntry !== null) {
    const start = c.indexDay + c.careEntry;
    const end = c.careExit === null ? null : c.indexDay + c.careExit;
    const firstLs = c.proceedings !== null ? "C1" : "V2";
    const changeAt = start + 30 + rng.int(90);
    const chained =
      c.proceedings !== null && (end === null || end > changeAt + 1) && changeAt < c.indexDay + c.followUp;
    if (chained) {
      rows.push({
        CHILD: c.childId,
        DECOM: formatDayUk(start),
        RNE: "S",
        LS: firstLs,
        PLACE: place,
        DEC: formatDayUk(changeAt),
        REC: "X1",
        ...base,
      });
      rows.push({
        CHILD: c.childId,
        DECOM: formatDayUk(changeAt),
        RNE: "L",
        LS: "C2",
        PLACE: place,
        DEC: end === null ? null : formatDayUk(end),
        REC: end === null ? null : exitReason(c, rng),
        ...base,
      });
    } else {
      rows.push({
        CHILD: c.childId,
        DECOM: formatDayUk(start),
        RNE: "S",
        LS: firstLs,
        PLACE: place,
        DEC: end === null ? null : formatDayUk(end),
        REC: end === null ? null : exitReason(c, rng),
        ...base,
      });
    }
  } else if (rng.next() < 0.02) {
    const start = c.indexDay + 20 + rng.int(200);
    if (start + 3 < c.indexDay + c.followUp)
      rows.push({
        CHILD: c.childId,
        DECOM: formatDayUk(start),
        RNE: "S",
        LS: "V3",
        PLACE: "U6",
        DEC: formatDayUk(start + 3),
        REC: "E8",
        ...base,
      });
  }
  return rows;
}

function exitReason(c: SimulatedChild, rng: Rng): string {
  if (c.kinship) return rng.next() < 0.5 ? "E45" : "E41";
  return rng.next() < 0.7 ? "E4A" : "E13";
}
