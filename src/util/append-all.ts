/**
 * Append every item of `source` to `target` with a loop. `target.push(...source)` passes each
 * item as an argument and overflows the call stack past about 100,000 items (300,000 duplicate
 * keys in one file did); this never does.
 * @example appendAll([1], [2, 3]) // [1, 2, 3]
 */
export function appendAll<T>(target: T[], source: Iterable<T>): T[] {
  for (const item of source) target.push(item);
  return target;
}
