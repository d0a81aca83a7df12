/**
 * Charts as files: a Vega-Lite spec compiled and rendered headless to SVG by Vega itself (the
 * same renderer the HTML report uses), and the SVG rasterised to PNG by resvg.
 */
import { Resvg, renderAsync } from "@resvg/resvg-js";
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
  return new Resvg(svg, pngOptions(scale)).render().asPng();
}

/** As renderPng, on libuv's thread pool: several charts rasterise in parallel. */
export async function renderPngAsync(svg: string, scale = 2): Promise<Uint8Array> {
  return (await renderAsync(svg, pngOptions(scale))).asPng();
}

function pngOptions(scale: number) {
  return {
    fitTo: { mode: "zoom" as const, value: scale },
    background: "white",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  };
}
