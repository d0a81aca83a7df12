/**
 * The Kaplan–Meier chart and the CONSORT diagram of the sample trial drawn without Vega
 * (report/figures/, issue 13 §3) against Vega's drawing of the same specs: the SVG's time on
 * first call (as `fgc trial` draws it once) and warm (median of 9), Vega's SVG (median of 5),
 * and each picture's PNG at 2× with the charts' fonts (median of 5). Run alone for a cold first
 * call: `npm run bench -- figures-km`.
 */
import { chartFontFiles } from "../src/jobs/chart-fonts.js";
import { renderPng } from "../src/jobs/png-image.js";
import { readTrialInput } from "../src/jobs/read-trial-input.js";
import { renderSvg } from "../src/report/images.js";
import { consortChart } from "../src/report/trial-participants-sections.js";
import { kaplanMeierChart } from "../src/report/trial-time-to-care-sections.js";
import { trialPlanSchema } from "../src/trial/plan.js";
import { runTrial } from "../src/trial/run.js";
import type { BenchResult, BenchRun } from "./types.js";

export const run: BenchRun = async () => {
  const { input } = await readTrialInput("data-samples/trial/analysis.csv", "bench");
  const result = runTrial(input, trialPlanSchema.parse({ bootstrapReplicates: 0, rerandomisations: 0 }));
  const fonts = chartFontFiles() ?? undefined;
  const charts = [
    ["kaplan-meier", kaplanMeierChart(result.survival)],
    ["consort", consortChart(result.consort)],
  ] as const;
  const rows: BenchResult[] = [];
  for (const [name, chart] of charts) {
    const t0 = performance.now();
    const svg = chart.drawSvg();
    const first = (performance.now() - t0) / 1000;
    const warm = median(9, () => chart.drawSvg());
    const vega = await medianAsync(5, () => renderSvg(chart.spec));
    const vegaSvg = await renderSvg(chart.spec);
    const png = median(5, () => renderPng(svg, 2, fonts));
    const vegaPng = median(5, () => renderPng(vegaSvg, 2, fonts));
    const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
    rows.push({
      name: `figure ${name}: static SVG, first call`,
      seconds: first,
      detail: `warm ${ms(warm)}; Vega's SVG ${ms(vega)} warm; PNG at 2× ${ms(png)} (Vega's picture ${ms(vegaPng)}); ${size(svg)} (Vega's ${size(vegaSvg)})`,
    });
  }
  return rows;
};

function median(n: number, f: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f();
    times.push((performance.now() - t) / 1000);
  }
  return times.sort((a, b) => a - b)[n >> 1];
}

async function medianAsync(n: number, f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    times.push((performance.now() - t) / 1000);
  }
  return times.sort((a, b) => a - b)[n >> 1];
}

/** The picture's size in pixels, from the SVG's width and height. */
function size(svg: string): string {
  const [, w, h] = svg.match(/width="([\d.]+)" height="([\d.]+)"/) ?? [];
  return `${w} × ${h} px`;
}
