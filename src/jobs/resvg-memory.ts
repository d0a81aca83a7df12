// resvg's native addon allocates with mimalloc, which gives freed memory back to the operating
// system 10 ms after it is freed (its `purge_delay` option). Each chart's pixels at twice its
// size are about 5 MB, allocated and freed for every PNG, so every chart paid its pages' faults
// afresh: about 1,200 page faults a chart, 15 ms of a 20 ms render on a virtual machine where a
// fault costs ~10 µs. The compiled CLI is a short-lived process: it lets mimalloc keep freed
// memory for reuse (MIMALLOC_PURGE_DELAY=-1), and lets it take memory in large (2 MiB) pages
// where the system allows (MIMALLOC_ALLOW_LARGE_OS_PAGES=1; Linux's transparent huge pages), so
// that a chart's first touch of its pixels is a few faults rather than a thousand: alternating
// runs of `fgc trial` on the sample, 25 each, twice: 3,100 fewer page faults, 12–22 ms less wall
// time and 30–50 ms less CPU time. (Tried before the charts' pixels were freed between charts,
// jobs/raster-memory.ts, large pages had saved nothing.) mimalloc reads both when resvg loads;
// a value the user has set is kept. With MIMALLOC_VERBOSE=1 mimalloc reports, as warnings, the
// kinds of page it could not get before the ones it uses.

/** The environment variables, and the values the CLI sets where the user has not. */
export const RESVG_MEMORY_SETTINGS = [
  { name: "MIMALLOC_PURGE_DELAY", value: "-1" },
  { name: "MIMALLOC_ALLOW_LARGE_OS_PAGES", value: "1" },
] as const;

/**
 * Sets each of RESVG_MEMORY_SETTINGS for this process unless it is set; call before resvg loads.
 * Returns the names it set.
 * @example keepResvgMemory(); require("@resvg/resvg-js");
 */
export function keepResvgMemory(env: NodeJS.ProcessEnv = process.env): string[] {
  const set: string[] = [];
  for (const { name, value } of RESVG_MEMORY_SETTINGS) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    set.push(name);
  }
  return set;
}
