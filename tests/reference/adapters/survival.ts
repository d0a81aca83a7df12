import type { Adapter } from "./types.js";

export const survivalAdapters: Record<string, Adapter> = {};
