// Draws charts as SVG from their Vega-Lite specs, one after another, handing each to `onSvg` as
// soon as it is drawn (so its PNG can rasterise elsewhere while the next is drawn). Used by the
// chart renderer (jobs/chart-renderer.ts) for a chart without a static drawer.
// Each SVG's clip paths are numbered as drawing the same charts in order in a fresh process
// numbers them (jobs/number-clip-paths.ts), whatever the thread drew before.
import { renderSvg } from "../report/images.js";
import { numberClipPaths } from "./number-clip-paths.js";

/**
 * Draws each Vega-Lite spec's SVG in order, handing it to `onSvg` as soon as it is drawn.
 * @example await drawSvgs([spec], (svg, i) => writeFileSync(`chart-${i}.svg`, svg))
 */
export async function drawSvgs(
  specs: Record<string, unknown>[],
  onSvg: (svg: string, index: number) => void,
): Promise<void> {
  let next = 1;
  for (const [i, spec] of specs.entries()) {
    const drawn = numberClipPaths(await renderSvg(spec), next);
    next += drawn.count;
    onSvg(drawn.svg, i);
  }
}
