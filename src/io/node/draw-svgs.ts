/**
 * Draws charts as SVG from their Vega-Lite specs, one after another, handing each to `onSvg` as
 * soon as it is drawn (so its PNG can rasterise elsewhere while the next is drawn). Used on the
 * chart worker (io/node/chart-worker.ts) or on the calling thread (io/node/chart-renderer.ts).
 */
import { compileChartSpec, renderSvg, renderVegaSvg } from "../../report/images.js";

/** @example await drawSvgs([spec], (svg, i) => writeFileSync(`chart-${i}.svg`, svg)) */
export async function drawSvgs(
  specs: Record<string, unknown>[],
  onSvg: (svg: string, index: number) => void,
): Promise<void> {
  for (const [i, spec] of specs.entries()) onSvg(await renderSvg(spec), i);
}

/**
 * A chart's SVG drawn out of turn (before the charts that precede it in the report), or null
 * when that could change bytes: Vega numbers clip paths and gradients across every chart a
 * thread draws (clip1, clip2 …), so only a chart whose Vega spec has neither draws the same
 * SVG at any point, and leaves the numbering of the others as it was. The caller checks the
 * SVG holds no such reference (`url(#`).
 * @example await drawSvgAhead(kaplanMeierChartSpec(result.survival)) // "<svg …" or null
 */
export async function drawSvgAhead(spec: Record<string, unknown>): Promise<string | null> {
  const compiled = compileChartSpec(spec);
  if (/clip|gradient/i.test(JSON.stringify(compiled))) return null;
  return renderVegaSvg(compiled);
}
