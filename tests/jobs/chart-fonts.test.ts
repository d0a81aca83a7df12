/**
 * Charts rasterise to PNG with the two DejaVu Sans files alone when those cover the SVG's text,
 * giving the same pixels as with every system font; any other character brings the system fonts
 * back, so no glyph goes missing.
 */
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartFontFiles } from "../../src/jobs/chart-fonts.js";
import { renderSvg } from "../../src/report/images.js";
import { chartFontCovers, coveredByChartFont, renderPng } from "../../src/jobs/png-image.js";
import { baseConfig } from "../../src/report/specs/common.js";

/** A bar chart with a bold title, a minus sign, an en dash and a ≤ in its labels. */
const spec = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  title: "Risk difference — looked after at 12 months",
  data: {
    values: [
      { label: "Under 1 – boys", value: -12.5 },
      { label: "Aged ≤ 4 (Ü)", value: 3.25 },
    ],
  },
  mark: "bar",
  encoding: {
    y: { field: "label", type: "nominal", title: null },
    x: { field: "value", type: "quantitative", title: "Percentage points (−)" },
  },
  config: baseConfig,
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describe("chart PNGs with the charts' own font files", () => {
  it("finds DejaVu Sans, regular and bold, on this machine, and prunes them", () => {
    const files = chartFontFiles();
    expect(files).not.toBeNull();
    // Pruned copies (tests/jobs/pruned-font.test.ts), named for the originals.
    expect(
      files?.map((f) =>
        f
          .split(/[\\/]/)
          .pop()
          ?.replace(/-\d+-\d+-v\d+\.ttf$/, ""),
      ),
    ).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
  });

  it("give the same PNG bytes as the system fonts, at twice the SVG's size", async () => {
    const svg = await renderSvg(spec);
    expect(coveredByChartFont(svg)).toBe(true);
    const own = renderPng(svg, 2, chartFontFiles() ?? undefined);
    const system = renderPng(svg, 2);
    expect(Buffer.from(own).equals(Buffer.from(system))).toBe(true);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect(pngSize(own)).toEqual([2 * width, 2 * height]);
  });

  it("counts a character DejaVu Sans lacks, or a character reference, as not covered", () => {
    expect(coveredByChartFont("<text>−12.5 ≤ 3 × 4 … Zoë</text>")).toBe(true);
    expect(coveredByChartFont("<text>東京</text>")).toBe(false);
    expect(coveredByChartFont("<text>😀</text>")).toBe(false);
    expect(coveredByChartFont("<text>&#8722;1</text>")).toBe(false);
    // Every code point (a lone surrogate included) is covered exactly when chartFontCovers says so.
    for (let c = 0; c <= 0x10ffff; c++) {
      const text = c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c);
      if (coveredByChartFont(`a${text}b`) !== chartFontCovers(c))
        expect(c.toString(16)).toBe("covered as chartFontCovers says");
    }
  });

  it("falls back to the system fonts for an SVG it does not cover, so its character is drawn", async () => {
    const svg = (await renderSvg(spec)).replaceAll("Ü", "東");
    expect(coveredByChartFont(svg)).toBe(false);
    const fonts = chartFontFiles() ?? [];
    const png = Buffer.from(renderPng(svg, 2, fonts));
    expect(png.equals(Buffer.from(renderPng(svg, 2)))).toBe(true);
    // DejaVu Sans alone has no 東 (the system draws it with another font): a different picture.
    const dejaVuOnly = new Resvg(svg, {
      fitTo: { mode: "zoom", value: 2 },
      background: "white",
      font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: "DejaVu Sans" },
    })
      .render()
      .asPng();
    expect(png.equals(Buffer.from(dejaVuOnly))).toBe(false);
  });
});
