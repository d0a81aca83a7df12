// resvg's native addon allocates with mimalloc, which gives freed memory back to the operating
// system 10 ms after it is freed (its `purge_delay` option). Each chart's pixels at twice its
// size are about 5 MB, allocated and freed for every PNG, so every chart paid its pages' faults
// afresh: about 1,200 page faults a chart, 15 ms of a 20 ms render on a virtual machine where a
// fault costs ~10 µs. The compiled CLI is a short-lived process: it lets mimalloc keep freed
// memory for reuse (MIMALLOC_PURGE_DELAY=-1), which mimalloc reads when resvg loads. A value the
// user has set is kept. (MIMALLOC_ALLOW_LARGE_OS_PAGES was tried too and saved nothing more.)

/** The environment variable and the value the CLI sets when the user has not. */
export const RESVG_MEMORY_SETTING = { name: "MIMALLOC_PURGE_DELAY", value: "-1" } as const;

/**
 * Sets MIMALLOC_PURGE_DELAY=-1 for this process unless it is set; call before resvg loads.
 * Returns whether it set it.
 * @example keepResvgMemory(); require("@resvg/resvg-js");
 */
export function keepResvgMemory(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env[RESVG_MEMORY_SETTING.name] !== undefined) return false;
  env[RESVG_MEMORY_SETTING.name] = RESVG_MEMORY_SETTING.value;
  return true;
}
