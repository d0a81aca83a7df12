/**
 * Draws charts as SVG from their Vega-Lite specs, one after another, handing each to `onSvg` as
 * soon as it is drawn (so its PNG can rasterise elsewhere while the next is drawn). Used on the
 * chart worker (jobs/chart-worker.ts) or on the calling thread (jobs/chart-renderer.ts).
 */
import { renderSvg } from "../report/images.js";

/** @example await drawSvgs([spec], (svg, i) => writeFileSync(`chart-${i}.svg`, svg)) */
export async function drawSvgs(
  specs: Record<string, unknown>[],
  onSvg: (svg: string, index: number) => void,
): Promise<void> {
  for (const [i, spec] of specs.entries()) onSvg(await renderSvg(spec), i);
}
