/**
 * Forest plots (issue 13 §2): the value axis's tick labels never overlap, on the sample's
 * intervals and on the wide and narrow ones small or odd data give (a ratio CI from 0.03 to 30,
 * a difference axis to ±120 points), read from the rendered SVG: each visible label's width is
 * bounded above by 7.7 px a character at 12 px DejaVu Sans (its widest digit is 7.6 px).
 */
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../src/report/images.js";
import { type ForestRow, forestPlotSpec } from "../../src/report/specs/forest-plot.js";
import { type MetaForestRow, metaForestPlotSpec } from "../../src/report/specs/meta-forest-plot.js";

const CHAR_PX = 7.7;

function rows(intervals: [number, number, number][]): ForestRow[] {
  return intervals.map(([estimate, lower, upper], i) => ({
    label: `Effect ${i + 1}`,
    estimate,
    lower,
    upper,
    text: `${estimate} (${lower} to ${upper})`,
  }));
}

interface Label {
  x: number;
  y: number;
  text: string;
  anchor: string;
}

/** The visible labels of the horizontal (value) axis: the label group whose labels share one y. */
function valueAxisLabels(svg: string): Label[] {
  const groups = [...svg.matchAll(/<g class="mark-text role-axis-label"[^>]*>([\s\S]*?)<\/g>/g)];
  for (const g of groups) {
    const labels = [
      ...g[1].matchAll(
        /<text text-anchor="(\w+)" transform="translate\(([-\d.e]+),([-\d.e]+)\)"[^>]*opacity="([\d.]+)"[^>]*>([^<]*)<\/text>/g,
      ),
    ]
      .filter((m) => Number(m[4]) > 0)
      .map((m) => ({ anchor: m[1], x: Number(m[2]), y: Number(m[3]), text: m[5] }));
    if (labels.length > 1 && labels.every((l) => l.y === labels[0].y)) return labels;
  }
  throw new Error("no horizontal axis labels in the SVG");
}

function extent(l: Label): [number, number] {
  const w = l.text.length * CHAR_PX;
  if (l.anchor === "start") return [l.x, l.x + w];
  if (l.anchor === "end") return [l.x - w, l.x];
  return [l.x - w / 2, l.x + w / 2];
}

const cases: [string, "ratio" | "difference", [number, number, number][]][] = [
  [
    "sample ratios",
    "ratio",
    [
      [0.75, 0.68, 0.82],
      [0.61, 0.52, 0.71],
      [0.55, 0.46, 0.66],
    ],
  ],
  [
    "wide ratios (small data)",
    "ratio",
    [
      [0.9, 0.03, 30],
      [2, 0.5, 8],
    ],
  ],
  [
    "ratios around 1",
    "ratio",
    [
      [1.01, 0.97, 1.05],
      [0.99, 0.95, 1.03],
    ],
  ],
  ["ratios far above 1", "ratio", [[40, 3, 900]]],
  ["ratios over nine decades (a near-empty arm)", "ratio", [[1, 0.0001, 100000]]],
  ["ratios a little below 1", "ratio", [[0.8, 0.7, 0.95]]],
  [
    "sample differences",
    "difference",
    [
      [-11.5, -16.7, -6.4],
      [-31.4, -46.2, -16.6],
    ],
  ],
  [
    "wide differences (small data)",
    "difference",
    [
      [-10, -120, 95],
      [5, -40, 60],
    ],
  ],
  [
    "narrow differences",
    "difference",
    [
      [-0.2, -0.45, 0.05],
      [0.1, -0.12, 0.33],
    ],
  ],
  [
    "days in care",
    "difference",
    [
      [-31.4, -46.2, -16.6],
      [-120, -1046.2, 0],
    ],
  ],
  [
    "lopsided differences",
    "difference",
    [
      [-95, -99, -90],
      [-1, -2, 0.5],
    ],
  ],
];

describe("forest plot value axis", () => {
  it.each(cases)(
    "%s: at least 3 tick labels, none overlapping, the no-effect value labelled",
    async (_, scale, intervals) => {
      const spec = forestPlotSpec(rows(intervals), { scale, title: "t", axisTitle: "x" });
      const labels = valueAxisLabels(await renderSvg(spec)).sort((a, b) => a.x - b.x);
      expect(labels.length).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < labels.length; i++) {
        const gap = extent(labels[i])[0] - extent(labels[i - 1])[1];
        expect(gap, `${labels[i - 1].text} | ${labels[i].text}`).toBeGreaterThanOrEqual(2);
      }
      expect(labels.map((l) => l.text)).toContain(scale === "ratio" ? "1" : "0");
    },
  );
});

/** The value axis's tick values: the spec's one axis with both `values` and `format`. */
function tickValues(spec: unknown): number[] {
  const found: number[][] = [];
  JSON.stringify(spec, (_, value) => {
    if (value && typeof value === "object" && Array.isArray(value.values) && typeof value.format === "string")
      found.push(value.values);
    return value;
  });
  expect(found.length).toBe(1);
  return found[0];
}

const parseLabel = (text: string) => Number(text.replace("\u2212", "-").replaceAll(",", ""));

describe("forest plot tick labels", () => {
  // A difference axis stepped by 25 (−75, −25, 25 were written "−80", "−30", "30" when Vega chose
  // the precision from the step), by 2.5 and by 0.25, and the log axes above.
  const stepped: [string, "ratio" | "difference", [number, number, number][]][] = [
    ["stepped by 25", "difference", [[-10, -90, 60]]],
    ["stepped by 2.5", "difference", [[-1, -9, 6]]],
    ["stepped by 0.25", "difference", [[-0.1, -0.9, 0.6]]],
    ...cases.filter(([, scale]) => scale === "ratio"),
  ];
  const metaRows = (intervals: [number, number, number][]): MetaForestRow[] =>
    intervals.map(([estimate, lower, upper], i) => ({
      label: `Study ${i + 1}`,
      kind: "study",
      estimate,
      lower,
      upper,
      weight: 100 / intervals.length,
      text: "",
    }));
  it.each(stepped)(
    "%s: each label is its tick's value, in the trial's and the meta-analysis's plots",
    async (_, scale, intervals) => {
      for (const spec of [
        forestPlotSpec(rows(intervals), { scale, title: "t", axisTitle: "x" }),
        metaForestPlotSpec(metaRows(intervals), { scale, title: "t", axisTitle: "x" }),
      ]) {
        const values = tickValues(spec);
        const labels = valueAxisLabels(await renderSvg(spec)).sort((a, b) => a.x - b.x);
        expect(labels.length).toBeGreaterThanOrEqual(3);
        for (const label of labels) expect(values, label.text).toContain(parseLabel(label.text));
      }
    },
  );
});

describe("forest plot row labels", () => {
  it("are drawn whole in the SVG file, not cut with an ellipsis (the estimates plot's longest label)", async () => {
    const label = "Care proceedings issued within 12 months · RD, unadjusted";
    const spec = forestPlotSpec([{ label, estimate: -13.7, lower: -17.3, upper: -10.1, text: "" }], {
      scale: "difference",
      title: "t",
      axisTitle: "x",
    });
    const svg = await renderSvg(spec);
    expect(svg).toContain(`>${label}</text>`);
    expect(svg).not.toContain("…");
  });
});
