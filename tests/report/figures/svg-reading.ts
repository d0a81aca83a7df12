// Reading an SVG chart back in the static figures' tests: its visible texts (Vega's or ours),
// a static figure's texts with their position, anchor, size and weight, its elements'
// attributes, its size and a PNG's pixel size, and the boxes of a static figure's texts.
import { expect } from "vitest";
import { textWidth } from "../../../src/report/figures/text-width.js";

/** One <text> element: its content (unescaped) and attributes. */
export interface SvgText {
  content: string;
  attributes: Record<string, string>;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The attributes of an element's start tag. */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]] = unescapeXml(m[2]);
  return out;
}

/** Every <text> of the SVG that is drawn (not opacity 0, as Vega hides an overlapping label). */
export function svgTexts(svg: string): SvgText[] {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)]
    .map((m) => ({ content: unescapeXml(m[2]), attributes: attributesOf(m[1]) }))
    .filter((t) => t.attributes.opacity !== "0" && t.content !== "");
}

/** The drawn texts' contents, sorted, to compare two drawings of one chart. */
export function visibleTexts(svg: string): string[] {
  return svgTexts(svg)
    .map((t) => t.content)
    .sort();
}

/** One `<text>` of a static figure (figures/svg.ts writes x, y and the font as attributes). */
export interface FigureText {
  content: string;
  x: number;
  y: number;
  anchor: string;
  fontSize: number;
  bold: boolean;
}

/** Every <text> of a static figure, in document order. */
export function figureTexts(svg: string): FigureText[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const a = attributesOf(m[1]);
    return {
      content: unescapeXml(m[2]),
      x: Number(a.x ?? Number.NaN),
      y: Number(a.y ?? Number.NaN),
      anchor: a["text-anchor"] ?? "start",
      fontSize: Number(a["font-size"]),
      bold: a["font-weight"] === "bold",
    };
  });
}

/** Every non-empty text Vega's SVG shows, in document order. */
export function vegaTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
    .map((m) => unescapeXml(m[1]))
    .filter((t) => t !== "");
}

/** The text's left and right ends, from its anchor and its measured width. */
export function textSpan(t: FigureText, width: number): [number, number] {
  if (t.anchor === "middle") return [t.x - width / 2, t.x + width / 2];
  if (t.anchor === "end") return [t.x - width, t.x];
  return [t.x, t.x + width];
}

/** The document's width and height attributes. */
export function svgSize(svg: string): [width: number, height: number] {
  const root = svgElements(svg, "svg")[0];
  return [Number(root.width), Number(root.height)];
}

/** Every element `name` of the SVG, as its attributes. */
export function svgElements(svg: string, name: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, "g"))].map((m) => attributesOf(m[1]));
}

/** A PNG's width and height in pixels, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A drawn text's box: DejaVu Sans at 12 px, ascent 0.76 and descent 0.24 of the size. */
export interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The box of every positioned <text> (one with an x) of a static figure. */
export function textBoxes(svg: string): TextBox[] {
  return svgTexts(svg)
    .filter((t) => t.attributes.x !== undefined)
    .map((t) => {
      const w = textWidth(t.content, 12, { bold: t.attributes["font-weight"] === "bold" });
      const x = Number(t.attributes.x);
      const anchor = t.attributes["text-anchor"] ?? "start";
      const left = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
      const y = Number(t.attributes.y);
      return { text: t.content, left, right: left + w, top: y - 12 * 0.76, bottom: y + 12 * 0.24 };
    });
}

/** Asserts that no text of the SVG overlaps another or crosses its left or right edge; returns the boxes. */
export function expectTextsApartAndInside(svg: string, name: string): TextBox[] {
  const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)?.[1]);
  const boxes = textBoxes(svg);
  for (const b of boxes) {
    expect(b.left, `${name}: ${b.text}`).toBeGreaterThanOrEqual(0);
    expect(b.right, `${name}: ${b.text}`).toBeLessThanOrEqual(width);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `${name}: "${a.text}" and "${b.text}"`).toBe(false);
    }
  return boxes;
}
