// Reading a static figure's SVG back for the tests of report/figures/: its texts with their
// position, anchor, size and weight; its lines, rects, paths and polygons with their attributes;
// the visible texts of Vega's SVG of the same chart; a PNG's pixel size.

/** One `<text>` of a static figure. */
export interface SvgText {
  content: string;
  x: number;
  y: number;
  anchor: string;
  fontSize: number;
  bold: boolean;
}

/** The attributes of every `<name …>` element of the SVG, in document order. */
export function elements(svg: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of svg.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, "g"))) {
    const attributes: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:-]+)="([^"]*)"/g)) attributes[a[1]] = unescapeXml(a[2]);
    out.push(attributes);
  }
  return out;
}

/** The static figure's texts (figures/svg.ts writes x, y and the font as attributes). */
export function texts(svg: string): SvgText[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const a = Object.fromEntries([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
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

/** Width and height in pixels from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): [width: number, height: number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

/** The document's width and height attributes. */
export function svgSize(svg: string): [width: number, height: number] {
  const root = elements(svg, "svg")[0];
  return [Number(root.width), Number(root.height)];
}

/** The text's left and right ends, from its anchor and its measured width. */
export function textSpan(t: SvgText, width: number): [number, number] {
  if (t.anchor === "middle") return [t.x - width / 2, t.x + width / 2];
  if (t.anchor === "end") return [t.x - width, t.x];
  return [t.x, t.x + width];
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
