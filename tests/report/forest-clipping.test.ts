/**
 * Forest-plot axes from small data (issue 13 §1): the axis spans the intervals plus 8% of their
 * span (ratios: × 1.15 each side) and never more than ±100 points (ratios 1/100 to 100); an
 * interval that runs past it is drawn to the edge and marked with an arrowhead there.
 */
import { describe, expect, it } from "vitest";
import { type ForestRow, forestPlotSpec } from "../../src/report/specs/forest-plot.js";

interface Spec {
  data: { values: (ForestRow & { lowerDrawn: number; upperDrawn: number })[] };
  layer: {
    mark: { shape?: string };
    data?: { values: { label: string; x: number }[] };
    encoding: { x?: { scale?: { domain: number[] } } };
  }[];
}
const row = (label: string, estimate: number, lower: number, upper: number): ForestRow => ({
  label,
  estimate,
  lower,
  upper,
  text: `${estimate} (${lower} to ${upper})`,
});
const build = (rows: ForestRow[], scale: "ratio" | "difference") =>
  forestPlotSpec(rows, { scale, title: "t", axisTitle: "a" }) as unknown as Spec;
const domainOf = (s: Spec) => s.layer.find((l) => l.encoding.x?.scale)?.encoding.x?.scale?.domain as number[];
const arrows = (s: Spec, side: string) =>
  s.layer.find((l) => l.mark.shape === `triangle-${side}`)?.data?.values;

describe("forest-plot axis limits", () => {
  it("differences inside ±100: the intervals plus 8% of their span, no arrowheads", () => {
    const s = build([row("a", -12, -16, -8), row("b", -5, -20, 10)], "difference");
    // span −20 … 10 = 30; 8% = 2.4
    expect(domainOf(s)[0]).toBeCloseTo(-22.4, 12);
    expect(domainOf(s)[1]).toBeCloseTo(12.4, 12);
    expect(arrows(s, "left")).toBeUndefined();
    expect(arrows(s, "right")).toBeUndefined();
  });

  it("a complier interval of −171 to 35 points: the axis stops at −100, with an arrowhead on that row only", () => {
    const s = build([row("RD", -27, -60, 7), row("CACE", -68, -171.5, 34.9)], "difference");
    // lo clipped to −100; hi 34.9 + 8% of 134.9
    expect(domainOf(s)[0]).toBe(-100);
    expect(domainOf(s)[1]).toBeCloseTo(34.9 + 0.08 * 134.9, 12);
    expect(arrows(s, "left")).toEqual([{ label: "CACE", x: -100, text: "-68 (-171.5 to 34.9)" }]);
    expect(arrows(s, "right")).toBeUndefined();
    expect(s.data.values.map((r) => [r.lowerDrawn, r.upperDrawn])).toEqual([
      [-60, 7],
      [-100, 34.9],
    ]);
  });

  it("a ratio interval to 500: the axis stops at 100 with an arrowhead; the lower end keeps its ×1/1.15 margin", () => {
    const s = build([row("OR", 2, 0.5, 500), row("RR", 0.8, 0.6, 1.1)], "ratio");
    expect(domainOf(s)[0]).toBeCloseTo(0.5 / 1.15, 12);
    expect(domainOf(s)[1]).toBe(100);
    expect(arrows(s, "right")?.map((a) => [a.label, a.x])).toEqual([["OR", 100]]);
    expect(arrows(s, "left")).toBeUndefined();
  });
});
