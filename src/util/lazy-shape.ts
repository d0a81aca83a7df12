// A zod object's shape whose fields are built the first time they are read. A schema built at
// module level costs its module's start: the trial analysis row's schema alone took ~13 ms of
// `fgc trial`'s serial start and the plan's ~7 ms, to build fields that a run on the default plan
// never reads (they serve --plan files, JSON Schemas and library users). zod 4 reads a shape's
// fields through its getters (as it does for recursive schemas), so the object is the same
// object to zod and to its callers; only the building of each field waits. Browser-safe.

/**
 * A shape with one getter per field, each building its field once, on first read.
 * @example z.object(lazyShape({ n: () => z.number().int() })).parse({ n: 3 }) // { n: 3 }
 */
export function lazyShape<T extends Record<string, () => unknown>>(
  fields: T,
): { [K in keyof T]: ReturnType<T[K]> } {
  const shape = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const [name, build] of Object.entries(fields)) {
    let built: unknown;
    Object.defineProperty(shape, name, {
      get: () => {
        built ??= build();
        return built;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return shape;
}
