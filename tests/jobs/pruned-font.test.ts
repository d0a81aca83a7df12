/**
 * The charts' pruned font files (jobs/pruned-font.ts, via chart-fonts.ts) draw every character
 * the charts may hold, alone and in words with ligatures and kerning, exactly as the original
 * DejaVu Sans files do: the same PNG bytes. A character outside that set is not drawn the same,
 * which is why jobs/png-image.ts sends such an SVG to the system fonts.
 */
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartFontFiles, chartFontOriginals } from "../../src/jobs/chart-fonts.js";
import { FontFormatError, pruneFont } from "../../src/jobs/pruned-font.js";
import { chartFontCovers } from "../../src/jobs/png-image.js";

const escapeXml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Lines of text, regular then bold, as Vega writes chart text. */
function textSvg(lines: string[]): string {
  const rows = lines.flatMap((line, i) =>
    ["normal", "bold"].map(
      (weight, w) =>
        `<text x="4" y="${16 + 18 * (2 * i + w)}" font-family="DejaVu Sans, system-ui, sans-serif" font-size="12px" font-weight="${weight}">${escapeXml(line)}</text>`,
    ),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="${20 + 36 * lines.length}">${rows.join("")}</svg>`;
}

function png(svg: string, fontFiles: string[]): Buffer {
  return Buffer.from(
    new Resvg(svg, {
      background: "white",
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "DejaVu Sans" },
    })
      .render()
      .asPng(),
  );
}

const originals = chartFontOriginals();
const pruned = chartFontFiles();

describe("the charts' pruned font files", () => {
  it("are pruned copies of DejaVu Sans regular and bold, under half their size", () => {
    expect(originals).not.toBeNull();
    expect(pruned).not.toBeNull();
    for (const [i, file] of (pruned as string[]).entries()) {
      expect(file).not.toBe((originals as string[])[i]);
      expect(readFileSync(file).length).toBeLessThan(readFileSync((originals as string[])[i]).length / 2);
    }
  });

  it("draw every character the charts may hold exactly as the originals, regular and bold", () => {
    const chars: string[] = [];
    for (let cp = 0x20; cp <= 0x2311; cp++) if (chartFontCovers(cp)) chars.push(String.fromCodePoint(cp));
    const lines: string[] = [];
    for (let k = 0; k < chars.length; k += 64) lines.push(chars.slice(k, k + 64).join(""));
    expect(lines.length).toBeGreaterThan(15);
    const svg = textSvg(lines);
    expect(png(svg, pruned as string[]).equals(png(svg, originals as string[]))).toBe(true);
  });

  it("draw ligatures, kerning and chart labels exactly as the originals", () => {
    const svg = textSvg([
      "Difference in percentage points (referred − control): office, fluffy, afflict, fjord",
      "AVATAR Ty Yo LT P. F, To Wa We «µ» “quotes” ‘single’ … — –12.5 ≤ 3 × 4 ≥ ±0.05 → ∞",
      "Looked after at 12 months · Time to first care entry · Kaplan–Meier · Zoë Ångström ŁÓDŹ",
    ]);
    expect(png(svg, pruned as string[]).equals(png(svg, originals as string[]))).toBe(true);
  });

  it("leave out characters the charts never hold (so such an SVG must use the system fonts)", () => {
    const svg = textSvg(["Ωмир אבג ابت"]);
    expect(chartFontCovers("м".codePointAt(0) as number)).toBe(false);
    expect(png(svg, pruned as string[]).equals(png(svg, originals as string[]))).toBe(false);
  });

  it("refuses a file that is not a TrueType font", () => {
    expect(() => pruneFont(new TextEncoder().encode("not a font at all"), () => true)).toThrow(
      FontFormatError,
    );
  });
});
