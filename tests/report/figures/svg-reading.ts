// Reading an SVG chart back in the static figures' tests: its visible texts (Vega's or ours),
// its elements' attributes, and a PNG's pixel size.

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

/** Every element `name` of the SVG, as its attributes. */
export function svgElements(svg: string, name: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, "g"))].map((m) => attributesOf(m[1]));
}

/** A PNG's width and height in pixels, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
