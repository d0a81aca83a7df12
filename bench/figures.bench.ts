/**
 * The static figures of `fgc trial` (report/figures/) against Vega's drawing of the same charts:
 * for each chart of the sample report that has a drawSvg (with the --costs plane from the
 * goldens), the time of its first drawing in this process (cold: compiling the drawer's code),
 * the median of 20 more, and the median of 3 of Vega's renderSvg of its spec (Vega loaded
 * before, so its loading time is not counted). Target (issue 13 §3): a few milliseconds a chart.
 */
import { readFileSync } from "node:fs";
import { collectParts } from "../src/report/document.js";
import { renderSvg } from "../src/report/images.js";
import { buildTrialReport } from "../src/report/trial-report.js";
import { trialResultSchema } from "../src/trial/result.js";
import type { BenchResult, BenchRun } from "./types.js";

const WARM_RUNS = 20;
const VEGA_RUNS = 3;
const TARGET_SECONDS = 0.01;

export const run: BenchRun = async () => {
  const trial = JSON.parse(readFileSync("tests/goldens/trial/results.json", "utf8"));
  const costs = JSON.parse(readFileSync("tests/goldens/trial-costs/costs.json", "utf8"));
  const result = trialResultSchema.parse({
    ...trial,
    estimates: [...trial.estimates, ...costs.estimates],
    costs: costs.costs,
  });
  const charts = collectParts(buildTrialReport(result)).charts.filter((c) => c.drawSvg);
  const cold = charts.map((c) => seconds(() => (c.drawSvg as () => string)()));
  const rows: BenchResult[] = [];
  for (const [i, c] of charts.entries()) {
    const warm = median(
      Array.from({ length: WARM_RUNS }, () => seconds(() => (c.drawSvg as () => string)())),
    );
    const vega: number[] = [];
    for (let k = 0; k < VEGA_RUNS; k++) {
      const t = performance.now();
      await renderSvg(c.spec);
      vega.push((performance.now() - t) / 1000);
    }
    rows.push({
      name: `figures: ${c.id} drawSvg (median of ${WARM_RUNS})`,
      seconds: warm,
      targetSeconds: TARGET_SECONDS,
      detail: `${ms(warm)} a drawing, the first ${ms(cold[i])}; Vega's renderSvg ${ms(median(vega))} (median of ${VEGA_RUNS})`,
    });
  }
  return rows;
};

function seconds(f: () => unknown): number {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function ms(s: number): string {
  return `${(s * 1000).toFixed(1)} ms`;
}
