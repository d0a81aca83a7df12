// A synthetic trial in the image of the published English FGC trial (Taylor et al. 2024): 21 local
// authorities, about 1,470 families and 2,550 children randomised by family at the pre-proceedings
// letter, with realistic family sizes, variation between authorities and families, partial
// take-up of the conference, and follow-up of varying length. Arm outcomes match the published
// figures in expectation (looked after at 12 months 36.2% vs 44.8%; proceedings 59.2% vs 71.7%;
// days in care 87 vs 115). Every child's timeline (care entry and exit, proceedings) is kept, so
// both the analysis-ready file and the admin extracts can be written from the same children.
import { formatDay } from "../util/dates.js";
import type { Rng } from "../util/rng.js";

/**
 * One simulated child of simulateTrial, with the whole timeline (care entry and exit, proceedings, follow-up) in days from the index date.
 */
export interface SimulatedChild {
  childId: string;
  familyId: string;
  laCode: string;
  arm: "fgc" | "control";
  indexDay: number;
  birthDay: number;
  sex: "F" | "M";
  ethnicity: string;
  disability: 0 | 1;
  fgcHeld: 0 | 1;
  /** Day of the FGC referral and conference (family-level), when held. */
  conferenceDay: number | null;
  /** Days from the index date to care entry, or null. */
  careEntry: number | null;
  /** Days from the index date to leaving care, or null when still in care at the extract. */
  careExit: number | null;
  /** Days from the index date to the issue of care proceedings, or null. */
  proceedings: number | null;
  /** Days of follow-up from the index date to the extract. */
  followUp: number;
  /** Placement with relatives or friends (SSDA903 U1–U3). */
  kinship: boolean;
}

/** Options of simulateTrial. */
export interface SimulationOptions {
  /** Families randomised; default 1,471. */
  families?: number;
  /** Local authorities; default 21. */
  localAuthorities?: number;
  /** Outcome window in days; default 365. */
  window?: number;
  /** Day number of the extract: every child's follow-up ends there; default 400 days after the last letter. */
  extractDay?: number;
  /** Share of children whose follow-up stops before the window (moved away); default 0. Only the
   * analysis-ready file can show them: linked extracts end at one extract date. */
  shortFollowUpShare?: number;
}

const ETHNICITY: [string, number][] = [
  ["WHITE", 0.735],
  ["MIXED", 0.105],
  ["ASIAN", 0.072],
  ["BLACK", 0.058],
  ["OTHER", 0.03],
];
const FAMILY_SIZE: [number, number][] = [
  [1, 0.56],
  [2, 0.25],
  [3, 0.12],
  [4, 0.05],
  [5, 0.02],
];
const FIRST_INDEX_DAY = 18507; // 2020-09-02
const LAST_INDEX_DAY = 19126; // 2022-05-14

/** Per-arm calibration: logit of care entry, exponent of the entry-time distribution, etc. */
const ARM = {
  fgc: { enterLogit: -0.4, entryShape: 1.6, stayProb: 0.88, procIfCare: 0.85, procIfNot: 0.413 },
  control: { enterLogit: 0.02, entryShape: 1.9, stayProb: 0.9, procIfCare: 0.85, procIfNot: 0.584 },
} as const;

/**
 * Simulates a trial in the image of the published English FGC trial (Taylor et al. 2024): 21 local
 * authorities, about 1,470 families and 2,550 children randomised by family at the pre-proceedings
 * letter, with arm outcomes matching the published figures in expectation.
 *
 * Method: the calibration at the top of trial/simulate.ts. Defaults: 1,471 families in 21 local
 * authorities, a 365-day window; the same seed gives the same children.
 * @example
 * ```ts
 * import { createRng, simulateTrial } from "fgc-toolkit";
 * const children = simulateTrial(createRng(1));
 * children.length; // => 2537
 * [children[0].arm, children[0].careEntry, children[0].careExit]; // => ["fgc", 16, 234]
 * ```
 */
export function simulateTrial(rng: Rng, options: SimulationOptions = {}): SimulatedChild[] {
  const nFamilies = options.families ?? 1471;
  const nLas = options.localAuthorities ?? 21;
  const window = options.window ?? 365;
  const shortShare = options.shortFollowUpShare ?? 0;
  const extractDay = options.extractDay ?? LAST_INDEX_DAY + 400;
  const laCodes = Array.from({ length: nLas }, (_, i) => `E069${String(i + 1).padStart(5, "0")}`);
  const laWeight = laCodes.map(() => 0.4 + rng.next());
  const laEffect = laCodes.map(() => normal(rng) * 0.3);
  const laTotal = laWeight.reduce((a, b) => a + b, 0);
  const children: SimulatedChild[] = [];
  let childSeq = 0;
  for (let f = 0; f < nFamilies; f++) {
    const la = pickWeighted(rng, laWeight, laTotal);
    const arm = rng.next() < 0.5 ? "fgc" : "control";
    const p = ARM[arm];
    const size = pick(rng, FAMILY_SIZE);
    const familyEffect = normal(rng) * 0.6;
    const indexDay = FIRST_INDEX_DAY + rng.int(LAST_INDEX_DAY - FIRST_INDEX_DAY + 1);
    const held = arm === "fgc" && rng.next() < 0.61 ? 1 : 0;
    const conferenceDay = held ? 14 + rng.int(60) : null;
    const familyEnters = rng.next() < logistic(p.enterLogit + laEffect[la] + familyEffect);
    const familyEntry = Math.max(1, Math.round(window * rng.next() ** p.entryShape));
    const familyFollowUp = extractDay - indexDay;
    const ethnicity = pick(rng, ETHNICITY);
    for (let c = 0; c < size; c++) {
      childSeq++;
      const age = rng.next() < 0.08 ? 17.9 : Math.min(17.9, Math.round(10 * (rng.next() ** 1.8 * 16)) / 10);
      // Rounded up, so that the age computed back from the dates, ⌊10·(index − birth)/365.25⌋/10
      // (outcomes/build-analysis-table.ts), is the age drawn here.
      const birthDay = indexDay - Math.ceil(age * 365.25);
      // Siblings mostly share their family's path; a few diverge.
      const enters = rng.next() < 0.9 ? familyEnters : rng.next() < logistic(p.enterLogit + laEffect[la]);
      let careEntry: number | null = null;
      let careExit: number | null = null;
      const followUp = rng.next() < shortShare ? 60 + rng.int(window - 60) : familyFollowUp;
      if (enters) {
        careEntry =
          rng.next() < 0.85 ? familyEntry : Math.max(1, Math.round(window * rng.next() ** p.entryShape));
        const stays = rng.next() < p.stayProb;
        careExit = stays
          ? rng.next() < 0.3
            ? window + 1 + rng.int(200)
            : null
          : careEntry + 1 + rng.int(Math.max(1, window - careEntry));
      } else if (rng.next() < 0.12) {
        careEntry = window + 1 + rng.int(Math.max(1, familyFollowUp - window));
      }
      if (careEntry !== null && careEntry > followUp) {
        careEntry = null;
        careExit = null;
      }
      if (careExit !== null && careExit > followUp) careExit = null;
      const enteredInWindow = careEntry !== null && careEntry <= window;
      const procProb = enteredInWindow ? p.procIfCare : p.procIfNot;
      // Proceedings are usually issued shortly before a removal; otherwise at any time in the window.
      const procDay = enteredInWindow
        ? Math.max(1, (careEntry as number) - rng.int(20))
        : 1 + rng.int(window);
      const proceedings = rng.next() < procProb && procDay <= followUp ? procDay : null;
      children.push({
        childId: `C${String(childSeq).padStart(6, "0")}`,
        familyId: `F${String(f + 1).padStart(5, "0")}`,
        laCode: laCodes[la],
        arm,
        indexDay,
        birthDay,
        sex: rng.next() < 0.5 ? "F" : "M",
        ethnicity,
        disability: rng.next() < 0.08 ? 1 : 0,
        fgcHeld: held as 0 | 1,
        conferenceDay,
        careEntry,
        careExit,
        proceedings,
        followUp,
        kinship: careEntry !== null && rng.next() < 0.3,
      });
    }
  }
  return children;
}

/**
 * The analysis-ready row (the `trial-analysis` columns, as in ../shared/reference/README.md) of one
 * simulated child, with outcomes over `window` days (default 365).
 * @example
 * ```ts
 * import { analysisRow, createRng, simulateTrial } from "fgc-toolkit";
 * const [child] = simulateTrial(createRng(1));
 * const row = analysisRow(child);
 * [row.index_date, row.looked_after_12m, row.entered_care_12m, row.days_in_care_12m]; // => ["2022-04-10", 0, 1, 218]
 * ```
 */
export function analysisRow(c: SimulatedChild, window = 365): Record<string, string | number | null> {
  const complete = c.followUp >= window;
  const inCareOn = (d: number) =>
    c.careEntry !== null && c.careEntry <= d && (c.careExit === null || c.careExit > d);
  let days = 0;
  if (c.careEntry !== null && c.careEntry <= window)
    days = Math.min(window, (c.careExit ?? Number.POSITIVE_INFINITY) - 1) - c.careEntry + 1;
  const entered = c.careEntry !== null && c.careEntry <= window;
  return {
    child_id: c.childId,
    family_id: c.familyId,
    la_code: c.laCode,
    arm: c.arm,
    index_date: formatDay(c.indexDay),
    age_years: Math.round(((c.indexDay - c.birthDay) / 365.25) * 10) / 10,
    sex: c.sex,
    ethnicity: c.ethnicity,
    disability: c.disability,
    fgc_held: c.fgcHeld,
    looked_after_12m: complete ? (inCareOn(window) ? 1 : 0) : null,
    entered_care_12m: complete ? (entered ? 1 : 0) : null,
    proceedings_12m: complete ? (c.proceedings !== null && c.proceedings <= window ? 1 : 0) : null,
    days_in_care_12m: complete ? Math.max(0, days) : null,
    care_event: c.careEntry !== null ? 1 : 0,
    time_to_care_days: c.careEntry ?? c.followUp,
  };
}

function normal(rng: Rng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function pick<T>(rng: Rng, table: [T, number][]): T {
  let u = rng.next();
  for (const [value, p] of table) {
    if (u < p) return value;
    u -= p;
  }
  return table[table.length - 1][0];
}

function pickWeighted(rng: Rng, weights: number[], total: number): number {
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    if (u < weights[i]) return i;
    u -= weights[i];
  }
  return weights.length - 1;
}
