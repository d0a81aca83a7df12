/**
 * Charts as files: a Vega-Lite spec compiled and rendered headless to SVG by Vega itself (the
 * same renderer the HTML report uses), and the SVG rasterised to PNG by resvg.
 */
import { Resvg } from "@resvg/resvg-js";
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

/** PNG bytes at `scale` times the SVG's size (2 gives crisp images for documents). */
export function renderPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}
