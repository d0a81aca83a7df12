// Random children for the synthetic returns (synthetic-returns.ts): letters before proceedings
// spread over a date range, some children with two letters, pre-birth letters, FGDM offers and
// meetings, court applications, and 903 episodes (entries into care with X1 chains, discharges,
// short breaks). Seeded through util/rng.ts, so the same seed gives the same children.
import type { DayNumber } from "../util/dates.js";
import type { Rng } from "../util/rng.js";
import type { SyntheticBlock, SyntheticChild, SyntheticEpisode } from "./synthetic-returns.js";

export interface SimulateReturnChildrenOptions {
  /** Number of children with letters. */
  children: number;
  /** Letters fall in [firstDay, lastDay]. */
  firstDay: DayNumber;
  lastDay: DayNumber;
  /** Census ReferenceDates (ascending); a child is in each census from its first letter's year on. */
  referenceDays: DayNumber[];
  /** Id prefix; ids are prefix + a number. */
  prefix?: string;
}

const ETHNICITIES = [
  "WBRI",
  "WBRI",
  "WBRI",
  "WBRI",
  "WIRI",
  "WOTH",
  "WIRT",
  "GROM",
  "MWBC",
  "MWBA",
  "MWAS",
  "MOTH",
  "AIND",
  "APKN",
  "ABAN",
  "AOTH",
  "CHNE",
  "BCRB",
  "BAFR",
  "BOTH",
  "OOTH",
  "REFU",
  "NOBT",
];
const DISABILITIES = ["AUT", "BEH", "COMM", "CON", "HAND", "HEAR", "LD", "MOB", "VIS"];

/**
 * @example simulateReturnChildren(createRng(1), { children: 10, firstDay: 19300, lastDay: 20100, referenceDays: [19813, 20178] })
 */
export function simulateReturnChildren(
  rng: Rng,
  o: SimulateReturnChildrenOptions,
): { children: SyntheticChild[]; episodes: SyntheticEpisode[] } {
  const children: SyntheticChild[] = [];
  const episodes: SyntheticEpisode[] = [];
  const span = o.lastDay - o.firstDay + 1;
  const prefix = o.prefix ?? "R";
  for (let k = 0; k < o.children; k++) {
    const childId = `${prefix}${String(k + 1).padStart(6, "0")}`;
    const first = o.firstDay + rng.int(span);
    const blocks: SyntheticBlock[] = [block(rng, first)];
    if (rng.next() < 0.12) blocks.push(block(rng, first + 90 + rng.int(400)));
    const u = rng.next();
    const unborn = u < 0.08;
    const noBirth = !unborn && u < 0.11;
    const birth = unborn ? first + 10 + rng.int(120) : noBirth ? null : first - rng.int(18 * 365);
    const d = rng.next();
    const sexDraw = rng.next();
    const ethnicDraw = rng.next();
    const child: SyntheticChild = {
      childId,
      sex: sexDraw < 0.02 ? "U" : sexDraw < 0.51 ? "M" : "F",
      PersonBirthDate: birth,
      ExpectedPersonBirthDate: unborn ? (birth as number) + rng.int(10) - 5 : null,
      Ethnicity: ethnicDraw < 0.03 ? null : ETHNICITIES[rng.int(ETHNICITIES.length)],
      Disabilities: d < 0.15 ? null : d < 0.85 ? ["NONE"] : [DISABILITIES[rng.int(DISABILITIES.length)]],
      blocks,
      censuses: o.referenceDays.filter(
        (ref) => first <= ref && blocks.some((b) => b.LBPSentDate > ref - 730),
      ),
    };
    children.push(child);
    if (rng.next() < 0.4) episodes.push(...careEpisodes(rng, childId, first));
    else if (rng.next() < 0.08) {
      const s = first + 20 + rng.int(200);
      episodes.push({
        CHILD: childId,
        DECOM: s,
        DEC: s + 2,
        RNE: "S",
        LS: "V3",
        CIN: "N2",
        PLACE: "U6",
        REC: "E4A",
      });
    }
  }
  return { children, episodes };
}

function block(rng: Rng, day: DayNumber): SyntheticBlock {
  const o = rng.next();
  const offer = o < 0.03 ? null : o < 0.75;
  const heldDraw = rng.next();
  const fac = offer === true ? heldDraw < 0.6 : heldDraw < 0.04;
  const court = rng.next() < 0.45 ? day + 1 + rng.int(500) : null;
  return { LBPSentDate: day, FGDMMeetingOffer: offer, FGDMMeetingFac: fac, CourtAppDate: court };
}

function careEpisodes(rng: Rng, child: string, letter: DayNumber): SyntheticEpisode[] {
  const out: SyntheticEpisode[] = [];
  let start = letter + 1 + rng.int(480);
  const ls = ["C1", "C1", "V2", "L2"][rng.int(4)];
  const places = ["U1", "U3", "U4", "U6", "K2", "P1"];
  let rne = "S";
  const pieces = 1 + rng.int(3);
  for (let p = 0; p < pieces; p++) {
    const last = p === pieces - 1;
    const length = 30 + rng.int(300);
    const ends = !last || rng.next() < 0.4;
    const dec = ends ? start + length : null;
    out.push({
      CHILD: child,
      DECOM: start,
      DEC: dec,
      RNE: rne,
      LS: p === 0 ? ls : "C2",
      CIN: "N1",
      PLACE: places[rng.int(places.length)],
      REC: dec === null ? null : last ? "E4A" : "X1",
    });
    if (dec === null) break;
    start = dec;
    rne = "P";
  }
  return out;
}
