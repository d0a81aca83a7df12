// Vega numbers the clip paths of every chart a thread draws from one counter (clip1, clip2 …),
// so a chart's SVG depends on the charts drawn before it on that thread. Renumbering each SVG's
// clip paths from where the report's own order puts them (jobs/draw-svgs.ts) makes every
// chart's bytes those of drawing the report's charts in order in a fresh process, whatever was
// drawn before or ahead.

/**
 * The SVG with its clip paths (`id="clipN"`, `url(#clipN)`) numbered from `first` in the order
 * Vega made them, and how many it has.
 * @example numberClipPaths('<clipPath id="clip7"/><g clip-path="url(#clip7)"/>', 2).svg // '<clipPath id="clip2"/><g clip-path="url(#clip2)"/>'
 */
export function numberClipPaths(svg: string, first: number): { svg: string; count: number } {
  const pattern = /(id="|url\(#)clip(\d+)/g;
  const made = [...new Set(Array.from(svg.matchAll(pattern), (m) => Number(m[2])))].sort((a, b) => a - b);
  const renumbered = new Map(made.map((n, k) => [n, first + k]));
  return {
    svg: svg.replace(pattern, (_, before: string, n: string) => `${before}clip${renumbered.get(Number(n))}`),
    count: made.length,
  };
}
