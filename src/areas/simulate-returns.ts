// Synthetic `la-return` rows for many authorities over several periods, for the samples, the
// tests and the bench. Children are simulated one by one in families (1 to 3 children), so every
// breakdown adds up to its `all` cell and every stage is within the one before. Authorities vary
// in size (log-normal, with a few very small ones), in offer and take-up (random effects on the
// logit scale, so the data are overdispersed), a few are true outliers, rates drift over time,
// some groups are offered less often, and the latest period is only partly followed for 12
// months. Nothing here is real data.
import { currentAuthorities } from "../schema/codes/la-codes.js";
import { breakdownCategories } from "../schema/codes/return-breakdown-codes.js";
import { normalQuantile } from "../stats/distributions/normal.js";
import type { Rng } from "../util/rng.js";
import { type AreaMeasure, areaMeasures } from "./measures.js";

export interface SimulateReturnsOptions {
  /** Number of authorities (the first n of the current list, skipping none); default 150. */
  areas?: number;
  /** Financial years, e.g. ["2021-22", "2022-23", "2023-24"]. */
  periods?: string[];
  /** Mean families entering pre-proceedings per authority-year; default 60. */
  meanFamilies?: number;
}

export interface SimulatedReturnRow {
  la_code: string;
  period: string;
  breakdown: string;
  category: string;
  measure: string;
  value: number;
}

/** Relative weights of categories by code (others 0.03), and lower offer odds for some groups. */
const WEIGHT: Record<string, number> = {
  white: 0.72,
  mixed: 0.08,
  asian: 0.08,
  black: 0.07,
  other: 0.02,
  unborn: 0.08,
  under_1: 0.18,
  "1_4": 0.24,
  "5_9": 0.2,
  "10_15": 0.22,
  "16_plus": 0.07,
  M: 0.5,
  F: 0.48,
  U: 0.02,
  yes: 0.08,
  no: 0.85,
};
const OFFER_EFFECT: Record<string, number> = { mixed: -0.35, asian: -0.1, black: -0.45, unknown: -0.2 };
const BREAKDOWNS = Object.keys(breakdownCategories).filter((b) => b !== "all");
const categoriesOf = (b: string) => Object.keys(breakdownCategories[b]?.codes ?? {});
const weightsOf = (b: string) => {
  const w = categoriesOf(b).map((c) => WEIGHT[c] ?? 0.03);
  const total = w.reduce((x, y) => x + y, 0);
  return w.map((x) => x / total);
};
const rateOf = (id: string) => areaMeasures.find((m) => m.id === id) as AreaMeasure;
/** The return's child measures, named by the rates that use them (measures.ts). */
const CHILD = {
  entering: rateOf("child_offer_rate").denominator,
  offered: rateOf("child_offer_rate").numerator,
  held: rateOf("child_take_up").numerator,
  followed: rateOf("entered_care_12m").denominator,
  enteredCare: rateOf("entered_care_12m").numerator,
  lookedAfter: rateOf("looked_after_12m").numerator,
  proceedings: rateOf("proceedings_12m").numerator,
};
const CHILD_MEASURES = Object.values(CHILD);

/** @example simulateReturns(createRng(1), { areas: 3, periods: ["2023-24"] }).length */
export function simulateReturns(rng: Rng, options: SimulateReturnsOptions = {}): SimulatedReturnRow[] {
  const periods = options.periods ?? ["2021-22", "2022-23", "2023-24"];
  const authorities = currentAuthorities.slice(0, options.areas ?? 150);
  const meanFamilies = options.meanFamilies ?? 60;
  const normal = () => normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, rng.next())));
  const pick = (p: number[]) => {
    let u = rng.next();
    for (let i = 0; i < p.length; i++) if ((u -= p[i]) < 0) return i;
    return p.length - 1;
  };
  const expit = (x: number) => 1 / (1 + Math.exp(-x));
  const rows: SimulatedReturnRow[] = [];
  authorities.forEach((la, a) => {
    const tiny = la.dfe === "201" || la.dfe === "420" || la.dfe === "857";
    const size = tiny ? 1.5 + rng.next() * 2 : meanFamilies * Math.exp(0.7 * normal() - 0.245);
    let offerEffect = 0.55 * normal();
    if (a % 47 === 5) offerEffect = 2.6; // true outliers: nearly everyone offered
    if (a % 53 === 11) offerEffect = -2.2; // true outliers: few offered
    const takeEffect = 0.45 * normal();
    const careEffect = 0.3 * normal();
    periods.forEach((period, t) => {
      const latest = t === periods.length - 1;
      const families = poisson(rng, size * Math.exp(0.1 * normal()));
      const counts = new Map<string, number>();
      const add = (measure: string, breakdown: string, category: string, by = 1) => {
        const k = `${measure}|${breakdown}|${category}`;
        counts.set(k, (counts.get(k) ?? 0) + by);
      };
      for (let f = 0; f < families; f++) {
        const offered = rng.next() < expit(0.2 + 0.15 * t + offerEffect);
        const accepted = offered && rng.next() < expit(0.9 + takeEffect);
        const held = accepted && rng.next() < 0.85;
        add("families_entering_pre_proceedings", "all", "all");
        if (offered) add("families_offered_fgc", "all", "all");
        if (accepted) add("families_accepted_fgc", "all", "all");
        if (held) add("families_fgc_held", "all", "all");
        const children = 1 + (rng.next() < 0.45 ? 1 : 0) + (rng.next() < 0.2 ? 1 : 0);
        const ethnicity = categoriesOf("ethnicity")[pick(weightsOf("ethnicity"))];
        for (let c = 0; c < children; c++) {
          const groups: [string, string][] = [["all", "all"]];
          for (const b of BREAKDOWNS)
            groups.push([b, b === "ethnicity" ? ethnicity : categoriesOf(b)[pick(weightsOf(b))]]);
          // Group differences in offer act at the child level on top of the family's offer.
          const childOffered = offered && rng.next() < expit(3 + (OFFER_EFFECT[ethnicity] ?? 0) * 4);
          const childHeld = childOffered && held;
          const followed = !latest || rng.next() < 0.6;
          const pCare = expit(-0.4 + careEffect - (childHeld ? 0.45 : 0));
          const entered = followed && rng.next() < pCare;
          const lookedAfter = entered && rng.next() < 0.85;
          const proceedings = followed && rng.next() < expit(0.4 + careEffect - (childHeld ? 0.5 : 0));
          const flags: Record<string, boolean> = {
            [CHILD.entering]: true,
            [CHILD.offered]: childOffered,
            [CHILD.held]: childHeld,
            [CHILD.followed]: followed,
            [CHILD.enteredCare]: entered,
            [CHILD.lookedAfter]: lookedAfter,
            [CHILD.proceedings]: proceedings,
          };
          for (const m of CHILD_MEASURES) for (const [b, cat] of groups) add(m, b, cat, flags[m] ? 1 : 0);
        }
      }
      const cats: [string, string[]][] = [
        ["all", ["all"]],
        ...BREAKDOWNS.map((b): [string, string[]] => [b, categoriesOf(b)]),
      ];
      for (const m of [
        "families_entering_pre_proceedings",
        "families_offered_fgc",
        "families_accepted_fgc",
        "families_fgc_held",
      ])
        rows.push({
          la_code: la.gss,
          period,
          breakdown: "all",
          category: "all",
          measure: m,
          value: counts.get(`${m}|all|all`) ?? 0,
        });
      for (const m of CHILD_MEASURES)
        for (const [b, list] of cats)
          for (const cat of list)
            rows.push({
              la_code: la.gss,
              period,
              breakdown: b,
              category: cat,
              measure: m,
              value: counts.get(`${m}|${b}|${cat}`) ?? 0,
            });
    });
  });
  return rows;
}

/** Poisson draw by inversion (means here are below a few hundred). */
function poisson(rng: Rng, mean: number): number {
  if (mean > 200)
    return Math.max(
      0,
      Math.round(mean + Math.sqrt(mean) * normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, rng.next())))),
    );
  let k = 0;
  let p = Math.exp(-mean);
  let s = p;
  const u = rng.next();
  while (u > s && k < 10_000) {
    k++;
    p *= mean / k;
    s += p;
  }
  return k;
}
