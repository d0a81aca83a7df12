/**
 * Charts as SVG files: a Vega-Lite spec compiled and rendered headless by Vega itself (the same
 * renderer the HTML report uses). The PNG beside each is jobs/png-image.ts, apart so that
 * rasterising does not load Vega.
 */
import * as vega from "vega";
import * as vegaLite from "vega-lite";

/** @example await renderSvg({ mark: "point", data: { values: [{ x: 1 }] }, encoding: { x: { field: "x", type: "quantitative" } } }) */
export async function renderSvg(spec: Record<string, unknown>): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: Vega-Lite's TopLevelSpec type is stricter than our plain specs.
  const compiled = vegaLite.compile(spec as any).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
