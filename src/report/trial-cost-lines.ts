import type { TrialResult } from "../trial/result.js";
import { formatPounds } from "./format-pounds.js";
import { formatPercent } from "./summarize.js";
import { formatCount } from "../util/format-count.js";

/**
 * The terminal's cost lines (`fgc trial --costs`): arm means, the adjusted difference with its
 * interval, the bootstrap probability of a saving, and the projection when asked for, labelled.
 * @example trialCostLines(result)[0] // "Cost per child over 12 months (2023-24 prices): …"
 */
export function trialCostLines(r: TrialResult): string[] {
  const c = r.costs;
  if (!c) return [];
  const level = Math.round(r.plan.level * 100);
  const get = (measure: string, model: string) =>
    r.estimates.find((e) => e.outcome === c.outcome && e.measure === measure && e.model === model);
  const fgc = get("mean_fgc", "unadjusted");
  const control = get("mean_control", "unadjusted");
  const adjusted = get("mean_difference", "adjusted");
  const span = windowWords(c.windowDays);
  const lines = [
    `Cost per child over ${span} (${c.priceYear} prices${c.discounting.applied ? `, later years discounted at ${Number((c.discounting.rate * 100).toPrecision(6))}% a year` : ""}): referred ${formatPounds(fgc?.estimate)}, control ${formatPounds(control?.estimate)}; ` +
      `difference ${formatPounds(adjusted?.estimate)} (${level}% CI ${formatPounds(adjusted?.ci[0])} to ${formatPounds(adjusted?.ci[1])}; ${adjusted?.methodLabel ?? "linear regression"})` +
      (c.bootstrap
        ? `; probability that referral saves money ${formatPercent(c.bootstrap.probabilitySaving)} (${formatCount(c.bootstrap.replicates)} cluster-bootstrap replicates).`
        : "."),
  ];
  const p = c.projection;
  if (p) {
    const kept = p.childrenKeptOutOfCare;
    lines.push(
      `PROJECTION for ${formatCount(p.nationalChildren)} children a year (assumes the trial's effect and costs transfer): ` +
        `${formatPounds(p.costDifference.estimate)} a year (${level}% CI ${formatPounds(p.costDifference.ci[0])} to ${formatPounds(p.costDifference.ci[1])})` +
        (kept
          ? `; ${formatRound(kept.estimate)} fewer children ${kept.outcome.startsWith("entered") ? "entering care" : "looked after"} (${level}% CI ${formatRound(kept.ci[0])} to ${formatRound(kept.ci[1])}).`
          : "."),
    );
  }
  return lines;
}

/** "12 months" for 365 days, else days. */
export function windowWords(days: number): string {
  const months = (days * 12) / 365;
  return Number.isInteger(months) ? `${months} months` : `${days} days`;
}

function formatRound(x: number | null): string {
  return x === null ? "not estimable" : Math.round(x).toLocaleString("en-GB").replace(/^-/, "−");
}
