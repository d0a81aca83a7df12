// resvg's native addon allocates with mimalloc, which gives freed memory back to the operating
// system 10 ms after it is freed (its `purge_delay` option). Each chart's pixels at twice its
// size are about 5 MB, allocated and freed for every PNG, so every chart paid its pages' faults
// afresh: about 1,200 page faults a chart, 15 ms of a 20 ms render on a virtual machine where a
// fault costs ~10 µs. The compiled CLI is a short-lived process, and sets three of mimalloc's
// options (unless the user has set them):
// - MIMALLOC_PURGE_DELAY=-1: freed memory is kept for reuse;
// - MIMALLOC_ALLOW_LARGE_OS_PAGES=1: memory comes in large (2 MiB) pages where the system allows
//   (Linux's transparent huge pages), so a chart's first touch of its pixels is a few faults
//   rather than a thousand: 3,100 fewer page faults a run, 12–22 ms less wall time and 30–50 ms
//   less CPU time (alternating runs of `fgc trial` on the sample, 25 each, twice);
// - MIMALLOC_EAGER_COMMIT_DELAY=0: a thread's first memory may come in large pages too. By
//   default it may not, and the main thread, which draws one or two charts at the end of a run
//   after the worker has drawn the others, drew each on small pages: 50 ms to render a chart the
//   worker rendered in 7–11 (2,700–3,300 faults each): 5,000 fewer faults, 37 ms less wall time
//   and 60 ms less CPU time (25 alternating runs each).
// (Large pages were tried before the charts' pixels were freed between charts,
// jobs/raster-memory.ts, and had then saved nothing.) mimalloc reads them when resvg loads. With
// MIMALLOC_VERBOSE=1 mimalloc reports, as warnings, the kinds of page it could not get before
// the ones it uses.

/** The environment variables, and the values the CLI sets where the user has not. */
export const RESVG_MEMORY_SETTINGS = [
  { name: "MIMALLOC_PURGE_DELAY", value: "-1" },
  { name: "MIMALLOC_ALLOW_LARGE_OS_PAGES", value: "1" },
  { name: "MIMALLOC_EAGER_COMMIT_DELAY", value: "0" },
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
