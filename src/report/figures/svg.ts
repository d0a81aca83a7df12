// Building SVG text for the static figures (report/figures/): elements with escaped attribute
// values and text, and coordinates written with at most two decimals, so the same figure is
// always the same bytes.
import { StatsError } from "../../util/errors.js";

/** An attribute value: a number is written by {@link svgNumber}; null or undefined leaves it out. */
export type SvgAttributes = Record<string, string | number | null | undefined>;

/**
 * `<name attr="…">children</name>` (or `<name … />` with no children): attribute values are
 * escaped, children are SVG markup (escape text content with {@link escapeXml}).
 * @example svgElement("text", { x: 12.3456 }, [escapeXml("a < b")]) // '<text x="12.35">a &lt; b</text>'


 */
export function svgElement(name: string, attributes: SvgAttributes, children?: string[]): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    out += ` ${key}="${typeof value === "number" ? svgNumber(value) : escapeXml(value)}"`;
  }
  if (children === undefined) return `${out}/>`;
  return `${out}>${children.join("")}</${name}>`;
}

/** Text content for an element: `&`, `<`, `>` and quotes escaped. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`,
  );
}

/**
 * A coordinate as SVG text: rounded to two decimals, no trailing zeros, no "-0".
 * @example svgNumber(12.3456) // "12.35"

 */
export function svgNumber(x: number): string {
  if (!Number.isFinite(x)) throw new StatsError("svgNumber", "x", x, "a finite coordinate");
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

/**
 * A whole SVG document: `width` × `height` pixels on a white background, with a title and a
 * description for screen readers (role="img").
 */
export function svgDocument(
  size: { width: number; height: number },
  text: { title: string; description: string },
  body: string[],
): string {
  const { width, height } = size;
  return svgElement(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      version: "1.1",
      width: Math.ceil(width),
      height: Math.ceil(height),
      viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`,
      role: "img",
      "aria-labelledby": "title desc",
    },
    [
      svgElement("title", { id: "title" }, [escapeXml(text.title)]),
      svgElement("desc", { id: "desc" }, [escapeXml(text.description)]),
      svgElement("rect", { width: Math.ceil(width), height: Math.ceil(height), fill: "white" }),
      ...body,
    ],
  );
}
