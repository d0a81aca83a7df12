import type { TrialEstimate } from "./result.js";

/** Fewer analysed children than this, and every estimate carries a caution. */
export const FEW_CHILDREN = 100;
/** Fewer events than this in an arm, and the outcome's estimates carry a caution. */
export const FEW_EVENTS = 10;

/** The clause every caution ends with, so the headline can say it once. */
export const UNRELIABLE = "; the interval may be unreliable";

export interface ArmEvents {
  fgc: number;
  control: number;
}

/**
 * Cautions in words on estimates from small data: every estimate when fewer than 100 children
 * were analysed ("few children: 60 analysed (fewer than 100); …"), and each estimate of an
 * outcome with fewer than 10 events in an arm ("few events: 6 in the FGC arm; the interval may
 * be unreliable"; a rate only for its own arm). Large-sample intervals and tests (Wald, score,
 * sandwich) lose their coverage there, so the reader is told rather than shown a confident number.
 * @example smallDataCautions([rd], 60, { looked_after_12m: { fgc: 6, control: 14 } })[0].cautions
 * // ["few children: 60 analysed (fewer than 100); the interval may be unreliable",
 * //  "few events: 6 in the FGC arm; the interval may be unreliable"]
 */
export function smallDataCautions(
  estimates: TrialEstimate[],
  children: number,
  events: Record<string, ArmEvents>,
): TrialEstimate[] {
  return estimates.map((e) => {
    const ev = events[e.outcome];
    const arms = (["fgc", "control"] as const).filter(
      (arm) =>
        !(e.measure === "rate_fgc" && arm === "control") && !(e.measure === "rate_control" && arm === "fgc"),
    );
    return { ...e, cautions: [...fewChildrenCautions(children), ...fewEventsCautions(ev, arms)] };
  });
}

/** "few children: 60 analysed (fewer than 100); …" when fewer than FEW_CHILDREN were analysed. */
export function fewChildrenCautions(children: number): string[] {
  return children < FEW_CHILDREN
    ? [`few children: ${children} analysed (fewer than ${FEW_CHILDREN})${UNRELIABLE}`]
    : [];
}

/**
 * "few events: 6 in the FGC arm; …" for each of `arms` with fewer than FEW_EVENTS events.
 * @example fewEventsCautions({ fgc: 6, control: 14 }) // ["few events: 6 in the FGC arm; the interval may be unreliable"]
 */
export function fewEventsCautions(
  events: ArmEvents | undefined,
  arms: readonly ("fgc" | "control")[] = ["fgc", "control"],
): string[] {
  if (!events) return [];
  const words = arms
    .filter((arm) => events[arm] < FEW_EVENTS)
    .map((arm) => `${events[arm]} in the ${arm === "fgc" ? "FGC" : "control"} arm`);
  return words.length ? [`few events: ${words.join(" and ")}${UNRELIABLE}`] : [];
}

/** Events by arm among the analysed rows: y = 1 (binary outcomes) or an event flag of 1. */
export function armEvents(arm: ArrayLike<number>, y: ArrayLike<number>, rows: ArrayLike<number>): ArmEvents {
  const out = { fgc: 0, control: 0 };
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (y[i] !== 1) continue;
    if (arm[i] === 1) out.fgc++;
    else out.control++;
  }
  return out;
}
