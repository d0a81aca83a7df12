import type { Adapter } from "./types.js";

export const twoByTwoAdapters: Record<string, Adapter> = {};
