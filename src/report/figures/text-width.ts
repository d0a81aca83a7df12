// The drawn width of a line of chart text in DejaVu Sans (the charts' font, report/specs/common.ts),
// from the fonts' own advance widths (dejavu-widths.ts), so that a static figure places labels,
// boxes and margins where the text really ends. Kerning is left out (a fraction of a pixel a pair).
import { DEJAVU_SANS_BOLD_WIDTHS, DEJAVU_SANS_WIDTHS } from "./dejavu-widths.js";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Width of a character outside the tables: DejaVu Sans's widest common glyph (the em). */
const FALLBACK = 1000;

const decode = (table: readonly [number, number, string][]) => {
  const widths = new Map<number, number>();
  for (const [first, , text] of table)
    for (let i = 0; i < text.length / 2; i++)
      widths.set(first + i, B64.indexOf(text[2 * i]) * 64 + B64.indexOf(text[2 * i + 1]));
  return widths;
};
let regular: Map<number, number> | undefined;
let bold: Map<number, number> | undefined;

/**
 * Width in pixels of `text` set in DejaVu Sans at `fontSize` pixels (bold when asked), one line.
 * A character the tables lack counts as an em wide, so text is never measured short.
 * @example textWidth("0", 12) // 7.632
 */
export function textWidth(text: string, fontSize: number, options: { bold?: boolean } = {}): number {
  regular ??= decode(DEJAVU_SANS_WIDTHS);
  const table = options.bold ? (bold ??= decode(DEJAVU_SANS_BOLD_WIDTHS)) : regular;
  let units = 0;
  for (const ch of text) units += table.get(ch.codePointAt(0) as number) ?? FALLBACK;
  return (units * fontSize) / 1000;
}
