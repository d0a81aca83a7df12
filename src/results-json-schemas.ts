// JSON Schemas (draft 2020-12) of each pipeline's results: `fgc trial`, `fgc areas`, `fgc meta` and
// `fgc power` write results.json, `fgc return` a return whose whole result runReturn gives. Generated from the zod
// result schemas with zod 4's z.toJSONSchema as the JSON is read (`io: "input"`: the trial plan
// fills its default secondary outcomes with a transform, which JSON Schema cannot state), and
// written to schemas/<name>.schema.json by `npm run schema`. Browser-safe: returns text.
import * as z from "zod";
import { areaResultSchema } from "./areas/result.js";
import { metaResultSchema } from "./meta/result.js";
import { powerResultSchema } from "./power/result.js";
import { returnResultSchema } from "./returns/result.js";
import { trialResultSchema } from "./trial/result.js";
import { stableStringify } from "./util/stable-json.js";

/** Each pipeline's result schema, by the name of its schemas/ file. */
export const resultSchemas = {
  "trial-results": trialResultSchema,
  "area-results": areaResultSchema,
  "return-results": returnResultSchema,
  "meta-results": metaResultSchema,
  "power-results": powerResultSchema,
} as const;
export type ResultSchemaName = keyof typeof resultSchemas;

/**
 * The text of schemas/<name>.schema.json (keys sorted, newline-terminated).
 * @example renderResultJsonSchema("return-results").endsWith("}\n") // true
 */
export function renderResultJsonSchema(name: ResultSchemaName): string {
  return `${stableStringify(z.toJSONSchema(resultSchemas[name], { io: "input" }))}\n`;
}
