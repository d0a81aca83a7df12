/**
 * Writes data-samples/: a small synthetic set of extracts for one fictional local authority
 * (Northwold, GSS E06009999, DfE code 999 — neither code exists), and data-samples/messy/, the
 * same files seeded with the errors real extracts have, listed in messy/EXPECTED.md and
 * messy/expected-issues.json. Seeded (MT19937 via createRng), so every run writes the same bytes.
 *
 * Run: npx tsx scripts/make-samples.ts
 *
 * The story: about 70 families (about 120 children) enter pre-proceedings (letter before
 * proceedings) between January 2023 and December 2024; families are randomised to fgc or control
 * in permuted blocks of 4 within strata (single child / sibling group). Referred families go
 * through the FGC service; some families' cases go to court (care proceedings), some children
 * become looked after (903 episodes, with X1 chains, kinship placements, special guardianship
 * exits and open episodes); one disabled child has short breaks (V3). Non-study children and
 * earlier periods of care appear in the 903 extract as they would in a real one. The extract
 * date is 31/03/2025.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ageBandOf } from "../src/schema/codes/age-band-codes.js";
import { breakdownCategories } from "../src/schema/codes/return-breakdown-codes.js";
import { returnEthnicityOf } from "../src/schema/codes/return-ethnicity-codes.js";
import { dayFromParts, formatDay, formatDayUk } from "../src/util/dates.js";
import { createRng, type Rng } from "../src/util/rng.js";

/** The la-return's categories of a breakdown, in its code list's order (fgc return writes the same). */
const codesOf = (breakdown: string): string[] => Object.keys(breakdownCategories[breakdown].codes);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "data-samples");
const LA = "E06009999";
const EXTRACT = day(2025, 3, 31);
const WINDOW = 365;
const rng = createRng(20250331);

// ---------------------------------------------------------------------------------------------
// Families and children
// ---------------------------------------------------------------------------------------------

interface Family {
  id: string;
  index: number;
  arm: "fgc" | "control";
  stratum: string;
  randomised: number;
  size: number;
  ethnicity: string;
  post: string;
  /** Care proceedings issue day (absolute) or undefined. */
  issue?: number;
  /** Whether the children are removed when proceedings are issued / accommodated under s.20. */
  removed: boolean;
  s20?: number;
}

interface Child {
  id: string;
  family: Family;
  dob: number;
  dobWithheld: boolean;
  sex: string;
  ethnicity: string;
  disabled: boolean;
}

const ethnicities: [string, number][] = [
  ["WBRI", 64],
  ["WOTH", 4],
  ["WIRT", 1],
  ["WROM", 1.5],
  ["MWBC", 5],
  ["MWBA", 2],
  ["MWAS", 2],
  ["MOTH", 3],
  ["AIND", 2],
  ["APKN", 4],
  ["ABAN", 1.5],
  ["AOTH", 1],
  ["CHNE", 0.5],
  ["BCRB", 2],
  ["BAFR", 3],
  ["BOTH", 1],
  ["OOTH", 1.5],
  ["NOBT", 1],
];

const families: Family[] = [];
const children: Child[] = [];
const usedIds = new Set<string>();

function makeFamilies(): void {
  const n = 70;
  const first = day(2023, 1, 4);
  const last = day(2024, 12, 20);
  const indexDays = Array.from({ length: n }, () => first + rng.int(last - first + 1)).sort((a, b) => a - b);
  const blocks: Record<string, ("fgc" | "control")[]> = {};
  indexDays.forEach((index, k) => {
    const size = pick<number>([
      [1, 50],
      [2, 30],
      [3, 15],
      [4, 5],
    ]);
    const stratum = size === 1 ? "single_child" : "sibling_group";
    if (!blocks[stratum]?.length) blocks[stratum] = shuffle(["fgc", "fgc", "control", "control"]);
    const arm = blocks[stratum].pop()!;
    const f: Family = {
      id: `F${String(k + 1).padStart(3, "0")}`,
      index,
      arm,
      stratum,
      randomised: index + rng.int(5),
      size,
      ethnicity: pick(ethnicities),
      post: `ZZ${1 + rng.int(9)} ${rng.int(10)}`,
      removed: false,
    };
    // Outcomes drawn at the family level: FGC referral lowers proceedings and care entry
    // (rates loosely after the English trial: proceedings 59% vs 72%).
    if (rng.next() < (arm === "fgc" ? 0.6 : 0.72)) {
      f.issue = index + 15 + Math.floor(-90 * Math.log(1 - rng.next() * 0.97));
      f.removed = rng.next() < (arm === "fgc" ? 0.55 : 0.62);
    } else if (rng.next() < 0.15) {
      f.s20 = index + 10 + rng.int(300);
    }
    families.push(f);
    let age =
      pick<number>([
        [0.3, 25],
        [2.5, 30],
        [7, 25],
        [12, 15],
        [16.2, 5],
      ]) +
      rng.next() * 0.9;
    for (let c = 0; c < size; c++) {
      const dob = index - Math.round(age * 365.25) - rng.int(30);
      const ethnicity = rng.next() < 0.9 ? f.ethnicity : pick(ethnicities);
      children.push({
        id: newChildId(),
        family: f,
        dob,
        dobWithheld: rng.next() < 0.03,
        sex: rng.next() < 0.5 ? "M" : "F",
        ethnicity,
        disabled: rng.next() < 0.08,
      });
      age += 1 + rng.next() * 3;
      if (age > 17.5) break;
    }
    f.size = children.filter((ch) => ch.family === f).length;
  });
}

// ---------------------------------------------------------------------------------------------
// FGC records
// ---------------------------------------------------------------------------------------------

interface FgcRecord {
  referral: string;
  family: Family;
  referral_date: number;
  status: string;
  offer_date?: number;
  accepted?: boolean;
  decline_reason?: string;
  conference_date?: number;
  plan_agreed?: boolean;
  review_date?: number;
}

const fgcRecords: FgcRecord[] = [];

function makeFgcRecords(): void {
  let n = 0;
  let crossovers = 0;
  for (const f of families) {
    const crossover = f.arm === "control" && crossovers < 1 && f.index < day(2024, 3, 1) && rng.next() < 0.1;
    if (f.arm !== "fgc" && !crossover) continue;
    if (crossover) crossovers++;
    const r: FgcRecord = {
      referral: `R${String(++n).padStart(4, "0")}`,
      family: f,
      referral_date: f.randomised + 1 + rng.int(8),
      status: "referred",
    };
    fgcRecords.push(r);
    const offer = r.referral_date + 3 + rng.int(12);
    if (offer > EXTRACT) continue;
    if (rng.next() < 0.05) {
      Object.assign(r, { status: "declined", decline_reason: "no_contact" });
      continue;
    }
    Object.assign(r, { status: "offered", offer_date: offer });
    if (offer + 7 > EXTRACT) continue;
    if (rng.next() < 0.3) {
      const reason = pick<string>([
        ["family_declined", 60],
        ["no_network", 15],
        ["best_interests", 10],
        ["proceedings_issued", 15],
      ]);
      Object.assign(r, {
        status: "declined",
        accepted: reason === "family_declined" ? false : undefined,
        decline_reason: reason,
      });
      continue;
    }
    Object.assign(r, { status: "accepted", accepted: true });
    const conference = offer + 14 + rng.int(30);
    if (conference > EXTRACT) continue;
    if (rng.next() < 0.12 || (f.issue !== undefined && f.issue < conference && rng.next() < 0.5)) {
      Object.assign(r, {
        status: "declined",
        decline_reason: pick<string>([
          ["proceedings_issued", 50],
          ["stepped_down", 30],
          ["other", 20],
        ]),
      });
      continue;
    }
    Object.assign(r, { status: "held", conference_date: conference, plan_agreed: false });
    if (rng.next() < 0.1) continue;
    Object.assign(r, { status: "plan_agreed", plan_agreed: true });
    const review = conference + 42 + rng.int(50);
    if (review <= EXTRACT && rng.next() < 0.7) Object.assign(r, { status: "reviewed", review_date: review });
  }
}

// ---------------------------------------------------------------------------------------------
// Court proceedings and 903 episodes
// ---------------------------------------------------------------------------------------------

interface Proceeding {
  child: string;
  family?: string;
  type: string;
  issue: number;
  reference: string;
  order?: string;
  orderDate?: number;
}

interface Episode {
  CHILD: string;
  DECOM: number;
  RNE: string;
  LS: string;
  CIN: string;
  PLACE: string;
  PLACE_PROVIDER: string;
  DEC?: number;
  REC?: string;
  REASON_PLACE_CHANGE?: string;
  HOME_POST: string;
  PL_POST: string;
  URN: string;
}

const court: Proceeding[] = [];
const episodes: Episode[] = [];
let caseNumber = 0;

function makeCourtAndEpisodes(): void {
  for (const f of families) {
    const kids = children.filter((c) => c.family === f);
    const reference = `ZZ${String(f.issue ?? 0).slice(-2)}C${String(500 + ++caseNumber)}`;
    const finalDay = f.issue === undefined ? undefined : f.issue + 7 * (26 + rng.int(20));
    const order =
      finalDay === undefined || finalDay > EXTRACT
        ? undefined
        : pick<string>([
            ["care_order", 30],
            ["sgo", 28],
            ["supervision_order", 15],
            ["care_order_home", 10],
            ["placement_order", 10],
            ["no_order", 4],
            ["withdrawn", 3],
          ]);
    const epo = f.issue !== undefined && f.removed && rng.next() < 0.12;
    for (const c of kids) {
      if (f.issue !== undefined && f.issue <= EXTRACT) {
        const childOrder = order === "placement_order" && f.index - c.dob > 3 * 365 ? "care_order" : order;
        if (epo)
          court.push({
            child: c.id,
            family: f.id,
            type: "epo",
            issue: f.issue - 1,
            reference,
            order: "epo",
            orderDate: f.issue - 1,
          });
        court.push({
          child: c.id,
          family: f.id,
          type: rng.next() < 0.94 ? "s31_care" : "s31_supervision",
          issue: f.issue,
          reference,
          order: childOrder,
          orderDate: childOrder === undefined ? undefined : finalDay,
        });
        if (f.removed && rng.next() < 0.9) {
          careHistory(c, f.issue + rng.int(3), epo ? "L2" : "C1", childOrder, finalDay);
        }
      } else if (f.s20 !== undefined && f.s20 <= EXTRACT && rng.next() < 0.9) {
        careHistory(c, f.s20, "V2", undefined, undefined);
      }
    }
  }
  // One disabled child of the study has a series of short breaks (V3), not counted as in care.
  const shortBreak =
    children.find((c) => c.disabled && !episodes.some((e) => e.CHILD === c.id)) ?? children[0];
  let d = shortBreak.family.index - 200;
  for (let k = 0; k < 4; k++) {
    const end = d + 2 + rng.int(2);
    episodes.push(ep(shortBreak, d, "S", "V3", "N2", "U6", "PR1", end, "E4A"));
    d = end + 45 + rng.int(40);
  }
  // Earlier periods of care of some study children, ended before their letter.
  for (const c of children.filter(() => rng.next() < 0.05)) {
    const start = c.family.index - 400 - rng.int(300);
    if (start < c.dob + 30) continue;
    episodes.push(ep(c, start, "S", "V2", "N4", "U6", "PR1", start + 30 + rng.int(90), "E4A"));
  }
  // Children looked after by the LA who are not in the study (a 903 extract holds every child).
  for (let k = 0; k < 8; k++) {
    const other: Child = {
      id: newChildId(),
      family: { ...families[rng.int(families.length)], post: `ZZ${1 + rng.int(9)} ${rng.int(10)}` },
      dob: day(2008, 1, 1) + rng.int(5000),
      dobWithheld: false,
      sex: "M",
      ethnicity: "WBRI",
      disabled: false,
    };
    careHistory(other, day(2022, 6, 1) + rng.int(800), rng.next() < 0.5 ? "C1" : "V2", undefined, undefined);
  }
  episodes.sort((a, b) => Number(a.CHILD) - Number(b.CHILD) || a.DECOM - b.DECOM);
}

/** One period of care from `start`: a first episode, then legal and placement changes chained by X1. */
function careHistory(
  c: Child,
  start: number,
  ls: string,
  order: string | undefined,
  orderDay: number | undefined,
): void {
  const ageYears = (start - c.dob) / 365.25;
  const cin = pick<string>([
    ["N1", 80],
    ["N4", 8],
    ["N5", 7],
    ["N3", 3],
    ["N8", 2],
  ]);
  let place =
    ageYears < 1 && rng.next() < 0.15
      ? "R3"
      : ageYears > 11 && rng.next() < 0.25
        ? "K2"
        : pick<string>([
            ["U3", 35],
            ["U6", 55],
            ["U5", 5],
            [ls === "C1" ? "P1" : "U6", 5],
          ]);
  let current = ep(c, start, "S", ls, cin, place, provider(place), undefined, undefined);
  episodes.push(current);
  // Changes: [day, kind]; a final order (orderDay) changes legal status or ends care.
  const changes: [number, string][] = [];
  if (ls === "L2") changes.push([start + 3 + rng.int(5), "C1"]);
  if (ls === "V2" && rng.next() < 0.3) changes.push([start + 60 + rng.int(120), "C1"]);
  let t = start;
  for (let k = rng.int(3); k > 0; k--) {
    t += 30 + rng.int(150);
    changes.push([t, "move"]);
  }
  if (orderDay !== undefined && order !== undefined && orderDay > start) changes.push([orderDay, order]);
  else if (ls !== "C1" && ls !== "L2" && rng.next() < 0.6) changes.push([start + 40 + rng.int(300), "home"]);
  changes.sort((a, b) => a[0] - b[0]);
  for (const [when, kind] of changes) {
    if (when > EXTRACT || when <= current.DECOM) continue;
    const end = (rec: string) => Object.assign(current, { DEC: when, REC: rec });
    if (kind === "C1" || kind === "care_order" || kind === "placement_order" || kind === "care_order_home") {
      const newLs = kind === "C1" ? "C1" : kind === "placement_order" ? "E1" : "C2";
      const home = kind === "care_order_home";
      if (home) place = "P1";
      end("X1");
      const previous = current;
      current = ep(c, when, home ? "B" : "L", newLs, cin, place, provider(place), undefined, undefined);
      if (home) current.REASON_PLACE_CHANGE = "CARPL";
      // A legal change only keeps the placement: same provider, postcode and URN.
      else
        Object.assign(current, {
          PLACE_PROVIDER: previous.PLACE_PROVIDER,
          PL_POST: previous.PL_POST,
          URN: previous.URN,
        });
      episodes.push(current);
    } else if (kind === "move") {
      const kin = place === "U3" && rng.next() < 0.6;
      const next = kin
        ? "U1"
        : pick<string>([
            ["U6", 40],
            ["U4", 30],
            ["U3", 15],
            ["K2", 10],
            ["U2", 5],
          ]);
      if (next === place) continue;
      end("X1");
      const rne = kin ? "T" : "P";
      place = next;
      const previous = current;
      current = ep(c, when, rne, current.LS, cin, place, provider(place), undefined, undefined);
      // T: the same carers, so the same provider and postcode.
      if (kin) Object.assign(current, { PLACE_PROVIDER: previous.PLACE_PROVIDER, PL_POST: previous.PL_POST });
      current.REASON_PLACE_CHANGE = kin
        ? "CARPL"
        : pick<string>([
            ["CARPL", 60],
            ["CREQB", 15],
            ["CREQO", 10],
            ["CHILD", 5],
            ["ALLEG", 5],
            ["OTHER", 5],
          ]);
      episodes.push(current);
    } else if (kind === "sgo") {
      end(["U1", "U2", "U3"].includes(place) ? "E45" : "E47");
      return;
    } else if (
      kind === "supervision_order" ||
      kind === "no_order" ||
      kind === "withdrawn" ||
      kind === "home"
    ) {
      end(
        kind === "home"
          ? pick<string>([
              ["E4A", 80],
              ["E13", 10],
              ["E4B", 10],
            ])
          : "E4A",
      );
      return;
    }
  }
}

function ep(
  c: Child,
  start: number,
  rne: string,
  ls: string,
  cin: string,
  place: string,
  placeProvider: string,
  end: number | undefined,
  rec: string | undefined,
): Episode {
  const inArea = ["U1", "U2", "U3", "P1"].includes(place) || placeProvider === "PR1";
  return {
    CHILD: c.id,
    DECOM: start,
    RNE: rne,
    LS: ls,
    CIN: cin,
    PLACE: place,
    PLACE_PROVIDER: placeProvider,
    DEC: end,
    REC: rec,
    HOME_POST: c.family.post,
    PL_POST:
      place === "P1"
        ? c.family.post
        : inArea
          ? `ZZ${1 + rng.int(9)} ${rng.int(10)}`
          : `ZY${1 + rng.int(20)} ${rng.int(10)}`,
    URN: place === "K2" ? `SC${900000 + rng.int(99999)}` : place === "P1" ? "" : "XXXXXXX",
  };
}

function provider(place: string): string {
  if (place === "P1") return "PR0";
  if (["U1", "U2", "U3"].includes(place)) return "PR1";
  if (place === "K2" || place === "R3") return rng.next() < 0.8 ? "PR4" : "PR5";
  return rng.next() < 0.6 ? "PR1" : "PR4";
}

// ---------------------------------------------------------------------------------------------
// Aggregate return
// ---------------------------------------------------------------------------------------------

function makeReturn(): string[][] {
  const rows: string[][] = [];
  const fy = (d: number) => {
    const [y, m] = formatDay(d).split("-").map(Number);
    const start = m >= 4 ? y : y - 1;
    return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
  };
  const records = new Map(fgcRecords.map((r) => [r.family.id, r]));
  const offered = (f: Family) => records.get(f.id)?.offer_date !== undefined;
  const accepted = (f: Family) => records.get(f.id)?.accepted === true;
  const held = (f: Family) => records.get(f.id)?.conference_date !== undefined;
  const entered = (c: Child) =>
    episodes.some(
      (e) =>
        e.CHILD === c.id &&
        e.LS !== "V3" &&
        e.LS !== "V4" &&
        e.DECOM > c.family.index &&
        e.DECOM <= c.family.index + WINDOW,
    );
  const proceedings = (c: Child) =>
    court.some(
      (p) =>
        p.child === c.id &&
        ["s31_care", "s31_supervision"].includes(p.type) &&
        p.issue > c.family.index &&
        p.issue <= c.family.index + WINDOW,
    );
  const lookedAfter = (c: Child) => {
    const day = c.family.index + WINDOW;
    return episodes.some(
      (e) =>
        e.CHILD === c.id &&
        e.LS !== "V3" &&
        e.LS !== "V4" &&
        e.DECOM <= day &&
        (e.DEC === undefined || e.DEC > day),
    );
  };
  const followed = (c: Child) => c.family.index + WINDOW <= EXTRACT;
  const show = (n: number) => (n >= 1 && n <= 5 ? "c" : String(n));
  const periods = [...new Set(families.map((f) => fy(f.index)))].sort();
  for (const period of periods) {
    const fam = families.filter((f) => fy(f.index) === period);
    const kids = children.filter((c) => fy(c.family.index) === period);
    const familyCounts: [string, number][] = [
      ["families_entering_pre_proceedings", fam.length],
      ["families_offered_fgc", fam.filter(offered).length],
      ["families_accepted_fgc", fam.filter(accepted).length],
      ["families_fgc_held", fam.filter(held).length],
    ];
    for (const [measure, n] of familyCounts) rows.push([LA, period, "all", "all", measure, show(n)]);
    const breakdowns: [string, (c: Child) => string, string[]][] = [
      ["all", () => "all", codesOf("all")],
      ["ethnicity", (c) => returnEthnicityOf(c.ethnicity), codesOf("ethnicity")],
      ["age_band", (c) => ageBandOf((c.family.index - c.dob) / 365.25), codesOf("age_band")],
      ["sex", (c) => c.sex, codesOf("sex")],
      ["disability", (c) => (c.disabled ? "yes" : "no"), codesOf("disability")],
    ];
    for (const [breakdown, categoryOf, categories] of breakdowns) {
      for (const category of categories) {
        const group = kids.filter((c) => categoryOf(c) === category);
        if (group.length === 0) continue; // as fgc return: every category with at least one child
        const seen = group.filter(followed);
        const childCounts: [string, string][] = [
          ["children_entering_pre_proceedings", show(group.length)],
          ["children_offered_fgdm", show(group.filter((c) => offered(c.family)).length)],
          ["children_fgdm_held", show(group.filter((c) => held(c.family)).length)],
          ["children_followed_12m", show(seen.length)],
          ["children_proceedings_12m", show(seen.filter(proceedings).length)],
          ["children_entered_care_12m", show(seen.filter(entered).length)],
          ["children_looked_after_12m", show(seen.filter(lookedAfter).length)],
        ];
        for (const [measure, value] of childCounts)
          rows.push([LA, period, breakdown, category, measure, value]);
      }
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Tables as text
// ---------------------------------------------------------------------------------------------

type Table = { header: string[]; rows: string[][] };

function tables(): Record<string, Table> {
  const yn = (b: boolean | undefined) => (b === undefined ? "" : b ? "Y" : "N");
  const iso = (d: number | undefined) => (d === undefined ? "" : formatDay(d));
  const uk = (d: number | undefined) => (d === undefined ? "" : formatDayUk(d));
  return {
    "children.csv": {
      header: [
        "child_id",
        "family_id",
        "la_code",
        "dob",
        "age_at_index_years",
        "sex",
        "ethnicity",
        "disability",
      ],
      rows: children.map((c) => [
        c.id,
        c.family.id,
        LA,
        c.dobWithheld ? "" : iso(c.dob),
        c.dobWithheld ? ((c.family.index - c.dob) / 365.25).toFixed(1) : "",
        c.sex,
        c.ethnicity,
        yn(c.disabled),
      ]),
    },
    "index-events.csv": {
      header: ["child_id", "family_id", "index_date", "gateway_date", "fgdm_offered"],
      rows: children.map((c) => [
        c.id,
        c.family.id,
        iso(c.family.index),
        iso(c.family.index - 7 - (Number(c.family.id.slice(1)) % 21)),
        yn(c.family.arm === "fgc"),
      ]),
    },
    "allocation.csv": {
      header: ["family_id", "la_code", "arm", "randomisation_date", "stratum"],
      rows: families.map((f) => [f.id, LA, f.arm, iso(f.randomised), f.stratum]),
    },
    "fgc-records.csv": {
      header: [
        "referral_id",
        "family_id",
        "child_id",
        "care_stage",
        "referral_date",
        "status",
        "offer_date",
        "accepted",
        "decline_reason",
        "conference_date",
        "plan_agreed",
        "review_date",
      ],
      rows: fgcRecords.map((r) => [
        r.referral,
        r.family.id,
        "",
        "pre_proceedings",
        iso(r.referral_date),
        r.status,
        iso(r.offer_date),
        yn(r.accepted),
        r.decline_reason ?? "",
        iso(r.conference_date),
        yn(r.plan_agreed),
        iso(r.review_date),
      ]),
    },
    "episodes.csv": {
      header: [
        "CHILD",
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PLACE",
        "PLACE_PROVIDER",
        "DEC",
        "REC",
        "REASON_PLACE_CHANGE",
        "HOME_POST",
        "PL_POST",
        "URN",
      ],
      rows: episodes.map((e) => [
        e.CHILD,
        uk(e.DECOM),
        e.RNE,
        e.LS,
        e.CIN,
        e.PLACE,
        e.PLACE_PROVIDER,
        uk(e.DEC),
        e.REC ?? "",
        e.REASON_PLACE_CHANGE ?? "",
        e.HOME_POST,
        e.PL_POST,
        e.URN,
      ]),
    },
    "court.csv": {
      header: [
        "child_id",
        "family_id",
        "application_type",
        "issue_date",
        "court_reference",
        "final_order",
        "final_order_date",
      ],
      rows: court
        .sort((a, b) => a.issue - b.issue || Number(a.child) - Number(b.child))
        .map((p) => [
          p.child,
          p.family ?? "",
          p.type,
          iso(p.issue),
          p.reference,
          p.order ?? "",
          iso(p.orderDate),
        ]),
    },
    "la-return.csv": {
      header: ["la_code", "period", "breakdown", "category", "measure", "value"],
      rows: makeReturn(),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The messy copy
// ---------------------------------------------------------------------------------------------

interface Seeded {
  file: string;
  /** Spreadsheet row; absent for a header (column-level) problem. */
  row?: number;
  column: string;
  rule: string;
  what: string;
}

/** Copies of the clean tables with errors seeded; returns the list of issues io must report. */
function seedErrors(clean: Record<string, Table>): {
  messy: Record<string, Table>;
  seeded: Seeded[];
  notes: string[];
} {
  const messy: Record<string, Table> = structuredClone(clean);
  const seeded: Seeded[] = [];
  const notes: string[] = [];
  const col = (t: Table, name: string) => t.header.indexOf(name);
  const rowOf = (i: number) => i + 2;

  // children.csv
  const ch = messy["children.csv"];
  const dupSource = 40;
  ch.rows.splice(dupSource + 1, 0, [...ch.rows[dupSource]]);
  seeded.push({
    file: "children.csv",
    row: rowOf(dupSource + 1),
    column: "child_id",
    rule: "key-duplicate",
    what: `child ${ch.rows[dupSource][0]} listed twice (copy of row ${rowOf(dupSource)})`,
  });
  const withDob = ch.rows.findIndex((r, i) => i > 5 && r[col(ch, "dob")] !== "");
  ch.rows[withDob][col(ch, "dob")] = "12.05.2016";
  seeded.push({
    file: "children.csv",
    row: rowOf(withDob),
    column: "dob",
    rule: "date-unparseable",
    what: "date written 12.05.2016 (dots)",
  });
  const blankFamily = withDob + 7;
  ch.rows[blankFamily][col(ch, "family_id")] = "";
  seeded.push({
    file: "children.csv",
    row: rowOf(blankFamily),
    column: "family_id",
    rule: "value-missing",
    what: "family_id blank",
  });
  const ageRow = blankFamily + 5;
  ch.rows[ageRow][col(ch, "age_at_index_years")] = "7 yrs";
  seeded.push({
    file: "children.csv",
    row: rowOf(ageRow),
    column: "age_at_index_years",
    rule: "value-type",
    what: 'text "7 yrs" in a number column',
  });
  const gromRow = ch.rows.findIndex(
    (r, i) => i > ageRow && i < dupSource && r[col(ch, "ethnicity")] === "WBRI",
  );
  ch.rows[gromRow][col(ch, "ethnicity")] = "GROM";
  notes.push(
    `children.csv row ${rowOf(gromRow)}, ethnicity "GROM": accepted and read as WROM (no issue expected).`,
  );

  // index-events.csv
  const ie = messy["index-events.csv"];
  const ieRow = 30;
  ie.rows[ieRow][col(ie, "index_date")] = "31/02/2023";
  seeded.push({
    file: "index-events.csv",
    row: rowOf(ieRow),
    column: "index_date",
    rule: "date-impossible",
    what: "31/02/2023 does not exist",
  });

  // episodes.csv (rows located before any insertion, inserted rows last)
  const epi = messy["episodes.csv"];
  const E = (name: string) => col(epi, name);
  const byChild = new Map<string, number[]>();
  epi.rows.forEach((r, i) => {
    byChild.set(r[E("CHILD")], [...(byChild.get(r[E("CHILD")]) ?? []), i]);
  });
  const used = new Set<string>();
  const choose = (test: (rows: number[]) => boolean): number[] => {
    for (const [child, rows] of byChild) {
      if (!used.has(child) && test(rows)) {
        used.add(child);
        return rows;
      }
    }
    throw new Error("no episode history fits");
  };
  // a code not in its list
  const placeRows = choose((rows) => rows.length >= 2);
  epi.rows[placeRows[1]][E("PLACE")] = "U9";
  seeded.push({
    file: "episodes.csv",
    row: rowOf(placeRows[1]),
    column: "PLACE",
    rule: "code-unknown",
    what: "PLACE U9 is not a placement type",
  });
  // DEC before DECOM, on a closed single episode
  const single = choose(
    (rows) => rows.length === 1 && epi.rows[rows[0]][E("DEC")] !== "" && epi.rows[rows[0]][E("LS")] !== "V3",
  );
  const decom = epi.rows[single[0]][E("DECOM")];
  epi.rows[single[0]][E("DEC")] = formatDayUk(parseUk(decom) - 9);
  seeded.push({
    file: "episodes.csv",
    row: rowOf(single[0]),
    column: "DEC",
    rule: "episode-dates-order",
    what: `DEC 9 days before DECOM ${decom}`,
  });
  // REC given while DEC blank
  const open = choose((rows) => epi.rows[rows[rows.length - 1]][E("DEC")] === "");
  const openRow = open[open.length - 1];
  epi.rows[openRow][E("REC")] = "E4A";
  seeded.push({
    file: "episodes.csv",
    row: rowOf(openRow),
    column: "REC",
    rule: "episode-end-incomplete",
    what: "REC E4A on an open episode (DEC blank)",
  });
  // X1 followed by no same-day episode: the next episode starts a day later
  const chain = choose((rows) => rows.length >= 2 && epi.rows[rows[0]][E("REC")] === "X1");
  const nextStart = parseUk(epi.rows[chain[1]][E("DECOM")]);
  const nextEnd = epi.rows[chain[1]][E("DEC")];
  if (nextEnd !== "" && parseUk(nextEnd) <= nextStart + 1)
    throw new Error("chain episode too short to shift");
  epi.rows[chain[1]][E("DECOM")] = formatDayUk(nextStart + 1);
  seeded.push({
    file: "episodes.csv",
    row: rowOf(chain[0]),
    column: "REC",
    rule: "episode-x1-no-continuation",
    what: "X1, but the next episode starts a day after DEC",
  });
  // an unparseable DECOM on a first episode whose child has one episode only
  const badDate = choose(
    (rows) => rows.length === 1 && epi.rows[rows[0]][E("RNE")] === "S" && epi.rows[rows[0]][E("LS")] !== "V3",
  );
  epi.rows[badDate[0]][E("DECOM")] = "2023/13/45";
  seeded.push({
    file: "episodes.csv",
    row: rowOf(badDate[0]),
    column: "DECOM",
    rule: "date-unparseable",
    what: "DECOM 2023/13/45",
  });
  // an overlapping episode: a new period of care starting inside a child's only closed episode
  const host = choose((rows) => {
    const r = epi.rows[rows[0]];
    return (
      rows.length === 1 &&
      r[E("DEC")] !== "" &&
      r[E("LS")] !== "V3" &&
      parseUk(r[E("DEC")]) - parseUk(r[E("DECOM")]) > 40
    );
  });
  const hostRow = epi.rows[host[0]];
  const overlapStart = parseUk(hostRow[E("DECOM")]) + 20;
  const overlap = [...hostRow];
  overlap[E("DECOM")] = formatDayUk(overlapStart);
  overlap[E("DEC")] = formatDayUk(Math.min(overlapStart + 60, EXTRACT));
  overlap[E("REC")] = "E4A";
  overlap[E("RNE")] = "S";
  epi.rows.splice(host[0] + 1, 0, overlap);
  // rows after the insertion move down by one
  for (const s of seeded)
    if (s.file === "episodes.csv" && s.row !== undefined && s.row > rowOf(host[0])) s.row += 1;
  seeded.push({
    file: "episodes.csv",
    row: rowOf(host[0] + 1),
    column: "DECOM",
    rule: "episode-overlap",
    what: `starts ${overlap[E("DECOM")]} inside the episode in the row above`,
  });

  // fgc-records.csv: an unknown column
  const fr = messy["fgc-records.csv"];
  fr.header.push("coordinator_notes");
  fr.rows.forEach((r, i) => {
    r.push(i % 7 === 0 ? "family meeting rearranged once" : "");
  });
  seeded.push({
    file: "fgc-records.csv",
    column: "coordinator_notes",
    rule: "column-unknown",
    what: "a column not in the schema (header row)",
  });

  // court.csv: a final order dated in the future
  const ct = messy["court.csv"];
  const futureRow = ct.rows.findIndex((r) => r[col(ct, "final_order")] !== "");
  ct.rows[futureRow][col(ct, "final_order_date")] = "2031-06-15";
  seeded.push({
    file: "court.csv",
    row: rowOf(futureRow),
    column: "final_order_date",
    rule: "date-future",
    what: "final_order_date 2031-06-15, after the extract date",
  });

  // la-return.csv: more families offered than entering, and a symbol not allowed
  const lr = messy["la-return.csv"];
  const L = (name: string) => col(lr, name);
  const entering = lr.rows.findIndex(
    (r) =>
      r[L("measure")] === "families_entering_pre_proceedings" &&
      /^\d+$/.test(r[L("value")]) &&
      Number(r[L("value")]) > 5,
  );
  const offeredRow = lr.rows.findIndex((r, i) => i > entering && r[L("measure")] === "families_offered_fgc");
  lr.rows[offeredRow][L("value")] = String(Number(lr.rows[entering][L("value")]) + 3);
  seeded.push({
    file: "la-return.csv",
    row: rowOf(offeredRow),
    column: "value",
    rule: "return-offered-above-entering",
    what: "families_offered_fgc above families_entering_pre_proceedings",
  });
  const starRow = lr.rows.findIndex((r) => r[L("value")] === "c");
  lr.rows[starRow][L("value")] = "*";
  seeded.push({
    file: "la-return.csv",
    row: rowOf(starRow),
    column: "value",
    rule: "value-type",
    what: '"*" for a suppressed count (the DfE symbol is c)',
  });

  seeded.sort((a, b) => a.file.localeCompare(b.file) || (a.row ?? 1) - (b.row ?? 1));
  return { messy, seeded, notes };
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

function main(): void {
  makeFamilies();
  makeFgcRecords();
  makeCourtAndEpisodes();
  const clean = tables();
  mkdirSync(join(root, "messy"), { recursive: true });
  for (const [file, t] of Object.entries(clean)) writeFileSync(join(root, file), csv(t));
  const { messy, seeded, notes } = seedErrors(clean);
  for (const [file, t] of Object.entries(messy)) writeFileSync(join(root, "messy", file), csv(t));
  writeFileSync(
    join(root, "messy", "expected-issues.json"),
    `${JSON.stringify(
      seeded.map(({ file, row, column, rule }) => ({ file, row, column, rule })),
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(root, "messy", "EXPECTED.md"), expectedMd(seeded, notes));
  writeFileSync(join(root, "README.md"), readme(clean));
  const counts = Object.entries(clean).map(([f, t]) => `${f} ${t.rows.length}`);
  console.log(
    `wrote data-samples (${counts.join(", ")}) and data-samples/messy (${seeded.length} seeded issues)`,
  );
}

function readme(clean: Record<string, Table>): string {
  const n = (file: string) => clean[file].rows.length;
  const arms = (arm: string) => families.filter((f) => f.arm === arm).length;
  const inCare = new Set(episodes.map((e) => e.CHILD));
  const studyInCare = children.filter((c) => inCare.has(c.id)).length;
  return [
    "# Sample data: Northwold (a fictional local authority)",
    "",
    "<!-- Written by scripts/make-samples.ts; do not edit by hand. Regenerate: npx tsx scripts/make-samples.ts -->",
    "",
    "Synthetic extracts for one fictional local authority, **Northwold**, GSS code `E06009999` (DfE",
    "code 999): neither code belongs to a real authority, and every child, family, date, postcode",
    "(`ZZ…` inside the LA, `ZY…` outside) and court reference is invented. The files are generated",
    "by `scripts/make-samples.ts` from a fixed seed, so they are the same on every machine.",
    "",
    `**The story.** ${families.length} families (${children.length} children) received a letter before proceedings`,
    "between January 2023 and December 2024 (the index date). Families were randomised, by family,",
    `to \`fgc\` (${arms("fgc")} families, referred for a Family Group Conference) or \`control\` (${arms("control")}`,
    "families, usual practice) in permuted blocks of 4 within two strata (single child, sibling",
    "group). The extract date is **31/03/2025**: later outcomes are not yet known, and the 12-month",
    "outcomes of families entering in 2024-25 are not yet available in the return (`:`).",
    "",
    "| file | schema | rows | what one row is |",
    "| --- | --- | --- | --- |",
    `| children.csv | children | ${n("children.csv")} | a child: family, LA, dob (a few withheld, age given instead), sex, DfE ethnicity, disability (Y/N) |`,
    `| index-events.csv | index-events | ${n("index-events.csv")} | a child's letter before proceedings (ISO dates), the legal gateway date, whether the letter offered an FGDM meeting |`,
    `| allocation.csv | allocation | ${n("allocation.csv")} | a randomised family: arm, randomisation date, stratum |`,
    `| fgc-records.csv | fgc-records | ${n("fgc-records.csv")} | a referral to the FGC service: offer, answer, decline reason, conference, plan, review; one control family was referred too (a crossover) |`,
    `| episodes.csv | episodes | ${n("episodes.csv")} | an SSDA903 episode (the return's column names, dd/mm/yyyy dates) |`,
    `| court.csv | court | ${n("court.csv")} | a child's court application: type, issue date, final order and date (blank while proceedings continue) |`,
    `| la-return.csv | la-return | ${n("la-return.csv")} | one count of the LA's aggregate FGC return (long format), by period, breakdown and category |`,
    "",
    "What the episodes contain, as a real 903 extract would:",
    "",
    `- ${studyInCare} study children with episodes; periods of care chained by \`X1\` (legal changes \`L\` such as`,
    "  interim care order C1 to care order C2, placement moves `P`, kin carers becoming long-term `T` U3 → U1);",
    "- kinship placements (U1–U3), special guardianship exits to relatives (E45, E47), returns home (E4A);",
    "- open episodes (DEC and REC blank) at the extract date;",
    "- emergency protection (L2) before an interim care order, with an `epo` application in court.csv;",
    "- one disabled child with a series of short breaks (LS V3), which outcomes do not count as care;",
    "- earlier periods of care of a few study children, ended before their letter, and 8 children",
    "  looked after by Northwold who are not in the study (linking must account for them).",
    "",
    "The aggregate return counts families and children by the financial year of their letter",
    "(2022-23, 2023-24, 2024-25). Family measures are given under breakdown `all`; child measures",
    "also by ethnicity (main group), age band, sex and disability. Counts of 1 to 5 are shown as `c`",
    "(primary suppression only: this sample does not apply secondary suppression).",
    "",
    "`messy/` holds copies of these files with the errors real extracts have; `messy/EXPECTED.md`",
    "lists each one (file, row, column, rule) and `messy/expected-issues.json` is the same list for",
    "tests. The columns of every file are described in `docs/data-dictionary.md`.",
    "",
    "## The other sample sets",
    "",
    "| folder | what | made by | try |",
    "| --- | --- | --- | --- |",
    "| `trial/` | a simulated 21-LA trial (2,537 children, 1,471 families): linked extracts and the analysis-ready file | `fgc simulate trial --seed 1` | `fgc trial data-samples/trial/analysis.csv` |",
    "| `link/` | a dozen children whose extracts exercise every linking and outcome rule, with hand-worked outcomes in its README | by hand | `fgc link data-samples/link --out analysis.csv --extract-date 2025-03-31` |",
    "| `returns/` | CIN census XML for two years and SSDA903 (CSV tables and XML) for the fictional LA 999 | `scripts/make-return-samples.ts` | `fgc return data-samples/returns --period 2023-24` |",
    "| `areas/` | la-return files of 150 fictional areas over three periods, and a statistical-neighbour list | `scripts/make-area-samples.ts` | `fgc areas data-samples/areas/*.csv --la 202` |",
    "",
  ].join("\n");
}

function expectedMd(seeded: Seeded[], notes: string[]): string {
  return [
    "# Seeded errors in data-samples/messy",
    "",
    "<!-- Written by scripts/make-samples.ts; do not edit by hand. -->",
    "",
    "These files are copies of the clean samples in `data-samples/` with the errors below seeded into",
    "them. Validating them (extract date 2025-03-31, or today) must report exactly these problems:",
    "rows are numbered as a spreadsheet shows them (header = row 1, first data row = row 2); a header",
    "problem has no row (— here; no `row` field in the JSON).",
    "The same list, machine-readable, is `expected-issues.json` (`[{ file, row?, column, rule }]`).",
    "",
    "| file | row | column | rule | what was seeded |",
    "| --- | --- | --- | --- | --- |",
    ...seeded.map((s) => `| ${s.file} | ${s.row ?? "—"} | ${s.column} | \`${s.rule}\` | ${s.what} |`),
    "",
    "Accepted, not an error:",
    "",
    ...notes.map((n) => `- ${n}`),
    "",
    "Files without seeded errors (allocation.csv) are plain copies, so a whole-folder run works.",
    "",
  ].join("\n");
}

function csv(t: Table): string {
  const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `${[t.header, ...t.rows].map((r) => r.map(q).join(",")).join("\n")}\n`;
}

function day(y: number, m: number, d: number): number {
  return dayFromParts(y, m, d)!;
}

function parseUk(text: string): number {
  const [d, m, y] = text.split("/").map(Number);
  return day(y, m, d);
}

function pick<T>(weighted: [T, number][]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let u = rng.next() * total;
  for (const [v, w] of weighted) {
    u -= w;
    if (u < 0) return v;
  }
  return weighted[weighted.length - 1][0];
}

function shuffle<T>(xs: T[], r: Rng = rng): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

function newChildId(): string {
  for (;;) {
    const id = String(300000 + rng.int(600000));
    if (!usedIds.has(id)) {
      usedIds.add(id);
      return id;
    }
  }
}

main();
