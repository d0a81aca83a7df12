// Charts as SVG files: a Vega-Lite spec compiled and rendered headless by Vega itself (the same
// renderer the HTML report uses). The PNG beside each is jobs/png-image.ts, apart so that
// rasterising does not load Vega.
import * as vega from "vega";
import * as vegaLite from "vega-lite";

/** @example await renderSvg({ mark: "point", data: { values: [{ x: 1 }] }, encoding: { x: { field: "x", type: "quantitative" } } }) */
export async function renderSvg(spec: Record<string, unknown>): Promise<string> {
  return renderVegaSvg(compileChartSpec(spec));
}

/** The Vega spec a Vega-Lite chart spec compiles to. */
export function compileChartSpec(spec: Record<string, unknown>): Record<string, unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: Vega-Lite's TopLevelSpec type is stricter than our plain specs.
  return vegaLite.compile(spec as any).spec as Record<string, unknown>;
}

/** The SVG of a Vega spec (compileChartSpec), rendered headless. */
export async function renderVegaSvg(compiled: Record<string, unknown>): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: our plain object is a Vega spec by construction.
  const view = new vega.View(vega.parse(compiled as any), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
