// The look every static figure shares (report/figures/), matching the Vega charts' config
// (report/specs/common.ts): DejaVu Sans at 12 px, grey axes and light grid lines, bold titles.
import { armColours, armLabels } from "../specs/common.js";

/** Font, sizes and colours of the static figures. */
export const figureStyle = {
  fontFamily: "DejaVu Sans, sans-serif",
  fontSize: 12,
  /** Distance from a line of text's top to its baseline, as a share of the font size. */
  ascent: 0.76,
  lineHeight: 15,
  text: "#000",
  axis: "#888",
  grid: "#e5e5e5",
  tickLength: 5,
  arm: armColours,
  armLabel: armLabels,
} as const;
