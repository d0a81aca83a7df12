/** Shared look of every chart: colour-blind-safe arm colours, fonts, sizes. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const armColours = { fgc: "#0072B2", control: "#D55E00" } as const;
export const armLabels = { fgc: "Referred for an FGC", control: "Not referred (control)" } as const;

export const baseConfig = {
  font: "DejaVu Sans, system-ui, sans-serif",
  axis: { labelFontSize: 12, titleFontSize: 12, grid: true, gridColor: "#e5e5e5" },
  legend: { labelFontSize: 12, titleFontSize: 12, orient: "bottom", labelLimit: 320 },
  view: { stroke: null },
} as const;

export const armScale = {
  domain: [armLabels.fgc, armLabels.control],
  range: [armColours.fgc, armColours.control],
};
