// Draws charts as SVG from their Vega-Lite specs, one after another, handing each to `onSvg` as
// soon as it is drawn (so its PNG can rasterise elsewhere while the next is drawn). Used on the
// chart worker (jobs/chart-worker.ts) or on the calling thread (jobs/chart-renderer.ts).
// Each SVG's clip paths are numbered as drawing the charts in order in a fresh process numbers
// them (jobs/number-clip-paths.ts), so a chart drawn ahead (drawSvgAhead) can be used in turn.
import { compileChartSpec, renderSvg, renderVegaSvg } from "../report/images.js";
import { numberClipPaths } from "./number-clip-paths.js";

/**
 * `drawnAhead`: a chart's SVG already drawn by drawSvgAhead (null or undefined: draw it now).
 * @example await drawSvgs([spec], (svg, i) => writeFileSync(`chart-${i}.svg`, svg))
 */
export async function drawSvgs(
  specs: Record<string, unknown>[],
  onSvg: (svg: string, index: number) => void,
  drawnAhead?: (spec: Record<string, unknown>) => Promise<string | null> | undefined,
): Promise<void> {
  let next = 1;
  for (const [i, spec] of specs.entries()) {
    const drawn = numberClipPaths((await drawnAhead?.(spec)) ?? (await renderSvg(spec)), next);
    next += drawn.count;
    onSvg(drawn.svg, i);
  }
}

/**
 * A chart's SVG drawn out of turn (before the charts that precede it in the report), for
 * drawSvgs to use in turn; null for a chart with a gradient, which Vega also numbers across
 * charts (and drawSvgs does not renumber): that one is drawn in turn.
 * @example await drawSvgAhead(kaplanMeierChartSpec(result.survival)) // "<svg …" or null
 */
export async function drawSvgAhead(spec: Record<string, unknown>): Promise<string | null> {
  const compiled = compileChartSpec(spec);
  if (/gradient/i.test(JSON.stringify(compiled))) return null;
  return renderVegaSvg(compiled);
}
